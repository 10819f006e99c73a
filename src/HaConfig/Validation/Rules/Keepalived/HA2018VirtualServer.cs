using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;

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

        // The settings each block is asked for, looked up in one pass over its children (KeepalivedBlock.FindEach): the
        // timers first, then the rest at the indexes named below.
        private static readonly string[] ServerKeywords = WithTimers("lvs_sched", "lb_algo", "lvs_method", "lb_kind", "protocol", "sorry_server");
        private static readonly string[] RealServerKeywords = WithTimers("weight", "lvs_method");
        private static readonly string[] CheckerKeywords = WithTimers("retry", "nb_get_retry", "connect_port");
        private static readonly int[] ServerIds = KeepalivedSyntaxChecks.KeywordIds(ServerKeywords);
        private static readonly int[] RealServerIds = KeepalivedSyntaxChecks.KeywordIds(RealServerKeywords);
        private static readonly int[] CheckerIds = KeepalivedSyntaxChecks.KeywordIds(CheckerKeywords);
        private const int LvsSched = 4, LbAlgo = 5, LvsMethod = 6, LbKind = 7, Protocol = 8, SorryServer = 9;
        private const int RealWeight = 4, RealLvsMethod = 5;
        private const int Retry = 4, NbGetRetry = 5, ConnectPort = 6;

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.LvsOptionInvalid, RuleCatalogue.RealServerFamilyMismatch, RuleCatalogue.VirtualServerDefaulted, RuleCatalogue.VirtualServerWithoutRealServers,
        };

        /// <inheritdoc />
        internal override int RelativeCost => 12;

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            // The settings are read in place (StatementRef): a view is made only for a statement reported.
            var settings = new StatementRef[ServerKeywords.Length];
            var realSettings = new StatementRef[RealServerKeywords.Length];
            var checkerSettings = new StatementRef[CheckerKeywords.Length];
            foreach (var server in view.VirtualServers)
            {
                // Values are parsed and compared in place; the server's name (its words joined) and the strings a message
                // quotes are made only to report.
                string Name() => server.Name ?? "?";
                server.FindEach(ServerKeywords, ServerIds, settings);
                OneOf(view, context, Either(settings[LvsSched], settings[LbAlgo]), Schedulers);
                OneOf(view, context, Either(settings[LvsMethod], settings[LbKind]), Methods);
                OneOf(view, context, settings[Protocol], Protocols);
                Timer(view, context, settings);
                bool fwmark = server.ArgumentEquals(0, "fwmark"); // what Fwmark is not null implies
                string? serverAddress = server.Address;
                bool addressBased = serverAddress is not null && KeepalivedView.IsIPAddress(serverAddress);
                string? family = addressBased ? serverAddress : GroupAddress(view, server.GroupName);
                if (addressBased && !settings[Protocol].IsFound) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(server), Name(), "no protocol set - keepalived defaults to UDP");
                if (fwmark && settings[Protocol] is { IsFound: true } protocol) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(protocol.View), Name(), "protocol specified for fwmark - protocol will be ignored");
                if (!settings[LvsSched].IsFound && !settings[LbAlgo].IsFound) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(server), Name(), "no scheduler set, keepalived uses the default 'wlc'");
                if (!settings[LvsMethod].IsFound && !settings[LbKind].IsFound) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(server), Name(), "no forwarding method set, keepalived uses the default NAT");

                // The real servers and their checkers in the order RealServers and Checkers list them, without the lists
                // (and without views of the children that are not blocks).
                if (!HasRealServer(server) && !settings[SorryServer].IsFound) context.Report(RuleCatalogue.VirtualServerWithoutRealServers, view.Locate(server), Name());
                foreach (var child in server.ChildBlocks)
                {
                    if (child is not RealServer real) continue;
                    if (family is not null && real.TryGetArgumentSpan(0, out var address) && (address.IndexOf(':') >= 0) != KeepalivedView.IsIPv6(family)
                        && KeepalivedView.IsIPAddress(real.Address!))
                    {
                        context.Report(RuleCatalogue.RealServerFamilyMismatch, view.Locate(real, 1), Name(), real.Address);
                    }

                    if (fwmark && real.WordCount > 2) context.Report(RuleCatalogue.VirtualServerDefaulted, view.Locate(real, 2), Name(), $"real server {real.Address} has port specified - port will be ignored");
                    real.FindEach(RealServerKeywords, RealServerIds, realSettings);
                    if (realSettings[RealWeight] is { IsFound: true } weight && weight.TryGetArgumentSpan(0, out var w) && (!KeepalivedView.TryParseLong(w, out long value) || value < 0 || value > int.MaxValue))
                    {
                        context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(weight.View, 1), "real server weight", weight.GetArgument(0), "must be between 0 and 2147483647");
                    }

                    OneOf(view, context, realSettings[RealLvsMethod], Methods);
                    Timer(view, context, realSettings);
                    foreach (var grandchild in real.ChildBlocks)
                    {
                        if (grandchild is not Checker checker) continue;
                        checker.FindEach(CheckerKeywords, CheckerIds, checkerSettings);
                        Timer(view, context, checkerSettings);
                        if (Either(checkerSettings[Retry], checkerSettings[NbGetRetry]) is var retry && retry.TryGetArgumentSpan(0, out var r) && (!KeepalivedView.TryParseLong(r, out long n) || n < 0))
                        {
                            context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(retry.View, 1), retry.View.Keyword, retry.GetArgument(0), "must be a number, 0 or more");
                        }

                        if (checkerSettings[ConnectPort] is var port && port.TryGetArgumentSpan(0, out var p) && (!KeepalivedView.TryParseLong(p, out long portNumber) || portNumber < 0 || portNumber > 65535))
                        {
                            context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(port.View, 1), "connect_port", port.GetArgument(0), "must be between 0 and 65535");
                        }

                        if (checker.Keyword == "DNS_CHECK") OneOf(view, context, checker.FindRef("type"), DnsTypes);
                        if (checker.Keyword == "UDP_CHECK")
                        {
                            Hex(view, context, checker.Find("payload"));
                            Hex(view, context, checker.Find("require_reply"));
                        }
                    }
                }
            }
        }

        private static string[] WithTimers(params string[] rest)
        {
            var all = new string[Timers.Length + rest.Length];
            Timers.CopyTo(all, 0);
            rest.CopyTo(all, Timers.Length);
            return all;
        }

        private static bool HasRealServer(VirtualServer server)
        {
            foreach (var child in server.ChildBlocks)
            {
                if (child is RealServer) return true;
            }

            return false;
        }

        /// <summary>The first of two alternative spellings of a setting that is present (<c>lvs_sched</c> / <c>lb_algo</c>).</summary>
        private static StatementRef Either(StatementRef preferred, StatementRef other) => preferred.IsFound ? preferred : other;

        private static string? GroupAddress(KeepalivedView view, string? group)
        {
            if (group is null) return null;
            foreach (var candidate in view.VirtualServerGroups)
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

        private static void OneOf(KeepalivedView view, ValidationContext context, StatementRef statement, string[] allowed)
        {
            if (!statement.TryGetArgumentSpan(0, out var span)) return;
#if NETSTANDARD2_0
            string value = span.ToString(); // no span comparison with a StringComparison here
#else
            var value = span;
#endif
            foreach (var candidate in allowed)
            {
                if (value.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return;
            }

            context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(statement.View, 1), statement.View.Keyword, statement.GetArgument(0), "expected one of " + string.Join(", ", allowed));
        }

        /// <summary>Reports the timers that are not seconds: <paramref name="found"/> starts with a block's <see cref="Timers"/> statements.</summary>
        private static void Timer(KeepalivedView view, ValidationContext context, StatementRef[] found)
        {
            for (int k = 0; k < Timers.Length; k++)
            {
                var statement = found[k];
                if (!statement.TryGetArgumentSpan(0, out var value) || IsDigits(value)) continue;
                if (!KeepalivedView.TryParseDecimal(value, out double seconds) || seconds < 0)
                {
                    context.Report(RuleCatalogue.LvsOptionInvalid, view.Locate(statement.View, 1), Timers[k], statement.GetArgument(0), "must be a number of seconds, 0 or more");
                }
            }
        }

        /// <summary>Whether <paramref name="text"/> is digits only (a whole number of seconds, what most timers are): then it parses, 0 or more.</summary>
        private static bool IsDigits(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty) return false;
            foreach (char c in text)
            {
                if (c is < '0' or > '9') return false;
            }

            return true;
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
