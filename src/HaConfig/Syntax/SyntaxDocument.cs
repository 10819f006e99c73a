using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using HaConfig.Text;

namespace HaConfig.Syntax
{
    /// <summary>
    /// The lossless core shared by both formats: the file as a list of physical lines, each lexed into tokens that
    /// point into the text. Writing concatenates every line's text and line break, so an unedited document writes
    /// back its source unchanged and an edited one differs only in the lines that were edited.
    /// </summary>
    internal sealed partial class SyntaxDocument
    {
        private const char ByteOrderMark = '\uFEFF';

        /// <summary>
        /// From this many characters (about 20,000 lines of HAProxy) a document with a line-independent lexer is lexed on
        /// two threads (.NET 8 and later): below it, starting the second thread costs about what it saves.
        /// </summary>
        internal const int ParallelLexMinimumLength = 1 << 20;

        private readonly RecordList<LineRecord> _lines;
        private readonly List<TokenRecord> _tokens;
        private readonly Dictionary<int, LexError[]> _errors = new();
        private string _source;
        private bool _edited;
        private int _nextId;
        private int[]? _indexById;

        /// <summary>The text of each edited line, by identity (the other lines are slices of <see cref="_source"/>).</summary>
        private Dictionary<int, string>? _editedText;

        /// <summary>
        /// Whether every line's identity is its index, as at parse time and after lines are only added at the end or
        /// removed from it: the index of an identity is then the identity itself, with no map to build or read.
        /// </summary>
        private bool _idsAreIndexes = true;

        private SyntaxDocument(LineLexer lexer, string source, string? path, RecordList<LineRecord> lines, List<TokenRecord> tokens, bool hasBom)
        {
            Lexer = lexer;
            _source = source;
            Path = path;
            _lines = lines;
            _tokens = tokens;
            HasByteOrderMark = hasBom;
            _nextId = lines.Count;
        }

        public LineLexer Lexer { get; }

        public string? Path { get; }

        public bool HasByteOrderMark { get; }

        /// <summary>Incremented by every edit; cached views compare it.</summary>
        public int Version { get; private set; }

        /// <summary>Incremented when lines are inserted or removed, or a line's kind or first word changes.</summary>
        public int StructureVersion { get; private set; }

        public int LineCount => _lines.Count;

        public static SyntaxDocument Parse(string text, string? path, LineLexer lexer) => Parse(text, path, lexer, inParallel: null);

        /// <param name="text">The text.</param>
        /// <param name="path">Where it was read from, for diagnostics.</param>
        /// <param name="lexer">The format's lexer.</param>
        /// <param name="inParallel">
        /// Whether to lex on two threads when the lexer can lex in parts (<see cref="LineLexer.CanLexInParts"/>): null decides from the text's length
        /// (<see cref="ParallelLexMinimumLength"/>), true forces it at any length (tests compare both ways).
        /// </param>
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        internal static SyntaxDocument Parse(string text, string? path, LineLexer lexer, bool? inParallel)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            int position = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
            bool hasBom = position == 1;
            // A vectorised pre-pass: knowing the count sizes the line list exactly, with no growth copies.
            int lineCount = CountNewlines(text.AsSpan(position)) + (text.Length > position && text[text.Length - 1] != '\n' ? 1 : 0);
            var lines = new RecordList<LineRecord>(lineCount);
            // Sized from the text by the format's estimate. Too small a guess made the list grow by doubling, allocating
            // (and copying) up to three times the final size.
            var tokens = new List<TokenRecord>(Math.Max(lineCount * 2, text.Length / lexer.CharactersPerTokenEstimate) + 16);
            var document = new SyntaxDocument(lexer, text, path, lines, tokens, hasBom);
#if NET
            if (lexer.CanLexInParts && (inParallel ?? (text.Length - position >= ParallelLexMinimumLength && Environment.ProcessorCount > 1)))
            {
                ParallelLex.Run(document, position, lineCount);
                document._nextId = lines.Count;
                return document;
            }
#endif
            byte state = 0;
            while (position < text.Length)
            {
                var record = NextLine(text, ref position, lines.Count, state);
                state = document.LexInto(ref record);
                lines.Add(record);
            }

            document._nextId = lines.Count;
            return document;
        }

        /// <summary>The record of the line starting at <paramref name="position"/>, which moves past its line break.</summary>
        private static LineRecord NextLine(string text, ref int position, int id, byte state)
        {
            int newline = text.IndexOf('\n', position);
            int contentEnd = newline < 0 ? text.Length : newline;
            byte newlineLength = 0;
            if (newline >= 0)
            {
                newlineLength = 1;
                if (contentEnd > position && text[contentEnd - 1] == '\r')
                {
                    contentEnd--;
                    newlineLength = 2;
                }
            }

            var record = new LineRecord { Start = position, Length = contentEnd - position, NewlineLength = newlineLength, Id = id, LexState = state };
            position = newline < 0 ? text.Length : newline + 1;
            return record;
        }

        /// <summary>The string a line's <see cref="LineRecord.Start"/> is an offset into.</summary>
        private string TextOf(in LineRecord line) => line.IsEdited ? _editedText![line.Id] : _source;

        private void SetOwnText(ref LineRecord record, string content)
        {
            (_editedText ??= new Dictionary<int, string>())[record.Id] = content;
            record.IsEdited = true;
            record.Start = 0;
            record.Length = content.Length;
        }

        private static int CountNewlines(ReadOnlySpan<char> span)
        {
            int count = 0;
            int found;
            while ((found = span.IndexOf('\n')) >= 0)
            {
                count++;
                span = span.Slice(found + 1);
            }

            return count;
        }

        private byte LexInto(ref LineRecord record)
        {
            byte stateOut = LexLine(Lexer, TextOf(record).AsSpan(record.Start, record.Length), ref record, _tokens, out var errors);
            if (errors is not null)
            {
                record.HasErrors = true;
                _errors[record.Id] = errors;
            }
            else if (record.HasErrors)
            {
                record.HasErrors = false;
                _errors.Remove(record.Id);
            }

            return stateOut;
        }

        /// <summary>
        /// Lexes one line, appending its tokens to <paramref name="tokens"/> and filling the record's token range, comment
        /// and kind: the one step of lexing, whether the document is lexed line after line, in parts at once, or a line is
        /// lexed again after an edit.
        /// </summary>
        private static byte LexLine(LineLexer lexer, ReadOnlySpan<char> content, ref LineRecord record, List<TokenRecord> tokens, out LexError[]? errors)
        {
            var result = new LineLexResult { CommentStart = -1 };
            int first = tokens.Count;
            lexer.Lex(content, record.LexState, tokens, first, ref result);
            record.TokenStart = first;
            record.TokenCount = tokens.Count - first;
            record.CommentStart = result.CommentStart;
            record.Kind = result.Kind;
            errors = result.Errors is { Count: > 0 } list ? list.ToArray() : null;
            return result.StateOut;
        }

        public ref readonly LineRecord GetLine(int index) => ref _lines[index];

        /// <summary>The words of line <paramref name="index"/>, for loops that read several of them.</summary>
        public LineWords GetWords(int index)
        {
            ref readonly var line = ref _lines[index];
            return new LineWords(this, _tokens, in line, TextOf(line));
        }

        public ReadOnlySpan<char> GetContent(int index)
        {
            ref readonly var line = ref _lines[index];
            return TextOf(line).AsSpan(line.Start, line.Length);
        }

        public string GetContentString(int index)
        {
            ref readonly var line = ref _lines[index];
            return TextOf(line).Substring(line.Start, line.Length);
        }

        public string GetNewline(int index)
        {
            ref readonly var line = ref _lines[index];
            return line.NewlineLength switch { 0 => string.Empty, 1 => "\n", _ => "\r\n" };
        }

        public TokenRecord GetToken(int lineIndex, int tokenIndex)
        {
            ref readonly var line = ref _lines[lineIndex];
            if ((uint)tokenIndex >= (uint)line.TokenCount) throw new ArgumentOutOfRangeException(nameof(tokenIndex));
            return _tokens[line.TokenStart + tokenIndex];
        }

        public ReadOnlySpan<char> GetTokenRaw(int lineIndex, int tokenIndex)
        {
            ref readonly var line = ref _lines[lineIndex];
            if ((uint)tokenIndex >= (uint)line.TokenCount) throw new ArgumentOutOfRangeException(nameof(tokenIndex));
            var token = _tokens[line.TokenStart + tokenIndex];
            return TextOf(line).AsSpan(line.Start + token.Start, token.Length);
        }

        public string GetTokenValue(int lineIndex, int tokenIndex)
        {
            ref readonly var line = ref _lines[lineIndex];
            if ((uint)tokenIndex >= (uint)line.TokenCount) throw new ArgumentOutOfRangeException(nameof(tokenIndex));
            var token = _tokens[line.TokenStart + tokenIndex];
            var raw = TextOf(line).AsSpan(line.Start + token.Start, token.Length);
            return token.Flags == TokenFlags.None ? raw.ToString() : Lexer.Decode(raw, token.Flags);
        }

        /// <summary>The decoded value of a token as a span: the raw text itself for plain tokens (no allocation).</summary>
        public ReadOnlySpan<char> GetTokenValueSpan(int lineIndex, int tokenIndex)
        {
            ref readonly var line = ref _lines[lineIndex];
            if ((uint)tokenIndex >= (uint)line.TokenCount) throw new ArgumentOutOfRangeException(nameof(tokenIndex));
            var token = _tokens[line.TokenStart + tokenIndex];
            var raw = TextOf(line).AsSpan(line.Start + token.Start, token.Length);
            return token.Flags == TokenFlags.None ? raw : Lexer.Decode(raw, token.Flags).AsSpan();
        }

        /// <summary>Whether the decoded value of a token equals <paramref name="value"/>, without allocating for plain tokens.</summary>
        public bool TokenValueEquals(int lineIndex, int tokenIndex, string value)
        {
            ref readonly var line = ref _lines[lineIndex];
            if ((uint)tokenIndex >= (uint)line.TokenCount) throw new ArgumentOutOfRangeException(nameof(tokenIndex));
            var token = _tokens[line.TokenStart + tokenIndex];
            var raw = TextOf(line).AsSpan(line.Start + token.Start, token.Length);
            return token.Flags == TokenFlags.None
                ? raw.SequenceEqual(value.AsSpan())
                : string.Equals(Lexer.Decode(raw, token.Flags), value, StringComparison.Ordinal);
        }

        /// <summary>The location of word <paramref name="tokenIndex"/> of line <paramref name="lineIndex"/> (the whole line when out of range).</summary>
        public SourceLocation GetTokenLocation(int lineIndex, int tokenIndex)
        {
            ref readonly var record = ref _lines[lineIndex];
            if ((uint)tokenIndex >= (uint)record.TokenCount) return new SourceLocation(Path, lineIndex + 1, 1, lineIndex + 1, record.Length + 1);
            var token = _tokens[record.TokenStart + tokenIndex];
            return new SourceLocation(Path, lineIndex + 1, token.Start + 1, lineIndex + 1, token.End + 1);
        }

        /// <summary>The location of line <paramref name="lineIndex"/>, from its first word to its end.</summary>
        public SourceLocation GetLineLocation(int lineIndex)
        {
            ref readonly var record = ref _lines[lineIndex];
            int start = record.TokenCount > 0 ? _tokens[record.TokenStart].Start : 0;
            return new SourceLocation(Path, lineIndex + 1, start + 1, lineIndex + 1, record.Length + 1);
        }

        /// <summary><see cref="TokenValueEquals"/> for a token index that may be out of range (then false).</summary>
        public bool TokenValueEqualsOrMissing(int lineIndex, int tokenIndex, string value)
        {
            ref readonly var line = ref _lines[lineIndex];
            if (tokenIndex < 0) throw new ArgumentOutOfRangeException(nameof(tokenIndex));
            if (tokenIndex >= line.TokenCount) return false;
            var token = _tokens[line.TokenStart + tokenIndex];
            var raw = TextOf(line).AsSpan(line.Start + token.Start, token.Length);
            return token.Flags == TokenFlags.None
                ? raw.SequenceEqual(value.AsSpan())
                : string.Equals(Lexer.Decode(raw, token.Flags), value, StringComparison.Ordinal);
        }

        public IReadOnlyList<LexError> GetErrors(int index)
        {
            ref readonly var line = ref _lines[index];
            return line.HasErrors && _errors.TryGetValue(line.Id, out var errors) ? errors : Array.Empty<LexError>();
        }

        /// <summary>The current index of the line with the given identity, or -1 when it was removed.</summary>
        public int IndexOfId(int id)
        {
            if (_idsAreIndexes) return (uint)id < (uint)_lines.Count ? id : -1;

            // One read of the field: threads validating in parallel may build the map at the same time, each a whole map.
            var map = _indexById ?? BuildIdIndex();
            return (uint)id < (uint)map.Length ? map[id] : -1;
        }

        /// <summary>Every line identity handed out so far is below this number.</summary>
        public int IdCapacity => _nextId;

        private int[] BuildIdIndex()
        {
            var map = new int[_nextId];
            map.AsSpan().Fill(-1);
            for (int i = 0; i < _lines.Count; i++) map[_lines[i].Id] = i;
            _indexById = map;
            return map;
        }

        public override string ToString()
        {
            if (!_edited) return _source;
            var builder = new StringBuilder(_source.Length + 64);
            if (HasByteOrderMark) builder.Append(ByteOrderMark);
            var starts = new int[_lines.Count];
            for (int i = 0; i < _lines.Count; i++)
            {
                ref readonly var line = ref _lines[i];
                starts[i] = builder.Length;
                builder.Append(TextOf(line), line.Start, line.Length);
                if (line.NewlineLength == 1) builder.Append('\n');
                else if (line.NewlineLength == 2) builder.Append("\r\n");
            }

            // The new text becomes the source of every line: the edited lines' own strings are let go.
            _source = builder.ToString();
            for (int i = 0; i < _lines.Count; i++)
            {
                ref var line = ref _lines[i];
                line.Start = starts[i];
                line.IsEdited = false;
            }

            _editedText?.Clear();
            _edited = false;
            return _source;
        }

        public void WriteTo(TextWriter writer)
        {
            if (writer is null) throw new ArgumentNullException(nameof(writer));
            writer.Write(ToString());
        }

        /// <summary>Replaces the content of one line (its line break stays) and lexes it again.</summary>
        public void ReplaceContent(int index, string content)
        {
            var record = _lines[index];
            byte oldKind = record.Kind;
            string oldFirst = record.TokenCount > 0 ? GetTokenRaw(index, 0).ToString() : string.Empty;
            SetOwnText(ref record, content);
            byte stateOut = LexInto(ref record);
            _lines[index] = record;
            string newFirst = record.TokenCount > 0 ? GetTokenRaw(index, 0).ToString() : string.Empty;
            if (oldKind != record.Kind || oldFirst != newFirst) StructureVersion++;
            Relex(index + 1, stateOut);
            MarkEdited();
        }

        /// <summary>Replaces one token's raw text, leaving every other character of the line as it was.</summary>
        public void ReplaceToken(int index, int tokenIndex, string raw)
        {
            var record = _lines[index];
            var token = GetToken(index, tokenIndex);
            var content = TextOf(record).AsSpan(record.Start, record.Length);
            string updated = string.Concat(content.Slice(0, token.Start).ToString(), raw, content.Slice(token.End).ToString());
            ReplaceContent(index, updated);
        }

        /// <summary>Inserts a line before <paramref name="index"/> (or at the end when it equals the line count).</summary>
        public int InsertLine(int index, string content)
        {
            if ((uint)index > (uint)_lines.Count) throw new ArgumentOutOfRangeException(nameof(index));
            string newline = DominantNewline(index);
            if (index > 0 && _lines[index - 1].NewlineLength == 0)
            {
                // The line before was the last one without a break: it needs one now that a line follows it.
                var previous = _lines[index - 1];
                previous.NewlineLength = (byte)newline.Length;
                _lines[index - 1] = previous;
            }

            var record = new LineRecord
            {
                NewlineLength = (byte)newline.Length,
                Id = _nextId++,
                LexState = index > 0 ? StateAfter(index - 1) : (byte)0,
            };
            SetOwnText(ref record, content);
            byte stateOut = LexInto(ref record);
            _lines.Insert(index, record);
            _indexById = null;
            _idsAreIndexes &= record.Id == index;
            StructureVersion++;
            Relex(index + 1, stateOut);
            MarkEdited();
            return record.Id;
        }

        /// <summary>Removes one line, its line break included.</summary>
        public void RemoveLine(int index)
        {
            var record = _lines[index];
            if (record.HasErrors) _errors.Remove(record.Id);
            if (record.IsEdited) _editedText!.Remove(record.Id);
            _lines.RemoveAt(index);
            _indexById = null;
            _idsAreIndexes &= index == _lines.Count;
            StructureVersion++;
            if (index < _lines.Count) Relex(index, index > 0 ? StateAfter(index - 1) : (byte)0);
            MarkEdited();
        }

        private byte StateAfter(int index)
        {
            // Lexing is cheap and stateless apart from this byte; recompute rather than store a second state per line.
            var record = _lines[index];
            var scratch = new List<TokenRecord>();
            var result = new LineLexResult { CommentStart = -1 };
            Lexer.Lex(TextOf(record).AsSpan(record.Start, record.Length), record.LexState, scratch, 0, ref result);
            return result.StateOut;
        }

        private void Relex(int from, byte state)
        {
            for (int i = from; i < _lines.Count; i++)
            {
                var record = _lines[i];
                if (record.LexState == state) return;
                record.LexState = state;
                state = LexInto(ref record);
                _lines[i] = record;
                StructureVersion++;
            }
        }

        /// <summary>
        /// The line break most lines use ("\n" when tied or none), for the formatters. Lines whose text ends with a
        /// carriage return are not counted: a formatter ends them with CRLF whatever it chooses (a bare LF would merge
        /// with their CR), so counting them could change the choice when the formatted text is formatted again.
        /// </summary>
        public string DominantNewline()
        {
            int crlf = 0, lf = 0;
            for (int i = 0; i < _lines.Count; i++)
            {
                ref readonly var line = ref _lines[i];
                if (line.Length > 0 && TextOf(line)[line.Start + line.Length - 1] == '\r') continue;
                if (line.NewlineLength == 2) crlf++;
                else if (line.NewlineLength == 1) lf++;
            }

            return crlf > lf ? "\r\n" : "\n";
        }

        private string DominantNewline(int near)
        {
            for (int i = Math.Min(near, _lines.Count - 1); i >= 0; i--)
            {
                if (_lines[i].NewlineLength == 2) return "\r\n";
                if (_lines[i].NewlineLength == 1) return "\n";
            }

            return "\n";
        }

        private void MarkEdited()
        {
            _edited = true;
            Version++;
        }
    }
}
