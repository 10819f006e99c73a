using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// Server-side TLS: <c>ssl</c> with verification left on (the default) but no <c>ca-file</c> is fatal (HA1018, HAProxy:
    /// <c>verify is enabled by default but no CA file specified.</c>) unless the global section sets <c>ssl-server-verify none</c>;
    /// <c>ssl</c> with <c>verify none</c> accepts any certificate (HA1048). <c>default-server</c> settings are inherited.
    /// </summary>
    public sealed class HA1018ServerSsl : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.SslWithoutVerify, RuleCatalogue.ServerVerifyNone };

        /// <inheritdoc />
        internal override int RelativeCost => 4;

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            bool globallyOff = target.Global?.FindLast("ssl-server-verify")?.GetArgument(0) == "none";
            var inheritance = ProxyInheritance.For(target, context);
            foreach (var proxy in target.Proxies)
            {
                if (!proxy.HasBackendCapability) continue;
                var defaults = inheritance.DefaultServerOf(proxy);
                bool defaultSsl = defaults?.Ssl ?? false;
                foreach (var directive in proxy.DirectiveList)
                {
                    if (directive is not ServerDirective server || !server.HasName) continue;
                    bool ssl = (server.Ssl || defaultSsl) && !server.HasOption("no-ssl");
                    if (!ssl) continue;
                    string? verify = server.Verify ?? defaults?.Verify;
                    bool caFile = server.HasOption("ca-file") || (defaults?.HasOption("ca-file") ?? false);
                    if (verify == "none")
                    {
                        context.Report(RuleCatalogue.ServerVerifyNone, server.Line.GetLocation(1), server.Name);
                    }
                    else if (!caFile && !(globallyOff && verify is null))
                    {
                        context.Report(RuleCatalogue.SslWithoutVerify, server.Line.GetLocation(1), server.Name);
                    }
                }
            }
        }
    }
}
