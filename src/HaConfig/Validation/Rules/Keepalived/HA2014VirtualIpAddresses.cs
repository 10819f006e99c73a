using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2014-HA2017, HA2028, HA2033, HA2035: an instance's VIPs fit one packet (255 IPv4 / 89 IPv6 addresses at MTU 1500),
    /// exist when VRRPv3 or strict mode requires them, are addresses, hold one address per line, share one address family
    /// and appear in one instance only.
    /// </summary>
    public sealed class HA2014VirtualIpAddresses : ValidationRule<KeepalivedConfig>
    {
        private static readonly HashSet<string> Options = new(StringComparer.Ordinal)
        {
            "brd", "dev", "use_vmac", "scope", "label", "peer", "home", "-home", "nodad", "-nodad", "mngtmpaddr", "noprefixroute", "autojoin",
            "no_track", "preferred_lft", "track_group",
        };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.TooManyVips, RuleCatalogue.VipRequired, RuleCatalogue.VipMissing, RuleCatalogue.VipEntryInvalid, RuleCatalogue.VipFamilyMismatch,
            RuleCatalogue.DuplicateVip, RuleCatalogue.VipNotAnAddress,
        };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var instance in view.Config.VrrpInstances)
            {
                foreach (var entry in instance.VirtualIpAddressesExcluded) NotAnAddress(view, context, entry);
                string name = instance.Name ?? "?";
                var vips = instance.VirtualIpAddresses;
                if (vips.Count == 0)
                {
                    if (instance.Find("no_virtual_ipaddress") is not null && !view.IsStrict(instance)) continue;
                    if (view.IsStrict(instance)) context.Report(RuleCatalogue.VipRequired, view.Locate(instance), name, "strict mode");
                    else if (view.VersionOf(instance) == 3) context.Report(RuleCatalogue.VipRequired, view.Locate(instance), name, "VRRP version 3");
                    else context.Report(RuleCatalogue.VipMissing, view.Locate(instance), name);
                    continue;
                }

                foreach (var vip in vips)
                {
                    if (NotAnAddress(view, context, vip)) continue;
                    string address = System.Net.IPAddress.Parse(vip.Address).ToString();
                    if (seen.TryGetValue(address, out string? owner)) context.Report(RuleCatalogue.DuplicateVip, view.Locate(vip.Statement), name, vip.Address, owner == name ? "the same instance" : owner);
                    else seen.Add(address, name);
                }

                bool ipv6 = KeepalivedView.IsIPv6(vips[0].Address);
                int max = ipv6 ? 89 : 255;
                if (vips.Count > max) context.Report(RuleCatalogue.TooManyVips, view.Locate(instance.FindBlock("virtual_ipaddress")!), name, vips.Count, max);
                foreach (var vip in vips)
                {
                    var statement = vip.Statement;
                    if (KeepalivedView.IsIPAddress(vip.Text) && KeepalivedView.IsIPv6(vip.Address) != ipv6)
                    {
                        context.Report(RuleCatalogue.VipFamilyMismatch, view.Locate(statement), name, vip.Address);
                    }

                    if (statement.GetArgument(0) is { } second && !Options.Contains(second) && KeepalivedView.IsIPAddress(second))
                    {
                        context.Report(RuleCatalogue.VipEntryInvalid, view.Locate(statement, 1), second, vip.Text);
                    }
                }
            }
        }

        /// <summary>Reports an entry that is not an IP address (keepalived skips it); true when reported.</summary>
        private static bool NotAnAddress(KeepalivedView view, ValidationContext context, VirtualIpAddress vip)
        {
            if (KeepalivedView.IsIPAddress(vip.Text)) return false;
            context.Report(RuleCatalogue.VipNotAnAddress, view.Locate(vip.Statement), vip.Text);
            return true;
        }
    }
}
