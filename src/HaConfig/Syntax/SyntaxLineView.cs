using System;
using System.Collections.Generic;
using HaConfig.Text;

namespace HaConfig.Syntax
{
    /// <summary>
    /// A live view of one physical line of a document. It follows its line through insertions and removals of other
    /// lines; editing through it rewrites only this line.
    /// </summary>
    public abstract class SyntaxLineView
    {
        private protected SyntaxLineView(SyntaxDocument document, int id)
        {
            Document = document;
            Id = id;
        }

        internal SyntaxDocument Document { get; }

        /// <summary>A stable identity within the document.</summary>
        internal int Id { get; }

        /// <summary>Whether the line is still in the document.</summary>
        public bool IsRemoved => Document.IndexOfId(Id) < 0;

        /// <summary>0-based index of the line in the document.</summary>
        public int Index
        {
            get
            {
                int index = Document.IndexOfId(Id);
                if (index < 0) throw new InvalidOperationException("The line was removed from the document.");
                return index;
            }
        }

        /// <summary>1-based line number.</summary>
        public int LineNumber => Index + 1;

        /// <summary>The line's text without its line break, exactly as in the file: secrets included.</summary>
        public string Text => Document.GetContentString(Index);

        /// <summary>The line break: <c>"\n"</c>, <c>"\r\n"</c>, or empty on a last line without one.</summary>
        public string NewLine => Document.GetNewline(Index);

        /// <summary>The blanks before the first word or comment.</summary>
        public string Indentation
        {
            get
            {
                var content = Document.GetContent(Index);
                int i = 0;
                while (i < content.Length && (content[i] == ' ' || content[i] == '\t')) i++;
                return content.Slice(0, i).ToString();
            }
        }

        /// <summary>The comment, from its marker to the end of the line, or null.</summary>
        public string? Comment
        {
            get
            {
                int index = Index;
                ref readonly var record = ref Document.GetLine(index);
                return record.CommentStart < 0 ? null : Document.GetContent(index).Slice(record.CommentStart).ToString();
            }
        }

        /// <summary>Number of words.</summary>
        public int TokenCount => Document.GetLine(Index).TokenCount;

        /// <summary>The words of the line (a secret word's <see cref="ConfigToken.ToString"/> hides it).</summary>
        public IReadOnlyList<ConfigToken> Tokens
        {
            get
            {
                int index = Index;
                int count = Document.GetLine(index).TokenCount;
                var secrets = Secrets();
                var tokens = new ConfigToken[count];
                for (int i = 0; i < count; i++) tokens[i] = MakeToken(index, i, secrets);
                return tokens;
            }
        }

        /// <summary>The decoded value of word <paramref name="tokenIndex"/>.</summary>
        public string GetValue(int tokenIndex) => Document.GetTokenValue(Index, tokenIndex);

        /// <summary>The decoded value of word <paramref name="tokenIndex"/> without allocating for plain words (the rules' fast path).</summary>
        internal ReadOnlySpan<char> GetValueSpan(int tokenIndex) => Document.GetTokenValueSpan(Index, tokenIndex);

        /// <summary>The words of the line through one lookup of its record, for loops over several words (valid until an edit).</summary>
        internal LineWords Words => Document.GetWords(Index);

        /// <summary>The line's text without its line break, as a span.</summary>
        internal ReadOnlySpan<char> TextSpan => Document.GetContent(Index);

        /// <summary>The version of the document holding the line: caches of values read from it compare it.</summary>
        internal int DocumentVersion => Document.Version;

        /// <summary>The secret words of the line.</summary>
        internal List<SecretWord> Secrets()
        {
            var secrets = new List<SecretWord>();
            SecretWords.Find(Document, Index, secrets);
            return secrets;
        }

        /// <summary>The raw text of word <paramref name="tokenIndex"/>, or what shows instead when it is one of <paramref name="secrets"/>.</summary>
        internal string DisplayWord(int tokenIndex, List<SecretWord> secrets) => SecretWords.DisplayWord(Document, Index, tokenIndex, secrets);

        /// <summary>The comment, with the word glued to the last of <paramref name="secrets"/> (<c>auth_pass k@l!ve1</c>) shown as its marker and the placeholder (<c>!&lt;redacted&gt;</c>); or null.</summary>
        internal string? DisplayComment(List<SecretWord> secrets)
        {
            string? comment = Comment;
            if (comment is null || secrets.Count == 0) return comment;
            int index = Index;
            int glued = SecretWords.GluedCommentEnd(Document, index, secrets[secrets.Count - 1].Token);
            return glued < 0 ? comment : comment[0] + SecretWords.Placeholder + comment.Substring(glued - Document.GetLine(index).CommentStart);
        }

        /// <summary>The raw text of word <paramref name="tokenIndex"/>.</summary>
        public string GetRaw(int tokenIndex) => Document.GetTokenRaw(Index, tokenIndex).ToString();

        /// <summary>Whether word <paramref name="tokenIndex"/> exists and reads as <paramref name="value"/>.</summary>
        public bool ValueEquals(int tokenIndex, string value) => Document.TokenValueEqualsOrMissing(Index, tokenIndex, value);

        /// <summary>The first word's value, or null on a blank or comment line.</summary>
        public string? Keyword => TokenCount > 0 ? GetValue(0) : null;

        /// <summary>The location of word <paramref name="tokenIndex"/> (the whole line when out of range).</summary>
        public SourceLocation GetLocation(int tokenIndex) => Document.GetTokenLocation(Index, tokenIndex);

        /// <summary>The location of the whole line, from its first word.</summary>
        public SourceLocation Location => Document.GetLineLocation(Index);

        /// <summary>Sets word <paramref name="tokenIndex"/> to <paramref name="value"/>, quoting it as the format needs.</summary>
        public void SetValue(int tokenIndex, string value) => SetRaw(tokenIndex, Document.Lexer.Quote(value));

        /// <summary>Replaces the raw text of word <paramref name="tokenIndex"/>; nothing else on the line changes.</summary>
        public void SetRaw(int tokenIndex, string raw)
        {
            if (raw is null) throw new ArgumentNullException(nameof(raw));
            Document.ReplaceToken(Index, tokenIndex, raw);
        }

        /// <summary>
        /// Inserts words before word <paramref name="tokenIndex"/> (or after the last word when it equals the count),
        /// each separated by one space; the comment and the rest of the line keep their text.
        /// </summary>
        public void InsertValues(int tokenIndex, params string[] values)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (values.Length == 0) return;
            int index = Index;
            var record = Document.GetLine(index);
            if ((uint)tokenIndex > (uint)record.TokenCount) throw new ArgumentOutOfRangeException(nameof(tokenIndex));
            var content = Document.GetContent(index);
            var quoted = new string[values.Length];
            for (int i = 0; i < values.Length; i++) quoted[i] = Document.Lexer.Quote(values[i]);
            string inserted = string.Join(" ", quoted);
            string updated;
            if (tokenIndex < record.TokenCount)
            {
                int at = Document.GetToken(index, tokenIndex).Start;
                updated = content.Slice(0, at).ToString() + inserted + " " + content.Slice(at).ToString();
            }
            else if (record.TokenCount > 0)
            {
                int at = Document.GetToken(index, record.TokenCount - 1).End;
                updated = content.Slice(0, at).ToString() + " " + inserted + content.Slice(at).ToString();
            }
            else
            {
                updated = content.ToString() + inserted;
            }

            Document.ReplaceContent(index, updated);
        }

        /// <summary>Removes <paramref name="count"/> words from <paramref name="tokenIndex"/> on, with the blanks before them.</summary>
        public void RemoveValues(int tokenIndex, int count)
        {
            int index = Index;
            var record = Document.GetLine(index);
            if (tokenIndex < 0 || count < 0 || tokenIndex + count > record.TokenCount) throw new ArgumentOutOfRangeException(nameof(count));
            if (count == 0) return;
            var content = Document.GetContent(index);
            int end = Document.GetToken(index, tokenIndex + count - 1).End;
            int start = tokenIndex > 0 ? Document.GetToken(index, tokenIndex - 1).End : Document.GetToken(index, tokenIndex).Start;
            if (tokenIndex == 0)
            {
                // Removing the leading words keeps the indentation and drops the blanks after them instead.
                while (end < content.Length && (content[end] == ' ' || content[end] == '\t')) end++;
            }

            Document.ReplaceContent(index, content.Slice(0, start).ToString() + content.Slice(end).ToString());
        }

        /// <summary>Replaces the whole text of the line (its line break stays).</summary>
        public void SetText(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            Document.ReplaceContent(Index, text);
        }

        /// <summary>Removes the line, its line break included.</summary>
        public void Remove() => Document.RemoveLine(Index);

        private ConfigToken MakeToken(int index, int tokenIndex, List<SecretWord> secrets)
        {
            var token = Document.GetToken(index, tokenIndex);
            string raw = Document.GetTokenRaw(index, tokenIndex).ToString();
            string shown = SecretWords.DisplayWord(Document, index, tokenIndex, secrets);
            return new ConfigToken(
                raw,
                Document.GetTokenValue(index, tokenIndex),
                token.Flags,
                index + 1,
                token.Start + 1,
                shown == raw ? null : shown);
        }

        /// <summary>
        /// The line's text for display: <see cref="Text"/> with every secret (passwords, keys, paths of key files; see
        /// <c>docs/security.md</c>) shown as <c>&lt;redacted&gt;</c>. Use <see cref="Text"/> for the exact text.
        /// </summary>
        public override string ToString() => SecretWords.RedactedText(Document, Index);
    }
}
