using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2029: every name in a <c>vrrp_sync_group</c>'s <c>group</c> block must be a <c>vrrp_instance</c>. keepalived checks this
    /// after parsing, so the instance may be defined before or after the group.
    /// </summary>
    public sealed class HA2029SyncGroups : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.UndefinedSyncGroupMember };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            var instances = new HashSet<string>(StringComparer.Ordinal);
            foreach (var instance in view.VrrpInstances)
            {
                if (instance.Name is { } name) instances.Add(name);
            }

            foreach (var group in view.VrrpSyncGroups)
            {
                var members = group.FindBlock("group");
                if (members is null) continue;
                foreach (var member in members.ChildSlice)
                {
                    if (!instances.Contains(member.Keyword)) context.Report(RuleCatalogue.UndefinedSyncGroupMember, view.Locate(member), member.Keyword, group.Name ?? "?");
                }
            }
        }
    }
}
