using System;
using System.Collections.Generic;
using HaConfig.Keepalived.Syntax;

namespace HaConfig.Keepalived
{
    /// <summary>A statement followed by a <c>{ … }</c> block: its header words, its children and its braces, wherever they are placed.</summary>
    public class KeepalivedBlock : KeepalivedStatement
    {
        private const string IndentUnit = "    ";

        internal KeepalivedBlock(KeepalivedConfig config, int lineId, int tokenStart)
            : base(config, lineId, tokenStart)
        {
        }

        /// <summary>The block's name: its first argument (<c>vrrp_instance VI_1</c> → <c>VI_1</c>), or null.</summary>
        public virtual string? Name => GetArgument(0);

        /// <summary>The statements and blocks inside the braces, in order.</summary>
        public IReadOnlyList<KeepalivedStatement> Children => Config.ChildrenOf(RecordIndexChecked);

        /// <summary>The line of the closing brace, or null when the block is never closed.</summary>
        public KeepalivedLine? ClosingLine => Record.CloseLine < 0 ? null : Config.LineAt(Record.CloseLine);

        /// <summary>The child statements whose keyword is <paramref name="keyword"/> (condition prefixes ignored).</summary>
        public IEnumerable<KeepalivedStatement> FindAll(string keyword)
        {
            foreach (var child in ChildSlice)
            {
                if (child.IsKeywordInTree(keyword)) yield return child;
            }
        }

        /// <summary>The children, a run of the configuration's per-tree table: read only, never handed out.</summary>
        internal StatementSlice ChildSlice => Config.ChildSliceOf(RecordIndexChecked);

        /// <summary>The last child with this keyword (the one keepalived keeps for single-valued settings), or null.</summary>
        public KeepalivedStatement? Find(string keyword) => Config.FindChild(RecordIndexChecked, keyword, KeepalivedSyntaxChecks.KeywordId(keyword), blocksOnly: false);

        /// <summary>
        /// <see cref="FindRef"/> for several keywords in one pass over the children: <paramref name="found"/>[k] is the
        /// last child whose keyword is <paramref name="keywords"/>[k], read in place, or none. <paramref name="ids"/> are
        /// the keywords' numbers (<see cref="KeepalivedSyntaxChecks.KeywordIds"/>), compared with the children's records.
        /// </summary>
        internal void FindEach(string[] keywords, int[] ids, StatementRef[] found) => Config.FindEachChild(RecordIndexChecked, keywords, ids, found);

        /// <summary><see cref="Find"/> read in place, without making the found statement's view.</summary>
        internal StatementRef FindRef(string keyword) => Config.RefOf(Config.FindChildNode(RecordIndexChecked, keyword, KeepalivedSyntaxChecks.KeywordId(keyword), blocksOnly: false));

        /// <summary>The child blocks in order, without making the views of the other children.</summary>
        internal ChildBlocks ChildBlocks => new(Config, RecordIndexChecked);

        /// <summary>The last child block with this keyword, or null.</summary>
        public KeepalivedBlock? FindBlock(string keyword) => (KeepalivedBlock?)Config.FindChild(RecordIndexChecked, keyword, KeepalivedSyntaxChecks.KeywordId(keyword), blocksOnly: true);

        /// <summary>The child blocks, in order.</summary>
        public IEnumerable<KeepalivedBlock> Blocks
        {
            get
            {
                foreach (var child in ChildSlice)
                {
                    if (child is KeepalivedBlock block) yield return block;
                }
            }
        }

        /// <summary>
        /// Adds a child line at the end of the block, indented like its siblings (one level deeper than the header when
        /// it has none). Values are quoted as keepalived needs.
        /// </summary>
        public KeepalivedStatement Add(string keyword, params string[] arguments)
        {
            if (keyword is null) throw new ArgumentNullException(nameof(keyword));
            var words = new List<string> { keyword };
            words.AddRange(arguments ?? Array.Empty<string>());
            int index = InsertChildLine(JoinQuoted(words));
            return Config.StatementOnLine(index);
        }

        /// <summary>Adds a child block <c>keyword args {</c> … <c>}</c> at the end of the block.</summary>
        public KeepalivedBlock AddBlock(string keyword, params string[] arguments)
        {
            if (keyword is null) throw new ArgumentNullException(nameof(keyword));
            var words = new List<string> { keyword };
            words.AddRange(arguments ?? Array.Empty<string>());
            int index = InsertChildLine(JoinQuoted(words) + " {");
            string indentation = Config.LineAt(index).Indentation;
            Config.Document.InsertLine(index + 1, indentation + "}");
            return (KeepalivedBlock)Config.StatementOnLine(index);
        }

        /// <summary>The first argument of the last <paramref name="keyword"/> child, or null.</summary>
        protected string? GetValue(string keyword) => FindRef(keyword).GetArgument(0);

        /// <summary>Sets the first argument of the last <paramref name="keyword"/> child (one word), adds the line when absent, removes it when null.</summary>
        protected void SetValue(string keyword, string? value)
        {
            var existing = Find(keyword);
            if (value is null)
            {
                foreach (var statement in new List<KeepalivedStatement>(FindAll(keyword))) statement.Remove();
            }
            else if (existing is null)
            {
                Add(keyword, value);
            }
            else
            {
                existing.SetArgument(0, value);
            }
        }

        /// <summary>The last <paramref name="keyword"/> child's first argument as a number, or null.</summary>
        protected int? GetInt(string keyword) => ParseInt(GetValue(keyword));

        /// <summary>Sets a numeric value (see <see cref="SetValue"/>).</summary>
        protected void SetInt(string keyword, int? value) => SetValue(keyword, value is null ? null : Format(value.Value));

        /// <summary>Whether a flag keyword (<c>nopreempt</c>) is present.</summary>
        protected bool GetFlag(string keyword) => FindRef(keyword).IsFound;

        /// <summary>Adds or removes a flag keyword.</summary>
        protected void SetFlag(string keyword, bool value)
        {
            if (value && Find(keyword) is null) Add(keyword);
            else if (!value) SetValue(keyword, null);
        }

        /// <summary>The first word of every line inside the child block <paramref name="keyword"/> (names, addresses).</summary>
        protected IReadOnlyList<string> ListValues(string keyword)
        {
            var values = new List<string>();
            var block = FindBlock(keyword);
            if (block is null) return values;
            foreach (var child in block.ChildSlice) values.Add(child.Keyword);
            return values;
        }

        private string JoinQuoted(List<string> words)
        {
            var quoted = new string[words.Count];
            for (int i = 0; i < words.Count; i++) quoted[i] = Config.Document.Lexer.Quote(words[i]);
            return string.Join(" ", quoted);
        }

        /// <summary>Inserts a line inside the block and returns its index.</summary>
        private int InsertChildLine(string text)
        {
            var record = Record;
            string indentation = ChildIndentation(record);
            var document = Config.Document;
            if (record.CloseLine < 0)
            {
                int end = LastLineOfBlock();
                document.InsertLine(end + 1, indentation + text);
                return end + 1;
            }

            var close = Config.LineAt(record.CloseLine);
            int closeToken = record.CloseToken;
            if (closeToken == KeepalivedStructure.FirstStatementToken(document, close.Index, close.Kind))
            {
                int at = close.Index;
                document.InsertLine(at, indentation + text);
                return at;
            }

            // The closing brace shares its line with other words (a one-line block): move it and what follows to a line of its own.
            string content = close.Text;
            int braceStart = close.GetLocation(closeToken).Column - 1;
            string head = content.Substring(0, braceStart).TrimEnd(' ', '\t');
            string tail = content.Substring(braceStart);
            string headerIndentation = Line.Indentation;
            int closeIndex = close.Index;
            close.SetText(head);
            document.InsertLine(closeIndex + 1, indentation + text);
            document.InsertLine(closeIndex + 2, headerIndentation + tail);
            return closeIndex + 1;
        }

        private string ChildIndentation(NodeRecord record)
        {
            string? found = null;
            foreach (var child in ChildSlice)
            {
                if (child.TokenStart == KeepalivedStructure.FirstStatementToken(Config.Document, child.Line.Index, child.Line.Kind) && child.Line.Index != record.OpenLine)
                {
                    found = child.Line.Indentation;
                }
            }

            return found ?? Line.Indentation + IndentUnit;
        }

        private int LastLineOfBlock()
        {
            int last = Record.OpenLine;
            foreach (var child in ChildSlice)
            {
                int end = child is KeepalivedBlock block ? block.LastLineOfBlock() : child.Line.Index;
                if (end > last) last = end;
            }

            return last;
        }

        /// <summary>Removes the block: every line from its header to its closing brace.</summary>
        public override void Remove()
        {
            var record = Record;
            int first = Line.Index;
            int last = record.CloseLine >= 0 ? record.CloseLine : LastLineOfBlock();
            var document = Config.Document;
            bool headerStartsLine = TokenStart == KeepalivedStructure.FirstStatementToken(document, first, Line.Kind);
            bool closeEndsLine = record.CloseLine < 0 || record.CloseToken == document.GetLine(record.CloseLine).TokenCount - 1;
            if (!headerStartsLine || !closeEndsLine)
            {
                throw new InvalidOperationException("The block shares its first or last line with other statements; edit those lines through KeepalivedLine.");
            }

            for (int i = last; i >= first; i--) document.RemoveLine(i);
        }
    }
}
