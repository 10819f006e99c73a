using System;
using HaConfig.Keepalived.Syntax;
using HaConfig.Syntax;

namespace HaConfig.Keepalived
{
    /// <summary>
    /// A node of a configuration's current tree, read in place: what the rules and the typed getters read of the
    /// settings they look up (a value, a word count) without making the node's statement view. A view made is kept for
    /// the configuration's lifetime, so on a large file the views of settings only read were most of what validation
    /// allocated and the garbage collector copied. <see cref="View"/> makes (or finds) the view, to report or edit.
    /// Internal, and meaningful only while the tree it was taken from is current (no edit in between).
    /// </summary>
    internal readonly struct StatementRef
    {
        private readonly KeepalivedConfig? _config;
        private readonly int _node;

        internal StatementRef(KeepalivedConfig config, int node)
        {
            _config = config;
            _node = node;
        }

        /// <summary>Whether a node was found (false for the default value).</summary>
        public bool IsFound => _config is not null;

        /// <summary>The node's statement view: the one it already has, or one made now.</summary>
        public KeepalivedStatement View => _config!.NodeAt(_node);

        /// <summary>Number of words, the keyword included (<see cref="KeepalivedStatement.WordCount"/>).</summary>
        public int WordCount => IsFound ? _config!.StatementTree.Node(_node).TokenCount : 0;

        /// <summary>Argument <paramref name="index"/> decoded, as a span (<see cref="KeepalivedStatement.TryGetArgumentSpan"/>); false when missing or not found.</summary>
        public bool TryGetArgumentSpan(int index, out ReadOnlySpan<char> value) => Words.TryGetArgumentSpan(index, out value);

        /// <summary>Whether argument <paramref name="index"/> is <paramref name="value"/>, without allocating (false when missing or not found).</summary>
        public bool ArgumentEquals(int index, string value) => Words.ArgumentEquals(index, value);

        /// <summary>Argument <paramref name="index"/> (<see cref="KeepalivedStatement.GetArgument"/>), or null when missing or not found.</summary>
        public string? GetArgument(int index) => Words.GetArgument(index);

        // A node not found has no words.
        private StatementWords Words
        {
            get
            {
                if (!IsFound) return default;
                ref readonly var record = ref _config!.StatementTree.Node(_node);
                return new StatementWords(_config.Document, record, record.TokenStart);
            }
        }
    }

    /// <summary>
    /// The words of one statement in its document, where its arguments are read: a statement view and a
    /// <see cref="StatementRef"/> read them the same way. The default value has no words.
    /// </summary>
    internal readonly struct StatementWords
    {
        private readonly SyntaxDocument? _document;
        private readonly int _line;
        private readonly int _keywordToken;
        private readonly int _count;

        /// <param name="document">The statement's document.</param>
        /// <param name="record">Its node in the current tree (line and word count).</param>
        /// <param name="keywordToken">The index of its keyword among the line's words.</param>
        public StatementWords(SyntaxDocument document, in NodeRecord record, int keywordToken)
        {
            _document = document;
            _line = record.Line;
            _keywordToken = keywordToken;
            _count = record.TokenCount;
        }

        public bool TryGetArgumentSpan(int index, out ReadOnlySpan<char> value)
        {
            if (index < 0 || index + 1 >= _count)
            {
                value = default;
                return false;
            }

            value = _document!.GetTokenValueSpan(_line, _keywordToken + index + 1);
            return true;
        }

        public string? GetArgument(int index) =>
            index >= 0 && index + 1 < _count ? _document!.GetTokenValue(_line, _keywordToken + index + 1) : null;

        public bool ArgumentEquals(int index, string value) =>
            index >= 0 && index + 1 < _count && _document!.TokenValueEquals(_line, _keywordToken + index + 1, value);
    }

    /// <summary>
    /// The child blocks of a block, in order, as views; the children that are not blocks are skipped without making
    /// theirs. Only blocks have typed views (<see cref="RealServer"/>, <see cref="Checker"/>…), so a loop looking for
    /// those reads the rest of the children in place.
    /// </summary>
    internal readonly struct ChildBlocks
    {
        private readonly KeepalivedConfig _config;
        private readonly int _parent;

        internal ChildBlocks(KeepalivedConfig config, int parent)
        {
            _config = config;
            _parent = parent;
        }

        public Enumerator GetEnumerator() => new(_config, _parent);

        /// <summary>A foreach over the child blocks without allocating.</summary>
        public struct Enumerator
        {
            private readonly KeepalivedConfig _config;
            private readonly KeepalivedTree _tree;
            private readonly ChildIndexes _children;
            private int _index;

            internal Enumerator(KeepalivedConfig config, int parent)
            {
                _config = config;
                _tree = config.StatementTree;
                _children = _tree.ChildrenOf(parent);
                _index = -1;
                Current = null!;
            }

            public KeepalivedBlock Current { get; private set; }

            public bool MoveNext()
            {
                while (++_index < _children.Count)
                {
                    int node = _children[_index];
                    if (!_tree.Node(node).IsBlock) continue;
                    Current = (KeepalivedBlock)_config.NodeAt(node);
                    return true;
                }

                return false;
            }
        }
    }
}
