using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// Health-check consistency of each backend: a TCP-level check in <c>mode http</c> (HA1006, silent in HAProxy),
    /// servers without <c>check</c> (HA1007: with <c>option httpchk</c> or <c>http-check</c> rules configured the checks
    /// never run, and HAProxy says nothing; without any check a dead server keeps receiving traffic), and check rules
    /// without their enabling option (HA1008, HAProxy: <c>backend 'be' uses http-check rules without 'option httpchk',
    /// so the rules are ignored.</c>).
    /// </summary>
    public sealed class HA1006HealthCheckRules : ValidationRule<HAProxyConfig>
    {
        private static readonly string[] TcpLevelChecks = { "ssl-hello-chk", "smtpchk", "mysql-check", "pgsql-check", "redis-check", "ldap-check" };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.TcpCheckInHttpMode, RuleCatalogue.MissingHealthChecks, RuleCatalogue.CheckRulesWithoutOption,
        };

        private static bool IsTcpLevelCheck(OptionDirective option)
        {
            var optionName = option.NameSpan;
            foreach (var name in TcpLevelChecks)
            {
                if (optionName.SequenceEqual(name.AsSpan())) return true;
            }

            return false;
        }

        /// <inheritdoc />
        internal override int RelativeCost => 7;

        /// <inheritdoc />
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var inheritance = ProxyInheritance.For(target, context);
            foreach (var proxy in target.Proxies)
            {
                if (!proxy.HasBackendCapability) continue;
                bool http = inheritance.ModeOf(proxy) == ProxyMode.Http;
                // One pass gathers the proxy's own option lines and its first check rules: each used to be a walk of the
                // directives of its own (two option lookups, two keyword searches).
                OptionDirective? ownHttpchk = null, ownTcpchk = null;
                HAProxyDirective? httpRules = null, tcpRules = null;
                foreach (var directive in proxy.DirectiveList)
                {
                    if (directive is OptionDirective option)
                    {
                        if (http && option.Enables && IsTcpLevelCheck(option))
                        {
                            context.Report(RuleCatalogue.TcpCheckInHttpMode, option.Line.GetLocation(1), proxy.Keyword, proxy.Name, option.Name);
                        }

                        var name = option.NameSpan;
                        if (name.SequenceEqual("httpchk".AsSpan())) ownHttpchk = option;
                        else if (name.SequenceEqual("tcp-check".AsSpan())) ownTcpchk = option;
                    }
                    else if (directive is HttpCheckDirective)
                    {
                        httpRules ??= directive;
                    }
                    else if (tcpRules is null && directive is not ServerDirective && directive.Line.ValueEquals(0, "tcp-check"))
                    {
                        tcpRules = directive;
                    }
                }

                bool httpchk = inheritance.IsOptionEnabled(proxy, "httpchk", ownHttpchk);
                bool tcpchk = inheritance.IsOptionEnabled(proxy, "tcp-check", ownTcpchk);
                if (httpRules is not null && !httpchk)
                {
                    context.Report(RuleCatalogue.CheckRulesWithoutOption, httpRules.Line.GetLocation(0), proxy.Keyword, proxy.Name, "http-check", "httpchk");
                }

                if (tcpRules is not null && !tcpchk)
                {
                    context.Report(RuleCatalogue.CheckRulesWithoutOption, tcpRules.Line.GetLocation(0), proxy.Keyword, proxy.Name, "tcp-check", "tcp-check");
                }

                bool defaultCheck = inheritance.DefaultServerOf(proxy) is { } ds && ds.HasCheck;
                bool configured = httpchk || httpRules is not null;
                string why = configured ? ", so 'option httpchk' never runs for it" : " and no health check of any kind";
                foreach (var directive in proxy.DirectiveList)
                {
                    if (directive is not ServerDirective server || !server.HasName) continue;
                    if (server.HasCheck || server.HasOption("agent-check") || server.HasOption("track") || (defaultCheck && !server.HasOption("no-check"))) continue;
                    if (server.HasOption("disabled")) continue;
                    context.Report(RuleCatalogue.MissingHealthChecks, server.Line.GetLocation(1), server.Name, proxy.Keyword, proxy.Name, why);
                }
            }
        }
    }
}
