using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;
using HaConfig.Topology;

namespace HaConfig.Validation.Rules.Pair
{
    /// <summary>
    /// HA3001, HA3002, HA3003: HAProxy must listen where keepalived puts the VIP. A bind on a specific address that is
    /// no VIP is unreachable through the VIP (HA3001); a VIP that no bind covers, by itself or by a wildcard, is served by
    /// nothing (HA3002); a specific VIP bind on a node that does not hold the VIP needs non-local binding (HA3003).
    /// Loopback binds (health and stats ports) and host names (never resolved) are left alone.
    /// </summary>
    public sealed class HA3001VipBinding : ValidationRule<HaPair>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.BindNotVip, RuleCatalogue.VipNotBound, RuleCatalogue.VipBindNeedsNonLocalBind };

        /// <inheritdoc />
        public override void Analyze(HaPair target, ValidationContext context)
        {
            foreach (var node in PairView.Of(target, context).Nodes)
            {
                if (node.Vips.Count == 0) continue;
                string vipList = string.Join(", ", node.VipSet);
                bool holdsVip = node.InitialState == "MASTER";
                foreach (var (proxy, bind) in node.Binds)
                {
                    foreach (var address in bind.Addresses)
                    {
                        if (address.IsWildcard || address.ContainsVariables || address.IsUnixSocket || address.IsFileDescriptor) continue;
                        if (PairView.Canonical(address.Host) is not { } host || PairView.IsLoopback(host)) continue;
                        var location = bind.Line.GetLocation(1);
                        if (!node.VipSet.Contains(host))
                        {
                            context.Report(RuleCatalogue.BindNotVip, location, node.Name, proxy.Keyword, proxy.Name, address.Text, vipList);
                        }
                        else if (!holdsVip && node.Node.NonLocalBind != true)
                        {
                            string sysctl = Keepalived.KeepalivedView.IsIPv6(host) ? "net.ipv6.ip_nonlocal_bind" : "net.ipv4.ip_nonlocal_bind";
                            context.Report(RuleCatalogue.VipBindNeedsNonLocalBind, location, node.Name, node.InitialState ?? "BACKUP", host, proxy.Keyword, proxy.Name, sysctl);
                        }
                    }
                }

                foreach (var (instance, vip, address) in node.Vips)
                {
                    if (instance.VirtualIpAddressesExcluded.Any(v => v.Statement.Line.Index == vip.Statement.Line.Index)) continue;
                    bool served = node.Binds.Any(b => b.Bind.Addresses.Any(a =>
                        a.ContainsVariables || (a.IsWildcard ? PairView.WildcardCovers(a, address) : PairView.Canonical(a.Host) == address)));
                    if (!served)
                    {
                        context.Report(RuleCatalogue.VipNotBound, node.Keepalived.Locate(vip.Statement), node.Name, instance.Name ?? "?", address);
                    }
                }
            }
        }
    }
}
