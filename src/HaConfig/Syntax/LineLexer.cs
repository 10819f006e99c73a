using System;
using System.Collections.Generic;

namespace HaConfig.Syntax
{
    /// <summary>What lexing one line produced besides its tokens.</summary>
    internal struct LineLexResult
    {
        /// <summary>Offset of the comment (or ignored tail), relative to the line; -1 when none.</summary>
        public int CommentStart;

        /// <summary>The format-specific line kind.</summary>
        public byte Kind;

        /// <summary>State handed to the next line (0 = none).</summary>
        public byte StateOut;

        /// <summary>Problems found, or null.</summary>
        public List<LexError>? Errors;

        public void AddError(LexError error) => (Errors ??= new List<LexError>()).Add(error);
    }

    /// <summary>
    /// The lexical rules of one format, applied to one physical line at a time. Both formats are line-oriented
    /// (no construct of either spans lines except keepalived's <c>$NAME=</c> continuation, carried as state),
    /// so one line can be re-lexed on its own after an edit.
    /// </summary>
    internal abstract class LineLexer
    {
        /// <summary>
        /// Whether a line lexes the same whatever lines precede it (no state is ever handed on): the lines of a large
        /// document can then be lexed in parts at once.
        /// </summary>
        public virtual bool IsLineIndependent => false;

        /// <summary>
        /// Whether the lines of a large document can be lexed in parts at once: always for a lexer that hands no state
        /// on, and for one that can tell from a line's text that it hands none on (<see cref="HandsOnNoState"/>), each
        /// part then starting after such a line.
        /// </summary>
        public virtual bool CanLexInParts => IsLineIndependent;

        /// <summary>
        /// Whether <paramref name="content"/>, a line's text without its break, hands no state to the next line whatever
        /// state it starts in, so that the next line lexes the same whatever precedes it. May answer false for a line that
        /// hands none on (the part then starts elsewhere), never true for one that may.
        /// </summary>
        public virtual bool HandsOnNoState(ReadOnlySpan<char> content) => IsLineIndependent;

        /// <summary>
        /// Characters per token to size a document's token list from its length, on the low side (too small a guess
        /// makes the list grow by doubling, copying it; too large a one allocates tokens that are never used).
        /// </summary>
        public virtual int CharactersPerTokenEstimate => 6;

        /// <summary>Splits <paramref name="line"/> (line break excluded) into tokens appended to <paramref name="tokens"/>.</summary>
        public abstract void Lex(ReadOnlySpan<char> line, byte stateIn, List<TokenRecord> tokens, int firstToken, ref LineLexResult result);

        /// <summary>The value a token's raw text stands for: quotes removed, escapes applied, variables left as written.</summary>
        public abstract string Decode(ReadOnlySpan<char> raw, TokenFlags flags);

        /// <summary>Raw text that reads back as <paramref name="value"/> in this format.</summary>
        public abstract string Quote(string value);
    }
}
