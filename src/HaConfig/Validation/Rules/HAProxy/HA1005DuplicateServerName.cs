using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HA1005: server names are unique within a backend (HAProxy: <c>backend 'be', another server named 's1' was
    /// already defined at line 7, please use distinct names.</c>).
    /// </summary>
    public sealed class HA1005DuplicateServerName : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.DuplicateServerName };

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            // One table reused for every backend: clearing keeps its buckets.
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var section in target.Proxies)
            {
                if (!section.HasBackendCapability) continue;
                seen.Clear();
                foreach (var directive in section.DirectiveList)
                {
                    // A server directive of kind Server is a "server" line (its kind is read once per document version).
                    if (directive is not ServerDirective { Kind: ServerKind.Server }) continue;
                    if (directive.GetArgument(0) is not { } name) continue;
                    if (seen.TryGetValue(name, out int line))
                    {
                        context.Report(RuleCatalogue.DuplicateServerName, directive.Line.GetLocation(1), section.Keyword, section.Name, name, line);
                    }
                    else
                    {
                        seen[name] = directive.Line.LineNumber;
                    }
                }
            }
        }
    }
}
