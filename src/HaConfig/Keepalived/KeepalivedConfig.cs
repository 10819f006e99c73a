using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using HaConfig.Diagnostics;
using HaConfig.Keepalived.Syntax;
using HaConfig.Syntax;

namespace HaConfig.Keepalived
{
    /// <summary>
    /// A <c>keepalived.conf</c> file: the lossless text, its lines, its syntax diagnostics, the files it includes and a
    /// typed view of its blocks. <see cref="ToString"/> returns the exact text, with model edits applied to their lines only.
    /// </summary>
    public sealed partial class KeepalivedConfig
    {
        private readonly LineViews<KeepalivedLine> _lineViews;

        // The current tree's statement views, in the order of its child index (see NodeRecord.Slot): each block's children
        // side by side, so that a block's children are a run of this one array. Made one at a time, as asked for.
        private KeepalivedStatement?[]? _views;

        // By parent + 1: whether every view of the parent's children has been made.
        private bool[]? _childrenMade;
        private int _cacheGeneration = -1;

        // The views of earlier trees, by line identity and first word, so that a view handed out before an edit stays the
        // view of its node after it. Null until a tree is replaced: the views of the current tree are in _views, and
        // a file that is never edited (what validation reads) never pays for a map of every node.
        private Dictionary<long, KeepalivedStatement>? _nodeViews;
        private readonly List<KeepalivedInclude> _includes = new();
        private readonly List<Diagnostic> _includeDiagnostics = new();
        private KeepalivedTree? _tree;
        private int _treeVersion = -1;
        private int _generation;

        internal KeepalivedConfig(SyntaxDocument document)
        {
            Document = document;
            _lineViews = new LineViews<KeepalivedLine>(document, static (d, id) => new KeepalivedLine(d, id));
        }

        internal SyntaxDocument Document { get; }

        /// <summary>The file this configuration was read from, or null.</summary>
        public string? Path => Document.Path;

        /// <summary>The encoding the file was read with; <see cref="Save"/> writes with it so the bytes round-trip.</summary>
        public Encoding Encoding { get; private set; } = new UTF8Encoding(false);

        /// <summary>Parses text; never throws on bad input (problems become <see cref="Diagnostics"/>). Includes are not followed.</summary>
        /// <param name="text">The whole file.</param>
        /// <param name="path">The file name diagnostics carry.</param>
        public static KeepalivedConfig Parse(string text, string? path = null) => Parse(text, path, HaConfigLimits.Default);

        /// <summary>Parses text under <paramref name="limits"/>; never throws on bad input, a limit hit becomes a diagnostic.</summary>
        public static KeepalivedConfig Parse(string text, string? path, HaConfigLimits limits) =>
            new(LimitChecks.Parse(text ?? throw new ArgumentNullException(nameof(text)), path, KeepalivedLexer.Instance, limits ?? throw new ArgumentNullException(nameof(limits)))) { Limits = limits };

        /// <summary>The limits this configuration was parsed under.</summary>
        public HaConfigLimits Limits { get; private init; } = HaConfigLimits.Default;

        /// <summary>
        /// Reads and parses a file and, like keepalived, the files its <c>include</c> lines match (relative to the including
        /// file), confined to the main file's directory tree unless <paramref name="options"/> widens it.
        /// </summary>
        public static KeepalivedConfig Load(string path, KeepalivedLoadOptions? options = null)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            options ??= new KeepalivedLoadOptions();
            string full = System.IO.Path.GetFullPath(path);
            string root = System.IO.Path.GetFullPath(options.IncludeRoot ?? System.IO.Path.GetDirectoryName(full) ?? "/");
            return KeepalivedIncludeLoader.LoadFile(path, full, root, options, new List<string>());
        }

        /// <summary>
        /// Parses text that was read from <paramref name="path"/> and follows its includes from there, as
        /// <see cref="Load(string, KeepalivedLoadOptions?)"/> does, without reading the main file again.
        /// </summary>
        internal static KeepalivedConfig ParseAndFollowIncludes(string text, string path)
        {
            var options = new KeepalivedLoadOptions();
            string full = System.IO.Path.GetFullPath(path);
            string root = System.IO.Path.GetFullPath(System.IO.Path.GetDirectoryName(full) ?? "/");
            return KeepalivedIncludeLoader.FollowIncludes(Parse(text, path, options.Limits ?? HaConfigLimits.Default), full, root, options);
        }

        internal static KeepalivedConfig ReadFile(string path, HaConfigLimits limits)
        {
            var text = ConfigText.Read(path);
            var document = text.WideEncoding is { } wide
                ? SyntaxDocument.Parse(text.Text, path, new OpaqueLexer(KeepalivedLexer.Instance, Validation.RuleCatalogue.Utf16File, wide))
                : LimitChecks.Parse(text.Text, path, KeepalivedLexer.Instance, limits, text.ByteLength);
            return new KeepalivedConfig(document) { Limits = limits, Encoding = text.Encoding };
        }

        internal void AddInclude(KeepalivedInclude include) => _includes.Add(include);

        internal void AddIncludeDiagnostic(Diagnostic diagnostic) => _includeDiagnostics.Add(diagnostic);

        /// <summary>The <c>include</c> lines of this file and the files each matched (empty for <see cref="Parse(string, string?)"/>).</summary>
        public IReadOnlyList<KeepalivedInclude> Includes => _includes;

        /// <summary>Every physical line of this file, blank and comment lines included.</summary>
        public IReadOnlyList<KeepalivedLine> Lines
        {
            get
            {
                var lines = new KeepalivedLine[Document.LineCount];
                for (int i = 0; i < lines.Length; i++) lines[i] = LineAt(i);
                return lines;
            }
        }

        /// <summary>
        /// Lexical and structural problems (HA0xxx) of this file and of the files it includes. A secret a message would
        /// quote is shown as <c>&lt;redacted&gt;</c>; <see cref="Validate"/> with <see cref="Validation.ValidationOptions.ShowSecrets"/> shows it.
        /// </summary>
        public IReadOnlyList<Diagnostic> Diagnostics
        {
            get
            {
                var all = SyntaxDiagnostics;
                if (all.Count == 0) return all;
                var secrets = new Validation.SecretValues();
                secrets.Add(this);
                return secrets.Redact(all);
            }
        }

        /// <summary>The syntax diagnostics of this file and its includes as made, secrets included: validation redacts them as its options say.</summary>
        internal List<Diagnostic> SyntaxDiagnostics
        {
            get
            {
                var all = new List<Diagnostic>(Tree.Diagnostics);
                all.AddRange(_includeDiagnostics);
                foreach (var include in _includes)
                {
                    foreach (var file in include.Files) all.AddRange(file.SyntaxDiagnostics);
                }

                return all;
            }
        }

        /// <summary>Whether any diagnostic is an error.</summary>
        public bool HasErrors
        {
            get
            {
                foreach (var diagnostic in SyntaxDiagnostics)
                {
                    if (diagnostic.Severity == DiagnosticSeverity.Error) return true;
                }

                return false;
            }
        }

        /// <summary>The top-level statements and blocks of this file only.</summary>
        public IReadOnlyList<KeepalivedStatement> Statements => ChildrenOf(-1);

        /// <summary>
        /// The top-level statements of this file with those of included files spliced in at their <c>include</c> line,
        /// as keepalived reads them. Each keeps its own file and line.
        /// </summary>
        public IEnumerable<KeepalivedStatement> AllStatements
        {
            get
            {
                foreach (var statement in ChildSliceOf(-1))
                {
                    yield return statement;
                    if (_includes.Count == 0 || statement.Line.Kind != KeepalivedLineKind.Include) continue;
                    foreach (var include in _includes)
                    {
                        if (include.Line.Id != statement.LineId) continue;
                        foreach (var file in include.Files)
                        {
                            foreach (var nested in file.AllStatements) yield return nested;
                        }
                    }
                }
            }
        }

        /// <summary>The exact text of this file: the source as read, with model edits applied to their lines.</summary>
        public override string ToString() => Document.ToString();

        /// <summary>
        /// The text in canonical formatting (four spaces per open brace, single spaces, a final line feed). Braces stay
        /// on their lines and words keep their raw text, so the formatted file means what this one means.
        /// </summary>
        public string ToFormattedString() => KeepalivedFormatter.Format(Document);

        /// <summary>Writes the exact text.</summary>
        public void WriteTo(TextWriter writer) => Document.WriteTo(writer);

        /// <summary>Writes the text to <paramref name="path"/> atomically (temporary file renamed over the target).</summary>
        public void Save(string path) => AtomicFile.WriteAllBytes(path, ConfigText.Encode(ToString(), Encoding));

        /// <summary>Appends a top-level block <c>keyword args {</c> / <c>}</c> at the end of the file, after a blank line.</summary>
        public KeepalivedBlock AddBlock(string keyword, params string[] arguments)
        {
            if (keyword is null) throw new ArgumentNullException(nameof(keyword));
            int at = Document.LineCount;
            if (at > 0 && Document.GetLine(at - 1).Kind != (byte)KeepalivedLineKind.Blank) Document.InsertLine(at++, string.Empty);
            var words = new List<string> { Document.Lexer.Quote(keyword) };
            foreach (var argument in arguments ?? Array.Empty<string>()) words.Add(Document.Lexer.Quote(argument));
            Document.InsertLine(at, string.Join(" ", words) + " {");
            Document.InsertLine(at + 1, "}");
            return (KeepalivedBlock)StatementOnLine(at);
        }

        internal KeepalivedLine LineAt(int index) => _lineViews.At(index);

        internal KeepalivedLine LineById(int id) => _lineViews.ById(id);

        /// <summary>
        /// Builds what the rules read lazily and is not safe to build from several threads (the block tree, the table of
        /// statement views, the line table and index, in this file and the files it includes), so that rules running on
        /// several threads only read the model or fill slots of those tables (see <see cref="ViewOf"/>).
        /// </summary>
        internal void PrepareForConcurrentReads()
        {
            _lineViews.PrepareForConcurrentReads();
            EnsureCaches(Tree);
            foreach (var include in _includes)
            {
                foreach (var file in include.Files) file.PrepareForConcurrentReads();
            }
        }

        /// <summary>The current block tree, for readers that walk its records instead of asking for statement views.</summary>
        internal KeepalivedTree StatementTree => Tree;

        // Every read of a statement asks for the tree: the check that it is current stays small enough to inline, and
        // building one is a call of its own.
        private KeepalivedTree Tree
        {
            get
            {
                var tree = _tree;
                return tree is not null && _treeVersion == Document.Version ? tree : BuildTree();
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private KeepalivedTree BuildTree()
        {
            KeepEarlierViews();
            var tree = KeepalivedStructure.Build(Document, Limits);
            _tree = tree;
            _treeVersion = Document.Version;
            _generation++;
            if (_nodeViews is not null)
            {
                for (int i = 0; i < tree.NodeCount; i++)
                {
                    if (_nodeViews.TryGetValue(KeyOf(tree.Node(i)), out var view))
                    {
                        view.RecordIndex = i;
                        view.Generation = _generation;
                    }
                }
            }

            return tree;
        }

        private long KeyOf(in NodeRecord record) => ((long)Document.GetLine(record.Line).Id << 32) | (uint)record.TokenStart;

        private static long KeyOf(KeepalivedStatement view) => ((long)view.LineId << 32) | (uint)view.TokenStart;

        /// <summary>
        /// Moves the views the current tree handed out into the map of earlier views, before the tree is replaced: a
        /// view was made from its record's line and first word, so its key is the one its record had.
        /// </summary>
        private void KeepEarlierViews()
        {
            var cache = _views;
            if (cache is null) return;
            var views = _nodeViews ??= new Dictionary<long, KeepalivedStatement>(cache.Length);
            foreach (var view in cache)
            {
                if (view is not null) views[KeyOf(view)] = view;
            }

            _views = null;
            _childrenMade = null;
        }

        internal ref readonly NodeRecord RecordOf(KeepalivedStatement statement)
        {
            var tree = Tree;
            if (statement.Generation != _generation) ThrowRemoved();
            return ref tree.Node(statement.RecordIndex);
        }

        private static void ThrowRemoved() => throw new InvalidOperationException("The statement was removed from the configuration.");

        /// <summary>
        /// Whether <paramref name="statement"/> is the view this tree handed out for its node, so that the keyword it
        /// was created with is its current keyword.
        /// </summary>
        internal bool IsCurrentView(KeepalivedStatement statement)
        {
            _ = Tree;
            return _views is not null && _cacheGeneration == _generation && statement.Generation == _generation
                && (uint)statement.RecordIndex < (uint)_tree!.NodeCount && ReferenceEquals(_views[_tree.Node(statement.RecordIndex).Slot], statement);
        }

        internal bool IsStale(KeepalivedStatement statement)
        {
            _ = Tree;
            return statement.Generation != _generation;
        }

        internal IReadOnlyList<KeepalivedStatement> ChildrenOf(int parent) => ChildSliceOf(parent).ToArray();

        /// <summary>
        /// The children of node <paramref name="parent"/> (-1: the top level), built once per tree (per document version).
        /// Shared: callers inside the library only read it; the public accessors hand out copies.
        /// </summary>
        internal StatementSlice ChildSliceOf(int parent)
        {
            var tree = TreeWithCaches();
            var indexes = tree.ChildrenOf(parent);

            // Rules on several threads may make a block's children at once: each slot keeps the first view made, and the
            // flag is published after the slots, so a reader that sees it set sees every child.
            if (!Volatile.Read(ref _childrenMade![parent + 1]))
            {
                for (int i = 0; i < indexes.Count; i++) ViewOf(tree, indexes[i]);
                Volatile.Write(ref _childrenMade[parent + 1], true);
            }

            return new StatementSlice(_views!, indexes.Start, indexes.Count);
        }

        /// <summary>
        /// The last child of node <paramref name="parent"/> whose keyword is <paramref name="keyword"/> (number
        /// <paramref name="id"/>, <see cref="KeepalivedSyntaxChecks.KeywordId(string)"/>), only a block when
        /// <paramref name="blocksOnly"/>, or null. The children are compared by their records: only the one found is made a view.
        /// </summary>
        internal KeepalivedStatement? FindChild(int parent, string keyword, int id, bool blocksOnly)
        {
            int node = FindChildNode(parent, keyword, id, blocksOnly);
            return node < 0 ? null : NodeAt(node);
        }

        /// <summary><see cref="FindChild"/>'s node, or -1: no view is made.</summary>
        internal int FindChildNode(int parent, string keyword, int id, bool blocksOnly)
        {
            var tree = Tree;
            var indexes = tree.ChildrenOf(parent);
            for (int i = indexes.Count - 1; i >= 0; i--)
            {
                int node = indexes[i];
                ref readonly var record = ref tree.Node(node);
                if ((!blocksOnly || record.IsBlock) && KeywordMatches(record, keyword, id)) return node;
            }

            return -1;
        }

        /// <summary>
        /// <see cref="FindChildNode"/> for several keywords in one pass over the children of node <paramref name="parent"/>:
        /// <paramref name="found"/>[k] is the last child whose keyword is <paramref name="keywords"/>[k] (number
        /// <paramref name="ids"/>[k]), read in place, or none. No view is made.
        /// </summary>
        internal void FindEachChild(int parent, string[] keywords, int[] ids, StatementRef[] found)
        {
            Array.Clear(found, 0, keywords.Length);
            var tree = Tree;
            var indexes = tree.ChildrenOf(parent);
            int missing = keywords.Length;
            for (int i = indexes.Count - 1; i >= 0 && missing > 0; i--)
            {
                int node = indexes[i];
                ref readonly var record = ref tree.Node(node);
                for (int k = 0; k < keywords.Length; k++)
                {
                    if (!found[k].IsFound && KeywordMatches(record, keywords[k], ids[k]))
                    {
                        found[k] = new StatementRef(this, node);
                        missing--;
                        break;
                    }
                }
            }
        }

        /// <summary>Node <paramref name="node"/> of the current tree to read in place, or none for -1.</summary>
        internal StatementRef RefOf(int node) => node < 0 ? default : new StatementRef(this, node);

        /// <summary>
        /// Whether the view of node <paramref name="record"/> would answer <see cref="KeepalivedStatement.IsKeywordInTree"/>
        /// with true: its keyword is <paramref name="keyword"/>, whose number is <paramref name="id"/> (a keyword without
        /// a number is no node's that has one).
        /// </summary>
        private bool KeywordMatches(in NodeRecord record, string keyword, int id) =>
            record.TokenCount > 0 && (id >= 0 ? record.Keyword == id : record.Keyword < 0 && KeepalivedSyntaxChecks.KeywordEquals(Document, record, keyword));

        /// <summary>The current tree, with its tables of views made for it.</summary>
        private KeepalivedTree TreeWithCaches()
        {
            var tree = Tree;
            EnsureCaches(tree);
            return tree;
        }

        private void EnsureCaches(KeepalivedTree tree)
        {
            if (_cacheGeneration == _generation && _views is not null) return;
            _views = new KeepalivedStatement?[tree.NodeCount];
            _childrenMade = new bool[tree.NodeCount + 1];
            _cacheGeneration = _generation;
        }

        internal KeepalivedStatement NodeAt(int index)
        {
            var tree = TreeWithCaches();
            return ViewOf(tree, index);
        }

        /// <summary>
        /// The view of node <paramref name="index"/> of <paramref name="tree"/>, the current tree, whose caches are made.
        /// Views are made when first asked for, not all at once: validation asks for about four in five of a typical
        /// file's statements, and a view not made is an object the garbage collector never copies.
        /// </summary>
        private KeepalivedStatement ViewOf(KeepalivedTree tree, int index)
        {
            // Within one tree the view of a node never changes: answer from the per-tree table when it was asked before.
            ref readonly var record = ref tree.Node(index);
            var views = _views!;
            if (views[record.Slot] is { } known) return known;
            KeepalivedStatement? view = null;
            if (_nodeViews is not null && (!_nodeViews.TryGetValue(KeyOf(record), out view) || !KeepalivedSyntaxChecks.KeywordEquals(Document, record, view.CreatedKeyword) || (view is KeepalivedBlock) != record.IsBlock))
            {
                view = null;
            }

            if (view is null)
            {
                string parentKeyword = string.Empty;
                if (record.Parent >= 0)
                {
                    ref readonly var parent = ref tree.Node(record.Parent);
                    parentKeyword = views[parent.Slot]?.CreatedKeyword ?? KeepalivedSyntaxChecks.KeywordOf(Document, parent);
                }

                view = CreateView(record, parentKeyword);
            }

            return Keep(view, index, record, views);
        }

        /// <summary>A new view of node <paramref name="record"/>, typed by its keyword and its parent's.</summary>
        private KeepalivedStatement CreateView(in NodeRecord record, string parentKeyword)
        {
            string keyword = KeepalivedSyntaxChecks.KeywordOf(Document, record);
            var view = KeepalivedNodeFactory.Create(this, Document.GetLine(record.Line).Id, record, keyword, parentKeyword);
            view.CreatedKeyword = keyword;
            return view;
        }

        /// <summary>Binds <paramref name="view"/> to node <paramref name="index"/> of the current tree and keeps it in the tree's table.</summary>
        private KeepalivedStatement Keep(KeepalivedStatement view, int index, in NodeRecord record, KeepalivedStatement?[] views)
        {
            view.RecordIndex = index;
            view.Generation = _generation;

            // Rules on several threads may make the same node's view at once: the first one kept is the node's view.
            return Interlocked.CompareExchange(ref views[record.Slot], view, null) ?? view;
        }

        /// <summary>The first statement that starts on line <paramref name="index"/>.</summary>
        internal KeepalivedStatement StatementOnLine(int index)
        {
            var tree = Tree;
            for (int i = 0; i < tree.NodeCount; i++)
            {
                if (tree.Node(i).Line == index) return NodeAt(i);
            }

            throw new InvalidOperationException("No statement starts on line " + (index + 1) + ".");
        }
    }
}
