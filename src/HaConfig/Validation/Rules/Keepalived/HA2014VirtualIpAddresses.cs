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
        internal override int RelativeCost => 2;

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var isAddress = new bool[16];
            foreach (var instance in view.VrrpInstances)
            {
                // The entries are read in place (VirtualIpAddresses would wrap each in a new object, in a new list), each
                // address parsed once for the two passes below.
                if (instance.FindBlock("virtual_ipaddress_excluded") is { } excluded)
                {
                    foreach (var entry in excluded.ChildSlice) NotAnAddress(view, context, entry, entry.Keyword);
                }

                string name = instance.Name ?? "?";
                var vips = instance.FindBlock("virtual_ipaddress")?.ChildSlice ?? default;
                if (vips.Length == 0)
                {
                    if (instance.FindRef("no_virtual_ipaddress").IsFound && !view.IsStrict(instance)) continue;
                    if (view.IsStrict(instance)) context.Report(RuleCatalogue.VipRequired, view.Locate(instance), name, "strict mode");
                    else if (view.VersionOf(instance) == 3) context.Report(RuleCatalogue.VipRequired, view.Locate(instance), name, "VRRP version 3");
                    else context.Report(RuleCatalogue.VipMissing, view.Locate(instance), name);
                    continue;
                }

                if (isAddress.Length < vips.Length) isAddress = new bool[Math.Max(vips.Length, isAddress.Length * 2)];
                for (int i = 0; i < vips.Length; i++)
                {
                    var vip = vips[i];
                    string text = vip.Keyword;
                    var parsed = KeepalivedView.ParseIPAddress(text);
                    isAddress[i] = parsed is not null;
                    if (parsed is null)
                    {
                        NotAnAddress(view, context, vip, text);
                        continue;
                    }

                    string address = parsed.ToString();
                    if (seen.TryGetValue(address, out string? owner)) context.Report(RuleCatalogue.DuplicateVip, view.Locate(vip), name, AddressOf(text), owner == name ? "the same instance" : owner);
                    else seen.Add(address, name);
                }

                bool ipv6 = IsIPv6Address(vips[0].Keyword);
                int max = ipv6 ? 89 : 255;
                if (vips.Length > max) context.Report(RuleCatalogue.TooManyVips, view.Locate(instance.FindBlock("virtual_ipaddress")!), name, vips.Length, max);
                for (int i = 0; i < vips.Length; i++)
                {
                    var statement = vips[i];
                    string text = statement.Keyword;
                    if (isAddress[i] && IsIPv6Address(text) != ipv6)
                    {
                        context.Report(RuleCatalogue.VipFamilyMismatch, view.Locate(statement), name, AddressOf(text));
                    }

                    // Only a word with a dot or colon can be an address: the others (dev, eth0, ...) are never made strings.
                    if (statement.TryGetArgumentSpan(0, out var word) && word.IndexOfAny('.', ':') >= 0
                        && statement.GetArgument(0) is { } second && !Options.Contains(second) && KeepalivedView.IsIPAddress(second))
                    {
                        context.Report(RuleCatalogue.VipEntryInvalid, view.Locate(statement, 1), second, text);
                    }
                }
            }
        }

        /// <summary><see cref="VirtualIpAddress.Address"/>: the entry without its prefix length.</summary>
        private static string AddressOf(string text) => text.IndexOf('/') is int slash && slash >= 0 ? text.Substring(0, slash) : text;

        /// <summary><see cref="KeepalivedView.IsIPv6"/> of <see cref="AddressOf"/>, without the substring.</summary>
        private static bool IsIPv6Address(string text)
        {
            int slash = text.IndexOf('/');
            return (slash >= 0 ? text.IndexOf(':', 0, slash) : text.IndexOf(':')) >= 0;
        }

        /// <summary>Reports an entry that is not an IP address (keepalived skips it); true when reported.</summary>
        private static bool NotAnAddress(KeepalivedView view, ValidationContext context, KeepalivedStatement entry, string text)
        {
            if (KeepalivedView.IsIPAddress(text)) return false;
            context.Report(RuleCatalogue.VipNotAnAddress, view.Locate(entry), text);
            return true;
        }
    }
}
