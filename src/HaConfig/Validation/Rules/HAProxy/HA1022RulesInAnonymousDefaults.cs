using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HA1022: ACLs and TCP/HTTP rules are allowed only in named defaults sections (2.5+); in an anonymous one HAProxy
    /// refuses them (<c>'http-request' not allowed in anonymous 'defaults' section.</c>).
    /// </summary>
    public sealed class HA1022RulesInAnonymousDefaults : ValidationRule<HAProxyConfig>
    {
        private static readonly HashSet<string> RuleKeywords = new(System.StringComparer.Ordinal)
        {
            "acl", "http-request", "http-response", "http-after-response", "tcp-request", "tcp-response", "quic-initial",
        };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.RulesInAnonymousDefaults };

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            foreach (var defaults in target.Defaults)
            {
                if (defaults.Name is not null) continue;
                foreach (var directive in defaults.DirectiveList)
                {
                    string keyword = directive.Keyword;
                    if (!RuleKeywords.Contains(keyword)) continue;
                    // 'tcp-request inspect-delay' and 'tcp-response inspect-delay' are settings, not rules.
                    if (directive.GetArgument(0) == "inspect-delay") continue;
                    string shown = keyword is "tcp-request" or "tcp-response" && directive.GetArgument(0) is { } set ? keyword + " " + set : keyword;
                    context.Report(RuleCatalogue.RulesInAnonymousDefaults, directive.Line.GetLocation(0), shown);
                }
            }
        }
    }
}
