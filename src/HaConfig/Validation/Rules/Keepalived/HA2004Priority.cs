using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2004-HA2006: priority in 1-255; in strict mode MASTER exactly when priority 255; nopreempt and preempt_delay only
    /// where keepalived keeps them (not with state MASTER, priority 255, strict mode, or each other).
    /// </summary>
    public sealed class HA2004Priority : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.PriorityOutOfRange, RuleCatalogue.StrictMasterNotOwner, RuleCatalogue.PreemptConflict,
        };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            foreach (var instance in view.VrrpInstances)
            {
                // Values are compared and parsed in place; the name and the strings a message quotes are read only to report.
                // The settings are read in place (StatementRef): a view is made only for a statement reported.
                var state = instance.FindRef("state");
                bool master = state.ArgumentEquals(0, "MASTER");
                var priorityStatement = instance.FindRef("priority");
                long? priority = null;
                if (priorityStatement.TryGetArgumentSpan(0, out var raw))
                {
                    if (KeepalivedView.TryParseLong(raw, out long value) && value >= 1 && value <= 255) priority = value;
                    else context.Report(RuleCatalogue.PriorityOutOfRange, view.Locate(priorityStatement.View, 1), instance.Name ?? "?", priorityStatement.GetArgument(0));
                }

                long effective = priority ?? (master ? 255 : 100);
                bool owner = effective == 255;
                if (view.IsStrict(instance) && state.WordCount > 1 && master != owner)
                {
                    context.Report(RuleCatalogue.StrictMasterNotOwner, view.Locate(state.View, 1), instance.Name ?? "?", state.GetArgument(0), effective);
                }

                var nopreempt = instance.FindRef("nopreempt");
                var delay = instance.FindRef("preempt_delay");
                if (!nopreempt.IsFound && !delay.IsFound) continue;
                string name = instance.Name ?? "?";
                if (nopreempt.IsFound)
                {
                    if (master) context.Report(RuleCatalogue.PreemptConflict, view.Locate(nopreempt.View), name, "nopreempt", "will not work with initial state MASTER");
                    else if (owner) context.Report(RuleCatalogue.PreemptConflict, view.Locate(nopreempt.View), name, "nopreempt", "is incompatible with priority 255");
                }

                if (!delay.IsFound) continue;
                string? delayValue = delay.GetArgument(0);
                if (delayValue is not null && (!KeepalivedView.TryParseDecimal(delayValue, out double seconds) || seconds < 0 || seconds > 1000))
                {
                    context.Report(RuleCatalogue.PreemptConflict, view.Locate(delay.View, 1), name, "preempt_delay " + delayValue, "is not valid: must be between 0-1000");
                }
                else if (view.IsStrict(instance))
                {
                    context.Report(RuleCatalogue.PreemptConflict, view.Locate(delay.View), name, "preempt_delay", "is incompatible with strict mode");
                }
                else if (nopreempt.IsFound)
                {
                    context.Report(RuleCatalogue.PreemptConflict, view.Locate(delay.View), name, "preempt_delay", "is incompatible with nopreempt mode");
                }
                else if (master)
                {
                    context.Report(RuleCatalogue.PreemptConflict, view.Locate(delay.View), name, "preempt_delay", "will not work with initial state MASTER");
                }
            }
        }
    }
}
