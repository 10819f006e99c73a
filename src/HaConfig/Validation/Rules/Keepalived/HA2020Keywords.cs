using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
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
        internal override int RelativeCost => 2;

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            var version = context.Options.KeepalivedVersion;
            var normalized = Normalize(version);

            // The statements are walked by their records in the tree of the file holding them (a view is made only to
            // report): most of them are valid in their block and would need no view at all. Each entry carries its block
            // kind (its keyword table, indexed by the keyword number the tree gave each node, and the kinds of its child
            // blocks, found once per keyword): a keyword valid in its block costs no string.
            var stack = new Stack<(int Node, BlockKind Kind)>();
            var root = BlockKind.Of("root");
            foreach (var top in view.AllStatements)
            {
                var config = top.Config;
                stack.Push((top.RecordIndexChecked, root));
                var tree = config.StatementTree;
                while (stack.Count > 0)
                {
                    var (node, kind) = stack.Pop();
                    ref readonly var record = ref tree.Node(node);
                    if (record.TokenCount == 0) continue;
                    int id = record.Keyword;
                    Version? since = kind.Keywords is { } keywords && id >= 0 ? keywords[id] : null;
                    if (since is null || since.CompareTo(normalized) > 0)
                    {
                        var statement = config.NodeAt(node);
                        Report(view, context, statement, statement.Keyword, kind.Name, since, version);
                        continue;
                    }

                    if (!record.IsBlock || kind.ChildKind(id) is not { } childKind) continue;
                    var children = tree.ChildrenOf(node);
                    for (int i = children.Count - 1; i >= 0; i--) stack.Push((children[i], childKind));
                }
            }
        }

        /// <summary>
        /// A kind of block the catalogue may describe, one object per kind for every validation: its keyword table by
        /// keyword number, and the kind of the contents of each child block, worked out the first time it is met.
        /// </summary>
        private sealed class BlockKind
        {
            private static readonly ConcurrentDictionary<string, BlockKind> Kinds = new(StringComparer.Ordinal);

            // What a child kind slot holds for a block whose contents are not checked.
            private static readonly BlockKind Unchecked = new(string.Empty);

            // By keyword number: null until asked. Validations on several threads may fill a slot at once; they write the
            // same canonical object (Kinds hands out one per name).
            private readonly BlockKind?[] _children;

            private BlockKind(string name)
            {
                Name = name;
                Keywords = KeepalivedKeywordCatalogue.KeywordTableById(name);
                _children = new BlockKind?[name.Length == 0 ? 0 : KeepalivedSyntaxChecks.KeywordText.Length];
            }

            public string Name { get; }

            /// <summary>The version that added each keyword to this kind, by keyword number, or null when the catalogue does not describe it.</summary>
            public Version?[]? Keywords { get; }

            public static BlockKind Of(string name) => Kinds.GetOrAdd(name, static n => new BlockKind(n));

            /// <summary>The kind of the contents of a child block whose keyword number is <paramref name="keyword"/>, or null when they are not checked.</summary>
            public BlockKind? ChildKind(int keyword)
            {
                var known = Volatile.Read(ref _children[keyword]);
                if (known is null)
                {
                    known = HA2020Keywords.ChildKind(KeepalivedSyntaxChecks.KeywordText[keyword], Name) is { } child ? Of(child) : Unchecked;
                    Volatile.Write(ref _children[keyword], known);
                }

                return ReferenceEquals(known, Unchecked) ? null : known;
            }
        }

        /// <summary>Reports a statement whose keyword is too new (<paramref name="since"/>), misplaced or unknown in <paramref name="kind"/>.</summary>
        private static void Report(KeepalivedView view, ValidationContext context, KeepalivedStatement statement, string keyword, string kind, Version? since, Version version)
        {
            if (since is not null)
            {
                context.Report(RuleCatalogue.KeywordTooNew, view.Locate(statement), keyword, since, version);
                return;
            }

            var elsewhere = KeepalivedKeywordCatalogue.BlocksOf(keyword);
            if (elsewhere.Count > 0)
            {
                context.Report(RuleCatalogue.MisplacedKeyword, view.Locate(statement), keyword, Describe(kind), string.Join(" or ", Map(elsewhere)));
                return;
            }

            string? suggestion = KeepalivedKeywordCatalogue.Suggest(kind, keyword);
            context.Report(RuleCatalogue.UnknownKeyword, view.Locate(statement), keyword, Describe(kind), suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
        }

        /// <summary>The target as keywords' versions are compared with it (once per validation): without a patch number it means its x.y.0 release.</summary>
        private static Version Normalize(Version target) => new(target.Major, target.Minor, Math.Max(0, target.Build));

        /// <summary>The kind of a block's contents, or null when they are not checked.</summary>
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
