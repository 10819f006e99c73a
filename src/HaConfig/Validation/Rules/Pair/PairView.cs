using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Topology;
using HaConfig.Validation.Rules.Keepalived;

namespace HaConfig.Validation.Rules.Pair
{
    /// <summary>What the pair rules share, built once per validation: each node's expanded keepalived view and VIPs.</summary>
    internal sealed class PairView
    {
        private PairView(HaPair pair, ValidationContext context)
        {
            Nodes = pair.Nodes.Select(n => new NodeView(n, KeepalivedView.Registered(KeepalivedView.Create(n.Keepalived, context.Options), context))).ToList();
        }

        public IReadOnlyList<NodeView> Nodes { get; }

        public static PairView Of(HaPair pair, ValidationContext context) => context.Shared(() => new PairView(pair, context));

        /// <summary>
        /// The instances to compare across nodes: by name, or, when every node has exactly one instance, those (so that
        /// VI_1 on one node and VI_API on the other are still compared).
        /// </summary>
        public IEnumerable<(string Name, IReadOnlyList<(NodeView Node, VrrpInstance Instance)> Members)> InstanceGroups()
        {
            if (Nodes.All(n => n.Instances.Count == 1))
            {
                yield return (Nodes[0].Instances[0].Name ?? "?", Nodes.Select(n => (n, n.Instances[0])).ToList());
                yield break;
            }

            var names = Nodes.SelectMany(n => n.Instances).Select(i => i.Name ?? "?").Distinct(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var members = new List<(NodeView, VrrpInstance)>();
                foreach (var node in Nodes)
                {
                    var instance = node.Instances.FirstOrDefault(i => (i.Name ?? "?") == name);
                    if (instance is not null) members.Add((node, instance));
                }

                yield return (name, members);
            }
        }

        /// <summary>The canonical text of an IP address (so 192.168.000.100 and 192.168.0.100 compare equal), or null.</summary>
        public static string? Canonical(string? text)
        {
            if (text is null) return null;
            string host = text.Length > 1 && text[0] == '[' && text[text.Length - 1] == ']' ? text.Substring(1, text.Length - 2) : text;
            int slash = host.IndexOf('/');
            if (slash >= 0) host = host.Substring(0, slash);
            return KeepalivedView.IsIPAddress(host) && IPAddress.TryParse(host, out var address) ? address.ToString() : null;
        }

        public static bool IsLoopback(string canonical) => IPAddress.TryParse(canonical, out var address) && IPAddress.IsLoopback(address);


        /// <summary>Whether a wildcard bind host covers an address of the VIP's family: <c>*</c> and <c>0.0.0.0</c> IPv4, <c>::</c> both.</summary>
        public static bool WildcardCovers(HAProxyAddress bind, string vip) => bind.Host == "::" || !Keepalived.KeepalivedView.IsIPv6(vip);
    }

    /// <summary>One node as the pair rules see it.</summary>
    internal sealed class NodeView
    {
        public NodeView(HaPairNodeConfig node, KeepalivedView keepalived)
        {
            Node = node;
            Keepalived = keepalived;
            Instances = keepalived.Config.VrrpInstances.ToList();
            var vips = new List<(VrrpInstance, VirtualIpAddress, string)>();
            foreach (var instance in Instances)
            {
                foreach (var vip in instance.VirtualIpAddresses.Concat(instance.VirtualIpAddressesExcluded))
                {
                    if (PairView.Canonical(vip.Address) is { } canonical) vips.Add((instance, vip, canonical));
                }
            }

            Vips = vips;
            VipSet = new HashSet<string>(vips.Select(v => v.Item3), StringComparer.Ordinal);
            Binds = node.HAProxy.Proxies.Where(p => p.HasFrontendCapability)
                .SelectMany(p => p.Binds.Select(b => (Proxy: p, Bind: b)))
                .ToList();
        }

        public HaPairNodeConfig Node { get; }

        public string Name => Node.Name;

        public KeepalivedView Keepalived { get; }

        public IReadOnlyList<VrrpInstance> Instances { get; }

        /// <summary>Every VIP (virtual_ipaddress and virtual_ipaddress_excluded) with its instance and canonical text.</summary>
        public IReadOnlyList<(VrrpInstance Instance, VirtualIpAddress Vip, string Address)> Vips { get; }

        public ISet<string> VipSet { get; }

        /// <summary>The bind lines of frontends and listens.</summary>
        public IReadOnlyList<(ProxySection Proxy, BindDirective Bind)> Binds { get; }

        /// <summary>The state the node starts in: that of its first instance with VIPs (MASTER or BACKUP), or null.</summary>
        public string? InitialState => (Instances.FirstOrDefault(i => i.VirtualIpAddresses.Count > 0) ?? Instances.FirstOrDefault())?.State;

        public static string Describe(ProxySection proxy) => proxy.Keyword;
    }
}
