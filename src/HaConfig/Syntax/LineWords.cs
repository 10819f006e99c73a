using System;
using System.Collections.Generic;

namespace HaConfig.Syntax
{
    /// <summary>
    /// The words of one line, read through a single lookup of its record. A view's <c>GetValueSpan(i)</c> and
    /// <c>ValueEquals(i, …)</c> each map the line's identity to its index and read the record again: the validation
    /// rules' per-word loops paid that for every word of every line. A ref struct, so that it lives in a local only:
    /// it is valid until the document is edited, and holds no state shared between threads.
    /// </summary>
    internal readonly ref struct LineWords
    {
        private readonly SyntaxDocument _document;
        private readonly List<TokenRecord> _tokens;
        private readonly string _text;
        private readonly int _lineStart;
        private readonly int _tokenStart;

        public LineWords(SyntaxDocument document, List<TokenRecord> tokens, in LineRecord line, string text)
        {
            _document = document;
            _tokens = tokens;
            _text = text;
            _lineStart = line.Start;
            _tokenStart = line.TokenStart;
            Count = line.TokenCount;
        }

        /// <summary>Number of words.</summary>
        public int Count { get; }

        /// <summary>The decoded value of word <paramref name="index"/>: the raw text itself for plain words (no allocation).</summary>
        public ReadOnlySpan<char> this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                var token = _tokens[_tokenStart + index];
                var raw = _text.AsSpan(_lineStart + token.Start, token.Length);
                return token.Flags == TokenFlags.None ? raw : _document.Lexer.Decode(raw, token.Flags).AsSpan();
            }
        }

        /// <summary>
        /// The index of the first word at or after <paramref name="start"/> that reads as <paramref name="first"/> or
        /// <paramref name="second"/>, or -1. Words of another length are passed over on their record alone (a quoted or
        /// escaped word is decoded first, as it may read as either).
        /// </summary>
        public int IndexOfEither(int start, string first, string second)
        {
            for (int i = Math.Max(start, 0); i < Count; i++)
            {
                var token = _tokens[_tokenStart + i];
                if (token.Flags == TokenFlags.None)
                {
                    if (PlainEquals(token, first) || PlainEquals(token, second)) return i;
                }
                else if (ValueEquals(i, first) || ValueEquals(i, second))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The index of the first word at or after <paramref name="start"/> that reads as <paramref name="value"/>, or -1.</summary>
        public int IndexOf(int start, string value) => IndexOfEither(start, value, value);

        /// <summary>
        /// The index of the first word at or after <paramref name="start"/> whose value starts with <paramref name="prefix"/>
        /// (not empty), or -1. Plain words shorter than the prefix or starting with another character are passed over on
        /// their record and first character.
        /// </summary>
        public int IndexOfStartingWith(int start, string prefix)
        {
            for (int i = Math.Max(start, 0); i < Count; i++)
            {
                var token = _tokens[_tokenStart + i];
                if (token.Flags == TokenFlags.None && (token.Length < prefix.Length || _text[_lineStart + token.Start] != prefix[0])) continue;
                if (this[i].StartsWith(prefix.AsSpan(), StringComparison.Ordinal)) return i;
            }

            return -1;
        }

        /// <summary>Whether word <paramref name="index"/> exists and reads as <paramref name="value"/> (a view's <c>ValueEquals</c>).</summary>
        public bool ValueEquals(int index, string value)
        {
            if (index < 0) throw new ArgumentOutOfRangeException(nameof(index));
            if (index >= Count) return false;
            var token = _tokens[_tokenStart + index];
            if (token.Flags == TokenFlags.None) return PlainEquals(token, value);
            return string.Equals(_document.Lexer.Decode(_text.AsSpan(_lineStart + token.Start, token.Length), token.Flags), value, StringComparison.Ordinal);
        }

        /// <summary>Whether a plain word (no quote, escape or variable: its value is its text) reads as <paramref name="value"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool PlainEquals(TokenRecord token, string value) =>
            // Most comparisons fail on the length or the first character, before a call compares the text.
            token.Length == value.Length
            && (value.Length == 0 || _text[_lineStart + token.Start] == value[0])
            && _text.AsSpan(_lineStart + token.Start, token.Length).SequenceEqual(value.AsSpan());
    }
}
