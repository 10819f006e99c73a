using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Topology;

namespace HaConfig.Validation.Rules.Pair
{
    /// <summary>
    /// HA3006: a VIP belongs to no host. It must not be a node's own address (known from the topology, or a node's
    /// <c>unicast_src_ip</c>/<c>unicast_peer</c>) nor a server HAProxy forwards to.
    /// </summary>
    public sealed class HA3006VipIsNodeAddress : ValidationRule<HaPair>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.VipIsNodeAddress };

        /// <inheritdoc />
        public override void Analyze(HaPair target, ValidationContext context)
        {
            var view = PairView.Of(target, context);
            var owners = new Dictionary<string, string>(System.StringComparer.Ordinal);
            void Add(string? address, string what)
            {
                if (PairView.Canonical(address) is { } canonical && !owners.ContainsKey(canonical)) owners.Add(canonical, what);
            }

            foreach (var node in view.Nodes)
            {
                if (node.Node.Address is { } own) Add(own.ToString(), $"the address of node {node.Name}");
                foreach (var instance in node.Instances)
                {
                    Add(instance.UnicastSrcIp, $"the unicast_src_ip of node {node.Name}");
                    foreach (var peer in instance.UnicastPeers) Add(peer, $"a unicast_peer of node {node.Name}");
                }

                foreach (var proxy in node.Node.HAProxy.Proxies)
                {
                    foreach (var server in proxy.Servers)
                    {
                        Add(server.Host, $"the address of server {server.Name} in {proxy.Keyword} {proxy.Name} (haproxy.cfg of node {node.Name})");
                    }
                }
            }

            foreach (var node in view.Nodes)
            {
                foreach (var (instance, vip, address) in node.Vips)
                {
                    if (owners.TryGetValue(address, out var what))
                    {
                        context.Report(RuleCatalogue.VipIsNodeAddress, node.Keepalived.Locate(vip.Statement), node.Name, instance.Name ?? "?", address, what);
                    }
                }
            }
        }
    }
}
