using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2011-HA2012: scripts (vrrp_script, notify*, MISC_CHECK, startup/shutdown scripts) need enable_script_security, and
    /// with it a script_user or a per-script user. Scripts are never run or looked at on disk.
    /// </summary>
    public sealed class HA2011ScriptSecurity : ValidationRule<KeepalivedConfig>
    {
        private static readonly HashSet<string> ScriptKeywords = new(System.StringComparer.Ordinal)
        {
            "script", "notify", "notify_master", "notify_backup", "notify_fault", "notify_stop", "notify_deleted", "notify_master_rx_lower_pri",
            "notify_up", "notify_down", "misc_path", "quorum_up", "quorum_down", "startup_script", "shutdown_script",
        };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.ScriptSecurityDisabled, RuleCatalogue.ScriptUserMissing };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            var global = view.GlobalDefs;
            if (global?.EnableScriptSecurity != true)
            {
                var first = FirstScript(view.AllStatements);
                if (first is not null) context.Report(RuleCatalogue.ScriptSecurityDisabled, view.Locate(first), first.Keyword);
                return;
            }

            if (global.ScriptUser is not null) return;
            foreach (var script in view.VrrpScripts)
            {
                if (script.User is null) context.Report(RuleCatalogue.ScriptUserMissing, view.Locate(script, 1), script.Name);
            }
        }

        private static KeepalivedStatement? FirstScript(IEnumerable<KeepalivedStatement> statements)
        {
            foreach (var statement in statements)
            {
                if (statement.Parent is not null && ScriptKeywords.Contains(statement.Keyword) && statement.GetArgument(0) is not null) return statement;
                if (statement is KeepalivedBlock block && FirstScript(block.ChildSlice) is { } nested) return nested;
            }

            return null;
        }
    }
}
