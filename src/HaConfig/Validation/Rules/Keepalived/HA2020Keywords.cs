using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2020-HA2022: every keyword must be known to keepalived (with a "did you mean"), exist in the target version, and be
    /// valid in its block, per <see cref="KeepalivedKeywordCatalogue"/>. The contents of list blocks (addresses, names) and of
    /// blocks that are themselves reported are not checked.
    /// </summary>
    public sealed class HA2020Keywords : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.UnknownKeyword, RuleCatalogue.KeywordTooNew, RuleCatalogue.MisplacedKeyword };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            var version = context.Options.KeepalivedVersion;
            var normalized = Normalize(version);
            var stack = new Stack<(KeepalivedStatement Statement, string Kind)>();
            var top = new List<KeepalivedStatement>(view.Config.AllStatements);
            for (int i = top.Count - 1; i >= 0; i--) stack.Push((top[i], "root"));
            while (stack.Count > 0)
            {
                var (statement, kind) = stack.Pop();
                if (statement.WordCount == 0) continue;
                string keyword = statement.Keyword;
                if (!Check(view, context, statement, keyword, kind, version, normalized)) continue;
                if (statement is not KeepalivedBlock block) continue;
                string? childKind = ChildKind(keyword, kind);
                if (childKind is null) continue;
                var children = block.ChildArray;
                for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], childKind));
            }
        }

        private static bool Check(KeepalivedView view, ValidationContext context, KeepalivedStatement statement, string keyword, string kind, Version version, Version normalized)
        {
            var since = KeepalivedKeywordCatalogue.Since(kind, keyword);
            if (since is not null)
            {
                if (since.CompareTo(normalized) <= 0) return true;
                context.Report(RuleCatalogue.KeywordTooNew, view.Locate(statement), keyword, since, version);
                return false;
            }

            var elsewhere = KeepalivedKeywordCatalogue.BlocksOf(keyword);
            if (elsewhere.Count > 0)
            {
                context.Report(RuleCatalogue.MisplacedKeyword, view.Locate(statement), keyword, Describe(kind), string.Join(" or ", Map(elsewhere)));
                return false;
            }

            string? suggestion = KeepalivedKeywordCatalogue.Suggest(kind, keyword);
            context.Report(RuleCatalogue.UnknownKeyword, view.Locate(statement), keyword, Describe(kind), suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
            return false;
        }

        /// <summary>The target as keywords' versions are compared with it (once per validation): without a patch number it means its x.y.0 release.</summary>
        private static Version Normalize(Version target) => new(target.Major, target.Minor, Math.Max(0, target.Build));

        private static string? ChildKind(string keyword, string kind)
        {
            if (kind == "real_server" && KeepalivedKeywordCatalogue.CheckerKeywords.Contains(keyword)) return "checker";
            if (kind == "root" && keyword == "vrrp_track_file") return "vrrp_track_file";
            if (kind == "root" && keyword == "track_file") return "track_file";
            if (KeepalivedSyntaxChecks.ListBlocks.Contains(keyword)) return null;
            if (kind == "checker" && keyword == "host") return "host";
            return KeepalivedKeywordCatalogue.Describes(keyword) ? keyword : null;
        }

        private static string Describe(string kind) => kind == "root" ? "the top level" : kind == "checker" ? "a checker block" : kind;

        private static IEnumerable<string> Map(IEnumerable<string> kinds)
        {
            foreach (var kind in kinds) yield return Describe(kind);
        }
    }
}
