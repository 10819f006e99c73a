using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HA1049: a backend no <c>use_backend</c> or <c>default_backend</c> names. Skipped when any proxy picks its backend
    /// dynamically (<c>%[...]</c>), since any name may then be reached, and for backends referenced elsewhere by name
    /// (e.g. <c>track</c>, Lua, peers): only the routing directives are counted.
    /// </summary>
    public sealed class HA1049UnusedBackend : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.UnusedBackend };

        /// <inheritdoc />
        internal override int RelativeCost => 4;

        /// <inheritdoc />
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var section in target.Sections)
            {
                if (section is not ProxySection) continue;
                foreach (var directive in section.DirectiveList)
                {
                    // The typed directives are exactly the use_backend and default_backend lines: no keyword to compare.
                    if (directive is not (UseBackendDirective or DefaultBackendDirective)) continue;
                    var line = directive.Line;
                    if (line.TextSpan.IndexOf("%[".AsSpan(), StringComparison.Ordinal) >= 0) return;
                    if (directive.GetArgument(0) is { } name) used.Add(name);
                }

                foreach (var server in section.DirectiveList)
                {
                    // track <backend>/<server> keeps the tracked backend alive.
                    if (server is not ServerDirective { Kind: ServerKind.Server } s) continue;
                    if (s.GetOption("track") is { } track && track.IndexOf('/') > 0) used.Add(track.Substring(0, track.IndexOf('/')));
                }
            }

            foreach (var backend in target.Backends)
            {
                if (backend.Name is { } name && !used.Contains(name)) context.Report(RuleCatalogue.UnusedBackend, backend.Header.GetLocation(1), name);
            }
        }
    }
}
