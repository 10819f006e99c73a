using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HA1036: two <c>bind</c> lines on the same address and port. <c>haproxy -c</c> does not notice; the start fails
    /// when the second socket cannot be bound. Addresses built from variables, file descriptors and port ranges are skipped.
    /// </summary>
    public sealed class HA1036DuplicateBind : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.DuplicateBind };

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var seen = new Dictionary<string, BindDirective>(System.StringComparer.Ordinal);
            foreach (var proxy in target.Proxies)
            {
                if (!proxy.HasFrontendCapability) continue;
                foreach (var bind in proxy.Binds)
                {
                    if (bind.HasOption("shards") || bind.HasOption("process") || bind.HasOption("thread")) continue;
                    foreach (var address in bind.Addresses)
                    {
                        if (address.ContainsVariables || address.IsFileDescriptor || address.IsPortRange || address.Port is null) continue;
                        string prefix = address.Prefix ?? string.Empty;
                        if (prefix.StartsWith("quic", System.StringComparison.Ordinal) || prefix.StartsWith("udp", System.StringComparison.Ordinal)) continue;
                        string host = address.IsWildcard ? "*" : address.Host;
                        string key = (address.IsUnixSocket ? "unix:" : "inet:") + host + ":" + address.Port;
                        if (seen.TryGetValue(key, out var first))
                        {
                            context.Report(RuleCatalogue.DuplicateBind, bind.Line.GetLocation(1), address.Text, first.Section.Keyword, first.Section.Name, first.Line.LineNumber);
                        }
                        else
                        {
                            seen[key] = bind;
                        }
                    }
                }
            }
        }
    }
}
