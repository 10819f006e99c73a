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

            // Each entry carries its block kind's keyword table, looked up once per block rather than once per statement.
            var stack = new Stack<(KeepalivedStatement Statement, string Kind, Dictionary<string, Version>? Keywords)>();
            var top = view.AllStatements;
            var rootKeywords = KeepalivedKeywordCatalogue.KeywordTable("root");
            for (int i = top.Count - 1; i >= 0; i--) stack.Push((top[i], "root", rootKeywords));
            while (stack.Count > 0)
            {
                var (statement, kind, keywords) = stack.Pop();
                if (statement.WordCount == 0) continue;
                string keyword = statement.Keyword;
                if (!Check(view, context, statement, keyword, kind, keywords, version, normalized)) continue;
                if (statement is not KeepalivedBlock block) continue;
                string? childKind = ChildKind(keyword, kind, out var childKeywords);
                if (childKind is null) continue;
                var children = block.ChildSlice;
                for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], childKind, childKeywords));
            }
        }

        /// <summary>Reports the statement when its keyword is unknown, too new or misplaced in <paramref name="kind"/>, whose keyword table is <paramref name="keywords"/>.</summary>
        private static bool Check(KeepalivedView view, ValidationContext context, KeepalivedStatement statement, string keyword, string kind, Dictionary<string, Version>? keywords, Version version, Version normalized)
        {
            Version? since = null;
            if (keywords is not null && keywords.TryGetValue(keyword, out var found)) since = found;
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

        /// <summary>The kind of a block's contents, or null when they are not checked; <paramref name="keywords"/> is its keyword table.</summary>
        private static string? ChildKind(string keyword, string kind, out Dictionary<string, Version>? keywords)
        {
            string? childKind = ChildKind(keyword, kind);
            keywords = childKind is null ? null : KeepalivedKeywordCatalogue.KeywordTable(childKind);
            return childKind;
        }

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
