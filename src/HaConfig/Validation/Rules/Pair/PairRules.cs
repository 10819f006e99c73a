using System.Collections.Generic;
using HaConfig.Topology;

namespace HaConfig.Validation.Rules.Pair
{
    /// <summary>The pair rules of the catalogue (HA3xxx), in the order they run. A new rule is added here and nowhere else.</summary>
    public static class PairRules
    {
        /// <summary>Every pair rule.</summary>
        public static IReadOnlyList<ValidationRule<HaPair>> All { get; } = new ValidationRule<HaPair>[]
        {
            new HA3001VipBinding(),
            new HA3004CheckScriptPort(),
            new HA3005CheckScriptTracked(),
            new HA3006VipIsNodeAddress(),
            new HA3007AcrossNodes(),
            new HA3013BackendsAcrossNodes(),
        };
    }
}
