using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HA1003: every <c>use_backend</c> and <c>default_backend</c> must name a backend or listen section
    /// (HAProxy: <c>Proxy 'fe': unable to find required use_backend: 'api'.</c>). Dynamic names (<c>%[…]</c>) are skipped.
    /// </summary>
    public sealed class HA1003UndefinedBackend : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.UndefinedBackend };

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var backends = new HashSet<string>(
                target.Sections.Where(s => s.Kind is HAProxySectionKind.Backend or HAProxySectionKind.Listen && s.Name is not null).Select(s => s.Name!),
                StringComparer.Ordinal);
            foreach (var section in target.Sections)
            {
                if (section.Kind is not (HAProxySectionKind.Frontend or HAProxySectionKind.Listen or HAProxySectionKind.Defaults)) continue;
                foreach (var directive in section.DirectiveList)
                {
                    // The typed directives are exactly the use_backend and default_backend lines: no keyword to compare.
                    if (directive is not (UseBackendDirective or DefaultBackendDirective)) continue;
                    string? name = directive.GetArgument(0);
                    if (name is null || name.Contains("%[") || backends.Contains(name)) continue;
                    context.Report(RuleCatalogue.UndefinedBackend, directive.Line.GetLocation(1), section.Name ?? section.Keyword, directive.Keyword, name);
                }
            }
        }
    }
}
