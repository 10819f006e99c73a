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
        private static readonly string[] States = { "MASTER", "BACKUP" };
        private static readonly string[] Versions = { "2", "3" };
        private static readonly string[] AuthTypes = { "PASS", "AH" };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.InstanceValueInvalid };

        /// <inheritdoc />
        internal override int RelativeCost => 3;

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            foreach (var instance in view.VrrpInstances)
            {
                Check(view, context, instance, instance.FindRef("state"), "expected MASTER or BACKUP; keepalived defaults to BACKUP", States);
                Check(view, context, instance, instance.FindRef("version"), "expected 2 or 3; keepalived ignores it", Versions);
                Check(view, context, instance, instance.FindBlock("authentication")?.FindRef("auth_type") ?? default, "expected PASS or AH; keepalived ignores the authentication", AuthTypes);
            }
        }

        /// <summary>Compares the value in place; the instance's name, the value and the statement's view are made only for a report.</summary>
        private static void Check(KeepalivedView view, ValidationContext context, VrrpInstance instance, StatementRef statement, string expected, string[] allowed)
        {
            if (statement.WordCount < 2) return;
            foreach (var value in allowed)
            {
                if (statement.ArgumentEquals(0, value)) return;
            }

            context.Report(RuleCatalogue.InstanceValueInvalid, view.Locate(statement.View, 1), instance.Name ?? "?", statement.View.Keyword, statement.GetArgument(0), expected);
        }
    }
}
