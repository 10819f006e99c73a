using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HaConfig.Validation;
using Microsoft.CodeAnalysis;
using HaDescriptor = HaConfig.Diagnostics.DiagnosticDescriptor;
using HaSeverity = HaConfig.Diagnostics.DiagnosticSeverity;

namespace HaConfig.Analyzers
{
    /// <summary>The Roslyn descriptors, one per rule of <see cref="RuleCatalogue"/>, built once from the catalogue.</summary>
    internal static class RoslynDescriptors
    {
        /// <summary>The category every HaConfig diagnostic carries in Roslyn.</summary>
        public const string Category = "HaConfig";

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = RuleCatalogue.All
            .ToDictionary(rule => rule.Id, Create, System.StringComparer.Ordinal);

        /// <summary>Every rule of the catalogue (HA9999 included).</summary>
        public static ImmutableArray<DiagnosticDescriptor> All { get; } =
            ById.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

        /// <summary>HA9999: the analyzer itself failed on a file.</summary>
        public static DiagnosticDescriptor AnalyzerFailure { get; } = ById[RuleCatalogue.AnalyzerFailure.Id];

        /// <summary>The descriptor for a catalogue rule; a rule unknown to this build maps to its own descriptor on the fly.</summary>
        public static DiagnosticDescriptor For(HaDescriptor rule) =>
            ById.TryGetValue(rule.Id, out var descriptor) ? descriptor : Create(rule);

        /// <summary>The Roslyn severity for a catalogue severity.</summary>
        public static DiagnosticSeverity Map(HaSeverity severity) => severity switch
        {
            HaSeverity.Error => DiagnosticSeverity.Error,
            HaSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };

        // The IDs come from the catalogue, which is the single place rules are described; release tracking is checked
        // by a test that compares AnalyzerReleases.Unshipped.md with RuleCatalogue.All.
#pragma warning disable RS1017 // DiagnosticId for analyzers must be a non-null constant
        private static DiagnosticDescriptor Create(HaDescriptor rule) => new(
            id: rule.Id,
            title: rule.Title,
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: Map(rule.DefaultSeverity),
            isEnabledByDefault: true,
            description: rule.FixHint,
            helpLinkUri: rule.HelpUri);
#pragma warning restore RS1017
    }
}
