using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HA1004: two proxies with the same capability may not share a name (HAProxy: <c>backend 'app' has the same name
    /// as backend 'app' declared at f:9.</c>); a frontend and a backend sharing one is an error from 3.3 on.
    /// </summary>
    public sealed class HA1004DuplicateProxyName : ValidationRule<HAProxyConfig>
    {
        private static readonly Version SharedNamesRejectedFrom = new(3, 3);

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.DuplicateProxyName };

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            bool strict = context.Options.HAProxyVersion >= SharedNamesRejectedFrom;
            var frontends = new Dictionary<string, HAProxySection>(StringComparer.Ordinal);
            var backends = new Dictionary<string, HAProxySection>(StringComparer.Ordinal);
            foreach (var section in target.Proxies)
            {
                if (section.Name is not { } name) continue;
                bool isFrontend = section.HasFrontendCapability, isBackend = section.HasBackendCapability;
                HAProxySection? clash = null;
                if (isFrontend && frontends.TryGetValue(name, out var f)) clash = f;
                else if (isBackend && backends.TryGetValue(name, out var b)) clash = b;
                else if (strict && (isFrontend ? backends : frontends).TryGetValue(name, out var other)) clash = other;

                if (clash is not null)
                {
                    context.Report(RuleCatalogue.DuplicateProxyName, section.Header.GetLocation(1), section.Keyword, name, clash.Keyword, clash.Header.LineNumber);
                    continue;
                }

                if (isFrontend) frontends[name] = section;
                if (isBackend) backends[name] = section;
            }
        }
    }
}
