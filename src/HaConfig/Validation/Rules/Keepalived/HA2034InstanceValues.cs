using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2034: vrrp_instance values from a fixed, case-sensitive set: <c>state MASTER|BACKUP</c> (else BACKUP), <c>version 2|3</c>
    /// (else ignored) and <c>auth_type PASS|AH</c> (else no authentication).
    /// </summary>
    public sealed class HA2034InstanceValues : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.InstanceValueInvalid };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            foreach (var instance in view.Config.VrrpInstances)
            {
                string name = instance.Name ?? "?";
                Check(view, context, name, instance.Find("state"), "expected MASTER or BACKUP; keepalived defaults to BACKUP", "MASTER", "BACKUP");
                Check(view, context, name, instance.Find("version"), "expected 2 or 3; keepalived ignores it", "2", "3");
                Check(view, context, name, instance.FindBlock("authentication")?.Find("auth_type"), "expected PASS or AH; keepalived ignores the authentication", "PASS", "AH");
            }
        }

        private static void Check(KeepalivedView view, ValidationContext context, string name, KeepalivedStatement? statement, string expected, params string[] allowed)
        {
            if (statement?.GetArgument(0) is not { } value || System.Array.IndexOf(allowed, value) >= 0) return;
            context.Report(RuleCatalogue.InstanceValueInvalid, view.Locate(statement, 1), name, statement.Keyword, value, expected);
        }
    }
}
