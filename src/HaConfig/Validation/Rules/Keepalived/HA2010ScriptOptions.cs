using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>HA2010: vrrp_script weight -253..253, rise and fall 1 or more, interval and timeout above 0; track_script weights -253..253.</summary>
    public sealed class HA2010ScriptOptions : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.ScriptOptionOutOfRange };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            foreach (var script in view.VrrpScripts)
            {
                string name = script.Name ?? "?";
                Integer(view, context, name, script.Find("weight"), -253, 253, "between -253 and 253");
                Integer(view, context, name, script.Find("rise"), 1, int.MaxValue, "1 or more");
                Integer(view, context, name, script.Find("fall"), 1, int.MaxValue, "1 or more");
                Positive(view, context, name, script.Find("interval"));
                Positive(view, context, name, script.Find("timeout"));
            }

            foreach (var statement in view.AllStatements)
            {
                if (statement is not (VrrpInstance or VrrpSyncGroup)) continue;
                var block = (KeepalivedBlock)statement;
                if (block.FindBlock("track_script") is not { } list) continue;
                foreach (var entry in list.ChildSlice)
                {
                    string? weight = entry.GetOption("weight");
                    if (weight is null) continue;
                    if (!KeepalivedView.TryParseLong(weight, out long value) || value < -254 || value > 254)
                    {
                        context.Report(RuleCatalogue.ScriptOptionOutOfRange, view.Locate(entry, 2), block.Name, "track script " + entry.Keyword + " weight", weight, "between -253 and 253");
                    }
                }
            }
        }

        private static void Integer(KeepalivedView view, ValidationContext context, string name, KeepalivedStatement? statement, long min, long max, string range)
        {
            if (statement?.GetArgument(0) is not { } raw) return;
            if (!KeepalivedView.TryParseLong(raw, out long value) || value < min || value > max)
            {
                context.Report(RuleCatalogue.ScriptOptionOutOfRange, view.Locate(statement, 1), name, statement.Keyword, raw, range);
            }
        }

        private static void Positive(KeepalivedView view, ValidationContext context, string name, KeepalivedStatement? statement)
        {
            if (statement?.GetArgument(0) is not { } raw) return;
            if (!KeepalivedView.TryParseDecimal(raw, out double value) || value <= 0)
            {
                context.Report(RuleCatalogue.ScriptOptionOutOfRange, view.Locate(statement, 1), name, statement.Keyword, raw, "greater than 0");
            }
        }
    }
}
