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
            new HA1001MissingTimeouts(),
            new HA1002IncompatibleBackendMode(),
            new HA1003UndefinedBackend(),
            new HA1004DuplicateProxyName(),
            new HA1005DuplicateServerName(),
            new HA1006HealthCheckRules(),
            new HA1009HttpDirectivesInTcpMode(),
            new HA1012FrontendShape(),
            new HA1015UndefinedAcl(),
            new HA1016UndefinedReferences(),
            new HA1018ServerSsl(),
            new HA1019ValueRanges(),
            new HA1022RulesInAnonymousDefaults(),
            new HA1023StatsPage(),
            new HA1025MissingFiles(),
            new HA1027ArgumentsAndConditions(),
            new HA1030ConfigurationShape(),
            new HA1036DuplicateBind(),
            new HA1040UnknownKeyword(),
            new HA1049UnusedBackend(),
            new HA1052WeakSecrets(),
        };
    }
}
