using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2009: keepalived resolves track_script, track_file, track_process and track_bfd while parsing, against the
    /// objects defined ABOVE the use; a name defined nowhere or only later is "not found" and the tracker is dropped.
    /// </summary>
    public sealed class HA2009UndefinedTracker : ValidationRule<KeepalivedConfig>
    {
        private static readonly (string Track, string Definition, string Kind)[] Trackers =
        {
            ("track_script", "vrrp_script", "script"), ("track_file", "track_file", "file"), ("track_process", "vrrp_track_process", "process"), ("track_bfd", "bfd_instance", "bfd"),
        };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.UndefinedTracker };

        /// <inheritdoc />
        internal override int RelativeCost => 3;

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            // Keyed by kind and name (keepalived's kinds hold no '|', so this is the "kind|name" string key without the string).
            var definitions = new Dictionary<(string Kind, string Name), int>();
            var all = new List<KeepalivedBlock>();
            foreach (var statement in view.AllStatements)
            {
                if (statement is not KeepalivedBlock block) continue;
                string keyword = block.Keyword == "vrrp_track_file" ? "track_file" : block.Keyword;
                if (keyword is "vrrp_script" or "track_file" or "vrrp_track_process" or "bfd_instance" && block.Name is { } name)
                {
                    if (!definitions.ContainsKey((keyword, name))) definitions.Add((keyword, name), block.LineIndex);
                }

                if (keyword is "vrrp_instance" or "vrrp_sync_group" or "virtual_server") all.Add(block);
            }

            foreach (var block in all)
            {
                if (block is VirtualServer server)
                {
                    CheckCheckers(view, server, definitions, context);
                    continue;
                }

                foreach (var (track, definition, kind) in Trackers)
                {
                    var list = block.FindBlock(track);
                    if (list is null) continue;
                    foreach (var entry in list.ChildSlice)
                    {
                        Check(view, context, definitions, block, entry, entry.Keyword, definition, kind, 0);
                    }
                }
            }
        }

        private static void CheckCheckers(KeepalivedView view, VirtualServer server, Dictionary<(string, string), int> definitions, ValidationContext context)
        {
            // The child blocks read in place, in the order RealServers and Checkers list them, without the lists (and
            // without views of the settings beside them).
            foreach (var child in server.ChildBlocks)
            {
                if (child is not RealServer real) continue;
                foreach (var grandchild in real.ChildBlocks)
                {
                    if (grandchild is not Checker checker) continue;
                    if (checker.Keyword == "FILE_CHECK" && checker.Find("track_file") is { } file && file.GetArgument(0) is { } fileName)
                    {
                        Check(view, context, definitions, real, file, fileName, "track_file", "file", 1);
                    }
                    else if (checker.Keyword == "BFD_CHECK" && checker.Find("name") is { } bfd && bfd.GetArgument(0) is { } bfdName)
                    {
                        Check(view, context, definitions, real, bfd, bfdName, "bfd_instance", "bfd", 1);
                    }
                }
            }
        }

        /// <summary>Checks one tracker; <paramref name="owner"/>'s name (a real server's is its address) is read only to report.</summary>
        private static void Check(KeepalivedView view, ValidationContext context, Dictionary<(string, string), int> definitions, KeepalivedBlock owner, KeepalivedStatement at, string name, string definition, string kind, int word)
        {
            if (!definitions.TryGetValue((definition, name), out int line))
            {
                context.Report(RuleCatalogue.UndefinedTracker, view.Locate(at, word), owner.Name ?? "?", kind, name, ", ignoring...");
            }
            else if (line > at.LineIndex)
            {
                int sourceLine = view.SourceLineNumber(line);
                context.Report(RuleCatalogue.UndefinedTracker, view.Locate(at, word), owner.Name ?? "?", kind, name, $": {definition} {name} is defined later (line {sourceLine}); move it above this block");
            }
        }
    }
}
