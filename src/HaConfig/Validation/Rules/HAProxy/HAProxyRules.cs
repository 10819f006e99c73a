using System.Collections.Generic;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>The HAProxy rules of the catalogue, in the order they run. A new rule is added here and nowhere else.</summary>
    public static class HAProxyRules
    {
        /// <summary>Every HAProxy rule.</summary>
        public static IReadOnlyList<ValidationRule<HAProxyConfig>> All { get; } = new ValidationRule<HAProxyConfig>[]
        {
            new HA1003UndefinedBackend(),
            new HA1004DuplicateProxyName(),
            new HA1005DuplicateServerName(),
            new HA1040UnknownKeyword(),
        };
    }
}
