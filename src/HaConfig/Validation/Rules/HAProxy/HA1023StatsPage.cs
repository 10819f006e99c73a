using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// The statistics page of a proxy: <c>stats auth</c>/<c>stats realm</c> together with <c>stats http-request</c> is fatal
    /// (HA1023, HAProxy: <c>stats 'auth'/'realm' and 'http-request' can't be used at the same time.</c>), and a page
    /// enabled without authentication nor access rule exposes the servers to anyone who reaches it (HA1047).
    /// </summary>
    public sealed class HA1023StatsPage : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.StatsAuthWithHttpRequest, RuleCatalogue.StatsWithoutAuth };

        /// <inheritdoc />
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var inheritance = ProxyInheritance.For(target, context);
            foreach (var proxy in target.Proxies)
            {
                HAProxyDirective? enabled = null, auth = null, httpRequest = null;
                foreach (var p in inheritance.Chain(proxy))
                {
                    foreach (var stats in p.DirectiveList)
                    {
                        // The stats lines are exactly the StatsDirective ones: a type test, not a keyword comparison per line.
                        if (stats is not StatsDirective) continue;
                        string? setting = stats.GetArgument(0);
                        if (setting is "enable" or "uri") enabled ??= stats;
                        else if (setting is "auth" or "realm") auth ??= stats;
                        else if (setting == "http-request") httpRequest ??= stats;
                    }
                }

                if (auth is not null && httpRequest is not null && (auth.Section == proxy || httpRequest.Section == proxy))
                {
                    var at = httpRequest.Section == proxy ? httpRequest : auth;
                    context.Report(RuleCatalogue.StatsAuthWithHttpRequest, at.Line.GetLocation(0), proxy.Keyword, proxy.Name);
                }

                // The search for an http-request line only for a proxy that enables stats (few do).
                if (enabled is not null && proxy.HasFrontendCapability && !(auth is not null || httpRequest is not null || proxy.Find("http-request") is not null))
                {
                    var at = enabled.Section == proxy ? enabled : null;
                    context.Report(RuleCatalogue.StatsWithoutAuth, (at?.Line ?? proxy.Header).GetLocation(0), proxy.Keyword, proxy.Name);
                }
            }
        }
    }
}
