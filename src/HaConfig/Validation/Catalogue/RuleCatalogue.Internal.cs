using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA9998: a rule failed while checking; a bug in HaConfig, reported instead of thrown.</summary>
        public static readonly DiagnosticDescriptor RuleFailure = Rule(
            "HA9998", "Internal rule failure", "rule {0} failed: {1}",
            DiagnosticSeverity.Warning, "Report this as a bug in HaConfig with the configuration that triggers it; the other rules still ran.", RuleCategory.Analyzer);
    }
}
