using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2018, HA2019, HA2026, HA2027: virtual server, real server and checker values keepalived rejects; real servers of the
    /// wrong family; settings keepalived defaults (protocol UDP, scheduler wlc, method NAT) or ignores; no real servers.
    /// </summary>
    public sealed class HA2018VirtualServer : ValidationRule<KeepalivedConfig>
    {
        private static readonly string[] Schedulers = { "rr", "wrr", "lc", "wlc", "lblc", "sh", "mh", "dh", "fo", "ovf", "lblcr", "sed", "nq", "twos" };
        private static readonly string[] Methods = { "NAT", "DR", "TUN" };
        private static readonly string[] Protocols = { "TCP", "UDP", "SCTP" };
        private static readonly string[] DnsTypes = { "A", "NS", "CNAME", "SOA", "MX", "TXT", "AAAA" };
        private static readonly string[] Timers = { "delay_loop", "connect_timeout", "delay_before_retry", "warmup" };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.LvsOptionInvalid, RuleCatalogue.RealServerFamilyMismatch, RuleCatalogue.VirtualServerDefaulted, RuleCatalogue.VirtualServerWithoutRealServers,
        };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            foreach (var server in view.Config.VirtualServers)
            {
                string name = server.Name ?? "?";
                OneOf(view, context, server.Find("lvs_sched") ?? server.Find("lb_algo"), Schedulers);
                OneOf(view, context, server.Find("lvs_method") ?? server.Find("lb_kind"), Methods);
                OneOf(view, context, server.Find("protocol"), Protocols);
                Timer(view, context, server);
                bool fwmark = server.Fwmark is not null || server.GetArgument(0) == "fwmark";
                bool addressBased = server.Address is { } a && KeepalivedView.IsIPAddress(a);
                string? family = addressBased ? server.Address : GroupAddress(view, server.GroupName);
                if (addressBased && server.Find("protocol") is null) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(server), name, "no protocol set - keepalived defaults to UDP");
                if (fwmark && server.Find("protocol") is { } protocol) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(protocol), name, "protocol specified for fwmark - protocol will be ignored");
                if (server.Find("lvs_sched") is null && server.Find("lb_algo") is null) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(server), name, "no scheduler set, keepalived uses the default 'wlc'");
                if (server.Find("lvs_method") is null && server.Find("lb_kind") is null) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(server), name, "no forwarding method set, keepalived uses the default NAT");
                var reals = server.RealServers;
                if (reals.Count == 0 && server.Find("sorry_server") is null) context.Report(RuleCatalogue.VirtualServerWithoutRealServers, view.Locate(server), name);
                foreach (var real in reals)
                {
                    if (family is not null && real.Address is { } address && KeepalivedView.IsIPAddress(address) && KeepalivedView.IsIPv6(address) != KeepalivedView.IsIPv6(family))
                    {
                        context.Report(RuleCatalogue.RealServerFamilyMismatch, view.Locate(real, 1), name, address);
                    }

                    if (fwmark && real.GetArgument(1) is not null) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(real, 2), name, $"real server {real.Address} has port specified - port will be ignored");
                    if (real.Find("weight") is { } weight && weight.GetArgument(0) is { } w && (!KeepalivedView.TryParseLong(w, out long value) || value < 0 || value > int.MaxValue))
                    {
                        context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(weight, 1), "real server weight", w, "must be between 0 and 2147483647");
                    }

                    OneOf(view, context, real.Find("lvs_method"), Methods);
                    Timer(view, context, real);
                    foreach (var checker in real.Checkers)
                    {
                        Timer(view, context, checker);
                        if ((checker.Find("retry") ?? checker.Find("nb_get_retry")) is { } retry && retry.GetArgument(0) is { } r && (!KeepalivedView.TryParseLong(r, out long n) || n < 0))
                        {
                            context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(retry, 1), retry.Keyword, r, "must be a number, 0 or more");
                        }

                        if (checker.Find("connect_port") is { } port && port.GetArgument(0) is { } p && (!KeepalivedView.TryParseLong(p, out long portNumber) || portNumber < 0 || portNumber > 65535))
                        {
                            context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(port, 1), "connect_port", p, "must be between 0 and 65535");
                        }

                        if (checker.Keyword == "DNS_CHECK") OneOf(view, context, checker.Find("type"), DnsTypes);
                        if (checker.Keyword == "UDP_CHECK")
                        {
                            Hex(view, context, checker.Find("payload"));
                            Hex(view, context, checker.Find("require_reply"));
                        }
                    }
                }
            }
        }

        private static string? GroupAddress(KeepalivedView view, string? group)
        {
            if (group is null) return null;
            foreach (var candidate in view.Config.VirtualServerGroups)
            {
                if (candidate.Name != group) continue;
                foreach (var entry in candidate.Entries)
                {
                    string first = entry.Keyword;
                    int dash = first.IndexOf('-');
                    if (dash > 0 && first.IndexOf(':') < 0) first = first.Substring(0, dash);
                    if (KeepalivedView.IsIPAddress(first)) return first;
                }
            }

            return null;
        }

        private static void OneOf(KeepalivedView view, ValidationContext context, KeepalivedStatement? statement, string[] allowed)
        {
            if (statement?.GetArgument(0) is not { } value) return;
            foreach (var candidate in allowed)
            {
                if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase)) return;
            }

            context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(statement, 1), statement.Keyword, value, "expected one of " + string.Join(", ", allowed));
        }

        private static void Timer(KeepalivedView view, ValidationContext context, KeepalivedBlock block)
        {
            foreach (var keyword in Timers)
            {
                if (block.Find(keyword) is not { } statement || statement.GetArgument(0) is not { } value) continue;
                if (!KeepalivedView.TryParseDecimal(value, out double seconds) || seconds < 0)
                {
                    context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(statement, 1), keyword, value, "must be a number of seconds, 0 or more");
                }
            }
        }

        private static void Hex(KeepalivedView view, ValidationContext context, KeepalivedStatement? statement)
        {
            if (statement?.GetArgument(0) is not { } value) return;
            string all = string.Concat(statement.Arguments);
            bool valid = all.Length % 2 == 0;
            foreach (char c in all) valid &= Uri.IsHexDigit(c);
            value = string.Join(" ", statement.Arguments);
            if (!valid) context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(statement, 1), statement.Keyword, value, "must be an even number of hexadecimal digits");
        }
    }
}
