using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HA1001: a frontend needs <c>timeout client</c>, a backend with servers <c>timeout connect</c> and <c>timeout server</c>
    /// (a TCP backend may use <c>timeout tunnel</c> instead), own or inherited (HAProxy: <c>missing timeouts for frontend 'fe'.</c>).
    /// </summary>
    public sealed class HA1001MissingTimeouts : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.MissingTimeouts };

        /// <inheritdoc />
        internal override int RelativeCost => 2;

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var inheritance = ProxyInheritance.For(target, context);
            foreach (var proxy in target.Proxies)
            {
                List<string>? missing = null;
                if (proxy.HasFrontendCapability && !IsSet(inheritance, proxy, "client")) (missing ??= new List<string>()).Add("'timeout client'");
                bool hasServers = proxy.HasBackendCapability && proxy.HasServerLines;
                if (hasServers)
                {
                    if (!IsSet(inheritance, proxy, "connect")) (missing ??= new List<string>()).Add("'timeout connect'");
                    if (!IsSet(inheritance, proxy, "server") && !(inheritance.ModeOf(proxy) == ProxyMode.Tcp && IsSet(inheritance, proxy, "tunnel")))
                    {
                        (missing ??= new List<string>()).Add("'timeout server'");
                    }
                }

                if (missing is null) continue;
                context.Report(RuleCatalogue.MissingTimeouts, proxy.Header.GetLocation(0), proxy.Keyword, proxy.Name, missing.Count == 1 ? "timeout" : "timeouts", string.Join(", ", missing));
            }
        }

        private static bool IsSet(ProxyInheritance inheritance, ProxySection proxy, string name) =>
            inheritance.TimeoutOf(proxy, name) is { } timeout && !(timeout.CachedValue is { } value && value.IsZero);
    }
}
