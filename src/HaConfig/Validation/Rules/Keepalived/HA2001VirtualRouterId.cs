using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2001-HA2003 and HA2025: every instance needs a virtual_router_id in 1-255, unique per interface, address family and
    /// multicast group (unicast instances conflict only when they share a peer), and a name of its own.
    /// </summary>
    public sealed class HA2001VirtualRouterId : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.VirtualRouterIdMissing, RuleCatalogue.VirtualRouterIdOutOfRange, RuleCatalogue.DuplicateVirtualRouterId, RuleCatalogue.DuplicateInstanceName,
        };

        /// <inheritdoc />
        internal override int RelativeCost => 5;

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);

            // Keys: the address family, the id, and the interface with the multicast group (or the unicast interface or
            // source) joined by '|' into one string: names holding a '|' compare as they did when the whole key was one string.
            var multicast = new Dictionary<(bool IPv6, long Vrid, string Place), VrrpInstance>();
            var unicast = new Dictionary<(bool IPv6, long Vrid, string Place), List<(VrrpInstance Instance, HashSet<string> Peers)>>();
            var names = new Dictionary<string, VrrpInstance>(StringComparer.Ordinal);
            foreach (var instance in view.VrrpInstances)
            {
                string name = instance.Name ?? "?";
                if (names.TryGetValue(name, out var first))
                {
                    context.Report(RuleCatalogue.DuplicateInstanceName, view.Locate(instance, 1), name, view.LineNumber(first));
                    continue;
                }

                names.Add(name, instance);
                var statement = instance.FindRef("virtual_router_id"); // read in place: a view is made only to report
                if (!statement.IsFound)
                {
                    context.Report(RuleCatalogue.VirtualRouterIdMissing, view.Locate(instance), name);
                    continue;
                }

                if (!statement.TryGetArgumentSpan(0, out var raw)) continue;
                if (!KeepalivedView.TryParseLong(raw, out long vrid) || vrid < 1 || vrid > 255)
                {
                    context.Report(RuleCatalogue.VirtualRouterIdOutOfRange, view.Locate(statement.View, 1), name, statement.GetArgument(0));
                    continue;
                }

                bool ipv6 = KeepalivedView.IsIPv6Instance(instance);
                string family = ipv6 ? "IPv6" : "IPv4";
                string? interfaceName = instance.Interface;
                var peerBlock = instance.FindBlock("unicast_peer");
                if (peerBlock is not null && peerBlock.ChildSlice.Length > 0)
                {
                    var key = (ipv6, vrid, interfaceName ?? instance.UnicastSrcIp ?? string.Empty);
                    var peerSet = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var peer in peerBlock.ChildSlice) peerSet.Add(peer.Keyword);
                    if (!unicast.TryGetValue(key, out var list)) unicast[key] = list = new List<(VrrpInstance, HashSet<string>)>();
                    foreach (var other in list)
                    {
                        if (other.Peers.Overlaps(peerSet))
                        {
                            context.Report(RuleCatalogue.DuplicateVirtualRouterId, view.Locate(statement.View, 1), other.Instance.Name, name, vrid, family, interfaceName ?? instance.UnicastSrcIp);
                            break;
                        }
                    }

                    list.Add((instance, peerSet));
                    continue;
                }

                if (interfaceName is null) continue;
                var multicastKey = (ipv6, vrid, interfaceName + "|" + (instance.FindRef("mcast_dst_ip").GetArgument(0) ?? string.Empty));
                if (multicast.TryGetValue(multicastKey, out var previous))
                {
                    context.Report(RuleCatalogue.DuplicateVirtualRouterId, view.Locate(statement.View, 1), previous.Name, name, vrid, family, interfaceName);
                }
                else
                {
                    multicast.Add(multicastKey, instance);
                }
            }
        }
    }
}
