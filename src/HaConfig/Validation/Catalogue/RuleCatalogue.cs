using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    /// <summary>
    /// The one catalogue of rules. Every diagnostic the library, the CLI or the analyzers report is described here,
    /// in the partial files of this class grouped by ID family.
    /// </summary>
    public static partial class RuleCatalogue
    {
        private static readonly Lazy<IReadOnlyDictionary<string, DiagnosticDescriptor>> ById = new(Collect);

        /// <summary>Every rule, ordered by ID.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All => ById.Value.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

        /// <summary>Finds a rule by ID (case-insensitive).</summary>
        public static DiagnosticDescriptor? Find(string id) =>
            ById.Value.TryGetValue(id, out var descriptor) ? descriptor : null;

        private static IReadOnlyDictionary<string, DiagnosticDescriptor> Collect()
        {
            var map = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
            foreach (var field in typeof(RuleCatalogue).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetValue(null) is DiagnosticDescriptor descriptor)
                {
                    map.Add(descriptor.Id, descriptor);
                }
            }

            return map;
        }

        private static DiagnosticDescriptor Rule(string id, string title, string message, DiagnosticSeverity severity, string fix, RuleCategory category) =>
            new(id, title, message, severity, fix, category);
    }
}
