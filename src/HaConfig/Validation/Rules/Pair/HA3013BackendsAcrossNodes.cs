using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Text;
using HaConfig.Topology;

namespace HaConfig.Validation.Rules.Pair
{
    /// <summary>
    /// HA3013: whichever node holds the VIP serves the clients, so every node's HAProxy should forward to the same
    /// servers. Backends (and listens) are compared by name with the first node: a missing backend, or different
    /// servers (name and address), is a warning on the node that differs.
    /// </summary>
    public sealed class HA3013BackendsAcrossNodes : ValidationRule<HaPair>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.BackendsDiffer };

        /// <inheritdoc />
        public override void Analyze(HaPair target, ValidationContext context)
        {
            var nodes = target.Nodes;
            if (nodes.Count < 2) return;
            var reference = Backends(nodes[0].HAProxy);
            for (int n = 1; n < nodes.Count; n++)
            {
                var mine = Backends(nodes[n].HAProxy);
                foreach (var name in reference.Keys.Union(mine.Keys).OrderBy(k => k, StringComparer.Ordinal))
                {
                    reference.TryGetValue(name, out var theirs);
                    mine.TryGetValue(name, out var own);
                    string ownText = Describe(own), theirText = Describe(theirs);
                    if (ownText == theirText) continue;
                    var location = own?.Header.GetLocation(1) ?? new SourceLocation(nodes[n].HAProxy.Path, 1, 1, 1, 1);
                    context.Report(RuleCatalogue.BackendsDiffer, location, name, nodes[n].Name, ownText, nodes[0].Name, theirText);
                }
            }
        }

        private static Dictionary<string, ProxySection> Backends(HAProxyConfig config)
        {
            var result = new Dictionary<string, ProxySection>(StringComparer.Ordinal);
            foreach (var proxy in config.Proxies.Where(p => p.HasBackendCapability && p.Name is not null))
            {
                if (!result.ContainsKey(proxy.Name!)) result.Add(proxy.Name!, proxy);
            }

            return result;
        }

        private static string Describe(ProxySection? proxy)
        {
            if (proxy is null) return "no such backend";
            var servers = proxy.Servers.Select(s => $"{s.Name} {s.AddressText}").OrderBy(s => s, StringComparer.Ordinal).ToList();
            return servers.Count == 0 ? "no servers" : "servers " + string.Join(", ", servers);
        }
    }
}
