using System.Collections.Generic;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>The keepalived rules of the catalogue, in the order they run. A new rule is added here and nowhere else.</summary>
    public static class KeepalivedRules
    {
        /// <summary>Every keepalived rule.</summary>
        public static IReadOnlyList<ValidationRule<KeepalivedConfig>> All { get; } = new ValidationRule<KeepalivedConfig>[]
        {
        };
    }
}
