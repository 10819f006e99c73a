using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HaConfig.Diagnostics;
using HaConfig.Topology;

namespace HaConfig.Validation.Rules.Pair
{
    /// <summary>
    /// HA3005: when the node's check script is known, every instance that moves a VIP must track a vrrp_script that
    /// exists and runs that script (matched by file name, so the install directory may differ); otherwise the VIP stays
    /// on a node whose HAProxy is down.
    /// </summary>
    public sealed class HA3005CheckScriptTracked : ValidationRule<HaPair>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.CheckScriptNotTracked };

        /// <inheritdoc />
        public override void Analyze(HaPair target, ValidationContext context)
        {
            foreach (var node in PairView.Of(target, context).Nodes)
            {
                if (node.Node.CheckScript is null || node.Node.CheckScriptPath is not { } path) continue;
                string file = Path.GetFileName(path);
                foreach (var instance in node.Instances.Where(i => i.VirtualIpAddresses.Count > 0))
                {
                    var block = instance.FindBlock("track_script");
                    var tracked = instance.TrackScripts;
                    if (block is null || tracked.Count == 0)
                    {
                        context.Report(RuleCatalogue.CheckScriptNotTracked, node.Keepalived.Locate(instance, 1), node.Name, instance.Name ?? "?",
                            $"tracks no vrrp_script, so {file} never runs and the VIP stays on a node whose HAProxy is down");
                        continue;
                    }

                    var problems = new List<string>();
                    bool ok = false;
                    foreach (var entry in tracked)
                    {
                        var script = node.Keepalived.Config.FindVrrpScript(entry.Name);
                        if (script is null)
                        {
                            problems.Add($"track_script {entry.Name} names no vrrp_script");
                        }
                        else if (Runs(script.Script, file))
                        {
                            ok = true;
                        }
                        else
                        {
                            problems.Add($"vrrp_script {entry.Name} runs '{script.Script ?? "nothing"}'");
                        }
                    }

                    if (!ok)
                    {
                        context.Report(RuleCatalogue.CheckScriptNotTracked, node.Keepalived.Locate(block), node.Name, instance.Name ?? "?",
                            $"no tracked vrrp_script runs the check script {file}: {string.Join("; ", problems)}");
                    }
                }
            }
        }

        private static bool Runs(string? command, string file) =>
            command is not null && command.Split(new[] { ' ', '\t', '"', '\'' }, StringSplitOptions.RemoveEmptyEntries)
                .Any(word => word == file || word.EndsWith("/" + file, StringComparison.Ordinal));
    }
}
