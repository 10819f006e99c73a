using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// The shape of proxies: a frontend without <c>bind</c> (HA1012, HAProxy warns), a listen whose <c>default_backend</c>
    /// hides its own servers (HA1013, HAProxy warns), and a layer 7 <c>balance</c> algorithm in TCP mode (HA1038, HAProxy
    /// falls back to round robin with a warning).
    /// </summary>
    public sealed class HA1012FrontendShape : ValidationRule<HAProxyConfig>
    {
        private static readonly string[] Layer7 = { "uri", "url_param", "hdr", "rdp-cookie" };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.FrontendWithoutBind, RuleCatalogue.DefaultBackendHidesServers, RuleCatalogue.Layer7BalanceInTcpMode,
        };

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var inheritance = ProxyInheritance.For(target, context);
            foreach (var proxy in target.Proxies)
            {
                if (proxy is FrontendSection && proxy.Find("bind") is null)
                {
                    context.Report(RuleCatalogue.FrontendWithoutBind, proxy.Header.GetLocation(0), proxy.Keyword, proxy.Name);
                }

                if (proxy is ListenSection && proxy.Find("default_backend") is { } defaultBackend && proxy.Servers.Count > 0)
                {
                    context.Report(RuleCatalogue.DefaultBackendHidesServers, defaultBackend.Line.GetLocation(0), proxy.Name);
                }

                if (proxy.HasBackendCapability && FirstBalance(proxy) is { } balance && balance.GetArgument(0) is { } algorithm)
                {
                    string name = algorithm.Split('(')[0];
                    if (Layer7.Contains(name) && inheritance.ModeOf(proxy) == ProxyMode.Tcp && name != "rdp-cookie")
                    {
                        context.Report(RuleCatalogue.Layer7BalanceInTcpMode, balance.Line.GetLocation(1), proxy.Keyword, proxy.Name, algorithm);
                    }
                }
            }
        }

        /// <summary>The first <c>balance</c> line (<c>Find("balance")</c> by type: no keyword comparison per line), or null.</summary>
        private static BalanceDirective? FirstBalance(ProxySection proxy)
        {
            foreach (var directive in proxy.DirectiveList)
            {
                if (directive is BalanceDirective balance) return balance;
            }

            return null;
        }
    }
}
