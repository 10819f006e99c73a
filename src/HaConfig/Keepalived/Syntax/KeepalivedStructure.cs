using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Syntax;
using HaConfig.Text;
using HaConfig.Validation;

namespace HaConfig.Keepalived.Syntax
{
    /// <summary>One node of the block structure: a run of words between braces, and the braces of its block if it opens one.</summary>
    internal struct NodeRecord
    {
        /// <summary>Line of the words, or of the <c>{</c> for a block without a keyword.</summary>
        public int Line;
        public int TokenStart;

        /// <summary>Number of words (0 for a block without a keyword).</summary>
        public int TokenCount;

        /// <summary>Line of the opening brace, or -1 for a statement that opens no block.</summary>
        public int OpenLine;
        public int OpenToken;

        /// <summary>Line of the closing brace, or -1 when it is missing.</summary>
        public int CloseLine;
        public int CloseToken;
        public int Parent;

        /// <summary>The keyword's index in <see cref="KeepalivedSyntaxChecks.KeywordText"/>, or -1 (unknown, or no keyword).</summary>
        public int Keyword;

        /// <summary>Where the node is in the tree's child index (<see cref="ChildIndexes.Start"/> of its parent's children plus its position among them).</summary>
        public int Slot;

        public readonly bool IsBlock => OpenLine >= 0;
    }

    /// <summary>The node indexes of one block's children, in order: a slice of the tree's shared child index.</summary>
    internal readonly struct ChildIndexes
    {
        private readonly int[] _all;
        private readonly int _start;

        public ChildIndexes(int[] all, int start, int count)
        {
            _all = all;
            _start = start;
            Count = count;
        }

        public int Count { get; }

        /// <summary>Where the first child is in the tree's child index.</summary>
        public int Start => _start;

        public int this[int index] => (uint)index < (uint)Count ? _all[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>The block structure of one file, computed from brace words across lines (never stored in the lines).</summary>
    internal sealed class KeepalivedTree
    {
        // An array rather than a list: readers take a node by reference instead of copying the record out of a list.
        private NodeRecord[] _nodes;

        public KeepalivedTree(int capacity = 0)
        {
            _nodes = capacity == 0 ? Array.Empty<NodeRecord>() : new NodeRecord[capacity];
        }

        public int NodeCount { get; private set; }

        /// <summary>Node <paramref name="index"/>.</summary>
        public ref readonly NodeRecord Node(int index)
        {
            // The throw in a method of its own keeps this one small enough to inline: every read of a statement comes here.
            if ((uint)index >= (uint)NodeCount) ThrowIndexOutOfRange();
            return ref _nodes[index];
        }

        private static void ThrowIndexOutOfRange() => throw new ArgumentOutOfRangeException("index");

        /// <summary>Every node, in node order: for a pass over all of them without a check of each index.</summary>
        public ReadOnlySpan<NodeRecord> Nodes => _nodes.AsSpan(0, NodeCount);

        /// <summary>Node <paramref name="index"/>, to fill in while the tree is built.</summary>
        internal ref NodeRecord Edit(int index)
        {
            if ((uint)index >= (uint)NodeCount) throw new ArgumentOutOfRangeException(nameof(index));
            return ref _nodes[index];
        }

        internal void Add(in NodeRecord node)
        {
            if (NodeCount == _nodes.Length) Array.Resize(ref _nodes, Math.Max(16, _nodes.Length * 2));
            _nodes[NodeCount++] = node;
        }

        public List<Diagnostic> Diagnostics { get; } = new();

        /// <summary>
        /// Every node's index grouped by parent (the top level first), each group in file order; <see cref="_childStart"/>
        /// [p + 1] is where parent p's group starts. Two arrays for the whole tree instead of a list per block, and nothing
        /// made on a read, so a built tree never changes.
        /// </summary>
        private int[] _children = Array.Empty<int>();
        private int[] _childStart = { 0, 0 };

        /// <summary>The children of node <paramref name="parent"/> (-1: the top level).</summary>
        public ChildIndexes ChildrenOf(int parent) => new(_children, _childStart[parent + 1], _childStart[parent + 2] - _childStart[parent + 1]);

        /// <summary>Groups the nodes by parent, once they are all made (a node's parent is set when it is made and never changes).</summary>
        public void IndexChildren()
        {
            int count = NodeCount;
            var nodes = _nodes;

            // start[p + 2] counts parent p's children, then (summed) is where p's group ends; filling the groups from the
            // back, in reverse node order, moves it down to where the group starts and keeps each group in file order
            // (instead of filling forwards from a copy of the starts).
            var start = new int[count + 2];
            for (int i = 0; i < count; i++) start[nodes[i].Parent + 2]++;
            for (int p = 2; p < start.Length; p++) start[p] += start[p - 1];
            var children = new int[count];
            for (int i = count - 1; i >= 0; i--)
            {
                int slot = --start[nodes[i].Parent + 2];
                children[slot] = i;
                nodes[i].Slot = slot;
            }

            // Now start[p + 2] is where p's group starts: shifted down by one, start[p + 1] starts it and start[p + 2] ends it.
            Array.Copy(start, 1, start, 0, count + 1);
            start[count + 1] = count;
            _children = children;
            _childStart = start;
        }
    }

    /// <summary>Builds the block tree iteratively (any nesting depth) and reports unbalanced braces as diagnostics.</summary>
    internal static class KeepalivedStructure
    {
        public static KeepalivedTree Build(SyntaxDocument document) => Build(document, HaConfigLimits.Default);

        /// <summary>
        /// Builds the tree; blocks deeper than <see cref="HaConfigLimits.MaxNestingDepth"/> are flattened into the deepest
        /// allowed block (their braces still balance, on a separate stack) so that no consumer recursing over the tree
        /// can overflow the stack.
        /// </summary>
        public static KeepalivedTree Build(SyntaxDocument document, HaConfigLimits limits)
        {
            // About one node per line of words other than braces: sizing the node array up front saves its growth copies
            // on large files (and a line of braces only, a sixth of a typical file, makes none). The kinds say it.
            int estimate = 0;
            for (int line = 0; line < document.LineCount; line++)
            {
                if ((KeepalivedLineKind)document.GetLine(line).Kind is KeepalivedLineKind.Statement or KeepalivedLineKind.Conditional or KeepalivedLineKind.Sequence or KeepalivedLineKind.Include) estimate++;
            }

            var tree = new KeepalivedTree(estimate);
            var diagnostics = new List<Diagnostic>();
            LimitChecks.Check(document, limits, diagnostics);
            tree.Diagnostics.AddRange(diagnostics);
            var open = new Stack<int>();
            var flattened = new Stack<int>();
            bool reportedDepth = false;
            int pending = -1;

            // A sequence specification starts with '~': a text never edited (one string) without one has none to skip.
            bool mayHaveSequences = document.Version != 0 || document.ToString().IndexOf('~') >= 0;
            for (int line = 0; line < document.LineCount; line++)
            {
                ref readonly var record = ref document.GetLine(line);
                if (record.Length > limits.MaxLineLength) continue; // reported as HA0041 and not interpreted: bounds the work per line
                if (record.HasErrors)
                {
                    foreach (var error in document.GetErrors(line))
                    {
                        tree.Diagnostics.Add(Make(error.Rule, new SourceLocation(document.Path, line + 1, error.Column + 1, line + 1, error.Column + 1 + error.Length), error.Args));
                    }
                }

                var kind = (KeepalivedLineKind)record.Kind;
                if (kind is KeepalivedLineKind.Blank or KeepalivedLineKind.Comment or KeepalivedLineKind.Definition or KeepalivedLineKind.DefinitionContinuation) continue;
                if (kind == KeepalivedLineKind.Conditional && IsConditionalDefinition(document, line)) continue;
                int t = mayHaveSequences ? FirstStatementToken(document, line, kind) : kind == KeepalivedLineKind.Conditional ? 1 : 0;
                int segment = t;

                // A line without a brace character has no brace word: its words from the first are one statement.
                if (document.GetContent(line).IndexOfAny('{', '}') < 0) t = record.TokenCount;
                for (; t <= record.TokenCount; t++)
                {
                    bool end = t == record.TokenCount;
                    bool brace = !end && (document.GetToken(line, t).Flags & TokenFlags.Brace) != 0;
                    if (!end && !brace) continue;
                    if (t > segment)
                    {
                        pending = tree.NodeCount;
                        int parent = open.Count > 0 ? open.Peek() : -1;
                        tree.Add(new NodeRecord { Line = line, TokenStart = segment, TokenCount = t - segment, Parent = parent, OpenLine = -1, CloseLine = -1, Keyword = KeepalivedSyntaxChecks.KeywordId(document, line, segment) });
                    }

                    segment = t + 1;
                    if (end) break;
                    bool opening = document.GetTokenRaw(line, t)[0] == '{';
                    if (opening && open.Count >= limits.MaxNestingDepth)
                    {
                        if (!reportedDepth) tree.Diagnostics.Add(Make(RuleCatalogue.NestingTooDeep, TokenLocation(document, line, t), limits.MaxNestingDepth));
                        reportedDepth = true;
                        pending = Open(document, tree, flattened, pending, line, t, open);
                    }
                    else if (opening) pending = Open(document, tree, open, pending, line, t, open);
                    else pending = Close(document, tree, flattened.Count > 0 ? flattened : open, line, t);
                }
            }

            while (open.Count > 0 || flattened.Count > 0)
            {
                ref readonly var node = ref tree.Node(flattened.Count > 0 ? flattened.Pop() : open.Pop());
                string name = node.TokenCount > 0 ? document.GetTokenValue(node.Line, node.TokenStart) : "{";
                tree.Diagnostics.Add(Make(RuleCatalogue.MissingClosingBrace, TokenLocation(document, node.OpenLine, node.OpenToken), name));
            }

            tree.IndexChildren();
            KeepalivedSyntaxChecks.Check(document, tree);
            tree.Diagnostics.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
            return tree;
        }

        private static int Open(SyntaxDocument document, KeepalivedTree tree, Stack<int> open, int pending, int line, int token, Stack<int> parents)
        {
            int index = pending;
            if (index < 0)
            {
                tree.Diagnostics.Add(Make(RuleCatalogue.UnexpectedOpenBrace, TokenLocation(document, line, token)));
                int parent = parents.Count > 0 ? parents.Peek() : -1;
                index = tree.NodeCount;
                tree.Add(new NodeRecord { Line = line, TokenStart = token, TokenCount = 0, Parent = parent, CloseLine = -1, Keyword = -1 });
            }

            ref var node = ref tree.Edit(index);
            node.OpenLine = line;
            node.OpenToken = token;
            open.Push(index);
            return -1;
        }

        private static int Close(SyntaxDocument document, KeepalivedTree tree, Stack<int> open, int line, int token)
        {
            if (open.Count == 0)
            {
                tree.Diagnostics.Add(Make(RuleCatalogue.ExtraClosingBrace, TokenLocation(document, line, token)));
                return -1;
            }

            ref var node = ref tree.Edit(open.Pop());
            node.CloseLine = line;
            node.CloseToken = token;
            return -1;
        }

        /// <summary>The first word of the statement: after an <c>@id</c> prefix and <c>~SEQ(…)</c> specifications.</summary>
        internal static int FirstStatementToken(SyntaxDocument document, int line, KeepalivedLineKind kind)
        {
            int t = kind == KeepalivedLineKind.Conditional ? 1 : 0;
            int count = document.GetLine(line).TokenCount;
            while (t < count && IsSequenceSpec(document, line, t)) t++;
            return t;
        }

        internal static bool IsSequenceSpec(SyntaxDocument document, int line, int token)
        {
            var raw = document.GetTokenRaw(line, token);
            return raw.Length > 4 && raw[0] == '~' && (document.GetToken(line, token).Flags & (TokenFlags.Brace | TokenFlags.DoubleQuoted)) == 0 && raw[raw.Length - 1] == ')';
        }

        private static bool IsConditionalDefinition(SyntaxDocument document, int line)
        {
            if (document.GetLine(line).TokenCount < 2 || document.GetTokenRaw(line, 1)[0] != '$') return false;
            var content = document.GetContent(line);
            int end = document.GetToken(line, 1).End;
            return end < content.Length && content[end] == '=';
        }

        internal static SourceLocation TokenLocation(SyntaxDocument document, int line, int token)
        {
            var record = document.GetToken(line, token);
            return new SourceLocation(document.Path, line + 1, record.Start + 1, line + 1, record.End + 1);
        }

        internal static Diagnostic Make(DiagnosticDescriptor rule, SourceLocation location, params object?[] args) =>
            new(rule, rule.DefaultSeverity, rule.FormatMessage(args), location);
    }
}
