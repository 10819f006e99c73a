using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA9999: the Roslyn analyzer could not lint a configuration file; reported instead of an AD0001 crash.</summary>
        public static readonly DiagnosticDescriptor AnalyzerFailure = Rule(
            "HA9999", "Analyzer failure", "HaConfig could not lint this file: {0}",
            DiagnosticSeverity.Warning, "Report this as a bug in HaConfig with the file that triggers it, or exclude the file from linting (HaConfigKind=none).", RuleCategory.Analyzer);
    }
}
