using System;
using System.Collections.Generic;
using HaConfig.Keepalived.Syntax;
using HaConfig.Text;

namespace HaConfig.Keepalived
{
    /// <summary>
    /// A keyword and its values as keepalived reads them: the words of a line between braces. A line may hold several
    /// (<c>virtual_ipaddress { 10.0.0.1/24 }</c> holds the block header and its one value). Typed nodes derive from it,
    /// so every statement, known or not, stays reachable this way.
    /// </summary>
    public class KeepalivedStatement
    {
        internal KeepalivedStatement(KeepalivedConfig config, int lineId, int tokenStart)
        {
            Config = config;
            LineId = lineId;
            TokenStart = tokenStart;
        }

        /// <summary>The file holding the statement.</summary>
        public KeepalivedConfig Config { get; }

        /// <summary>The line of the statement's words, for raw access.</summary>
        /// <remarks>
        /// Looked up in the configuration's table of line views, not kept: validation reads the words through the document
        /// and asks few statements for their line, so a field per statement would be memory for nothing.
        /// </remarks>
        public KeepalivedLine Line => Config.LineById(LineId);

        /// <summary>The identity of <see cref="Line"/>.</summary>
        internal int LineId { get; }

        /// <summary>
        /// <see cref="Line"/>'s index without the line's view: validation asks it of every tracker, and a line view made
        /// for it is an object kept for the configuration's lifetime (and its table, a reference per line).
        /// </summary>
        internal int LineIndex
        {
            get
            {
                int index = Config.Document.IndexOfId(LineId);
                if (index < 0) throw new InvalidOperationException("The line was removed from the document.");
                return index;
            }
        }

        /// <summary>Index of the keyword among the line's words.</summary>
        public int TokenStart { get; }

        internal int RecordIndex { get; set; } = -1;

        internal int Generation { get; set; } = -1;

        internal string CreatedKeyword { get; set; } = string.Empty;

        internal ref readonly NodeRecord Record => ref Config.RecordOf(this);

        /// <summary><see cref="RecordIndex"/> once checked to be a node of the current tree (the statement was not removed).</summary>
        internal int RecordIndexChecked
        {
            get
            {
                _ = Record;
                return RecordIndex;
            }
        }

        /// <summary>Number of words, the keyword included.</summary>
        public int WordCount => Record.TokenCount;

        /// <summary>The keyword (<c>{</c> for a block without one).</summary>
        public string Keyword => Config.IsCurrentView(this) ? CreatedKeyword : WordCount > 0 ? Line.GetValue(TokenStart) : "{";

        /// <summary>The words after the keyword, decoded.</summary>
        public IReadOnlyList<string> Arguments
        {
            get
            {
                ref readonly var record = ref Record;
                int count = record.TokenCount;
                var values = new string[Math.Max(0, count - 1)];
                for (int i = 1; i < count; i++) values[i - 1] = Config.Document.GetTokenValue(record.Line, TokenStart + i);
                return values;
            }
        }

        // The words are read through the current tree's record of the statement, whose line index is current: no line
        // view is needed, and a removed statement throws (Record) as it always did.

        /// <summary>Argument <paramref name="index"/> (0 = the first word after the keyword), or null.</summary>
        public string? GetArgument(int index) => Words.GetArgument(index);

        /// <summary>The statement's words as its current record places them.</summary>
        private StatementWords Words => new(Config.Document, Record, TokenStart);

        /// <summary>Whether argument <paramref name="index"/> is <paramref name="value"/> (false when missing), without allocating.</summary>
        internal bool ArgumentEquals(int index, string value) => Words.ArgumentEquals(index, value);

        /// <summary>
        /// Argument <paramref name="index"/> decoded, as a span (no string for a plain word): the rules' fast path for
        /// values they only parse or compare. False when the argument is missing.
        /// </summary>
        internal bool TryGetArgumentSpan(int index, out ReadOnlySpan<char> value) => Words.TryGetArgumentSpan(index, out value);

        /// <summary>Sets argument <paramref name="index"/>: only that word is rewritten; one past the last appends a word.</summary>
        public void SetArgument(int index, string value)
        {
            int count = WordCount;
            if (index < 0 || index + 1 > count) throw new ArgumentOutOfRangeException(nameof(index));
            if (index + 1 == count) Line.InsertValues(TokenStart + count, value);
            else Line.SetValue(TokenStart + index + 1, value);
        }

        /// <summary>Whether the statement's keyword is <paramref name="keyword"/>, without allocating.</summary>
        internal bool IsKeyword(string keyword)
        {
            ref readonly var record = ref Record;
            return record.TokenCount > 0 && Config.Document.TokenValueEquals(record.Line, TokenStart, keyword);
        }

        /// <summary>
        /// <see cref="IsKeyword"/> for a view taken from the current tree's cache (a child array): its keyword is the one it
        /// was created with, so a string comparison answers (the strings are usually the same interned instance).
        /// </summary>
        internal bool IsKeywordInTree(string keyword) =>
            string.Equals(CreatedKeyword, keyword, StringComparison.Ordinal) && (keyword.Length != 1 || keyword[0] != '{' || WordCount > 0);

        /// <summary>The value after <paramref name="option"/> among the arguments (<c>weight 10</c> → <c>"10"</c>), or null.</summary>
        public string? GetOption(string option)
        {
            ref readonly var record = ref Record;
            var document = Config.Document;
            for (int i = 1; i + 1 < record.TokenCount; i++)
            {
                if (document.TokenValueEquals(record.Line, TokenStart + i, option)) return document.GetTokenValue(record.Line, TokenStart + i + 1);
            }

            return null;
        }

        /// <summary>Whether <paramref name="word"/> is one of the arguments.</summary>
        public bool HasArgument(string word)
        {
            ref readonly var record = ref Record;
            for (int i = 1; i < record.TokenCount; i++)
            {
                if (Config.Document.TokenValueEquals(record.Line, TokenStart + i, word)) return true;
            }

            return false;
        }

        /// <summary>The <c>@id</c>/<c>@^id</c> condition of the line when this is its first statement, or null.</summary>
        public string? Condition => Line.Kind == KeepalivedLineKind.Conditional && TokenStart == KeepalivedStructure.FirstStatementToken(Config.Document, Line.Index, KeepalivedLineKind.Conditional) ? Line.GetValue(0) : null;

        /// <summary>The block holding the statement, or null at the top level.</summary>
        public KeepalivedBlock? Parent => Record.Parent < 0 ? null : Config.NodeAt(Record.Parent) as KeepalivedBlock;

        /// <summary>Where the statement is.</summary>
        public SourceLocation Location => Line.GetLocation(TokenStart);

        /// <summary>Whether the statement has been removed.</summary>
        public bool IsRemoved => Line.IsRemoved || Config.IsStale(this);

        /// <summary>Removes the statement: its line when it is alone on it, otherwise only its words.</summary>
        public virtual void Remove()
        {
            var record = Record;
            if (record.TokenCount == Line.TokenCount - KeepalivedStructure.FirstStatementToken(Config.Document, Line.Index, Line.Kind) && TokenStart == Line.TokenCount - record.TokenCount)
            {
                Line.Remove();
            }
            else
            {
                Line.RemoveValues(TokenStart, record.TokenCount);
            }
        }

        internal static int? ParseInt(string? value) =>
            value is not null && int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int result) ? result : null;

        internal static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>
        /// The statement's words for display, secrets (<c>auth_pass</c>, <c>password</c>, <c>key</c> values) shown as
        /// <c>&lt;redacted&gt;</c>; <c>Line.Text</c> and <see cref="Arguments"/> are exact.
        /// </summary>
        public override string ToString()
        {
            var secrets = Line.Secrets();
            var words = new List<string>();
            for (int i = 0; i < WordCount; i++) words.Add(Line.DisplayWord(TokenStart + i, secrets));
            return string.Join(" ", words);
        }
    }
}
