using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>
        /// HA9001: two builder chains of one C# type configure different VRRP instances with the same virtual_router_id on
        /// the same interface (found only by the builder analyzer: each chain alone is a valid configuration).
        /// </summary>
        public static readonly DiagnosticDescriptor CrossChainDuplicateRouterId = Rule(
            "HA9001", "Duplicate virtual_router_id across builder chains", "vrrp_instance {0} uses virtual_router_id {2} on interface {3}, as vrrp_instance {1} built elsewhere in this type does",
            DiagnosticSeverity.Warning, "Give each VRRP instance sharing a network its own virtual_router_id (1-255); the two nodes of one pair keep the same instance name and id.", RuleCategory.Analyzer);

        /// <summary>HA9999: the Roslyn analyzer could not lint a configuration file; reported instead of an AD0001 crash.</summary>
        public static readonly DiagnosticDescriptor AnalyzerFailure = Rule(
            "HA9999", "Analyzer failure", "HaConfig could not lint this file: {0}",
            DiagnosticSeverity.Warning, "Report this as a bug in HaConfig with the file that triggers it, or exclude the file from linting (HaConfigKind=none).", RuleCategory.Analyzer);
    }
}
