using System;
using System.Runtime.InteropServices;

namespace HaConfig.Syntax
{
    /// <summary>One token: offsets relative to the start of its line, so an edited line can live in its own string.</summary>
    [StructLayout(LayoutKind.Auto)]
    internal readonly struct TokenRecord
    {
        // Length and flags share one int (24 bits of length: a word longer than 16M characters is cut in its record
        // only, never in the text), so a token costs 8 bytes.
        private const int LengthMask = 0xFFFFFF;
        private readonly int _start;
        private readonly int _lengthAndFlags;

        public TokenRecord(int start, int length, TokenFlags flags)
        {
            _start = start;
            _lengthAndFlags = (Math.Min(length, LengthMask) & LengthMask) | ((int)flags << 24);
        }

        public int Start => _start;

        public int Length => _lengthAndFlags & LengthMask;

        public TokenFlags Flags => (TokenFlags)((uint)_lengthAndFlags >> 24);

        public int End => Start + Length;
    }

    /// <summary>One physical line: where its text is, its tokens, its comment and its line break.</summary>
    /// <remarks>
    /// 28 bytes and no reference: a line's text is the document's source, or, after an edit, its own string kept by
    /// the document beside the records (a reference here would cost every line 8 bytes and 4 of padding, for the few
    /// lines a program edits).
    /// </remarks>
    [StructLayout(LayoutKind.Auto)]
    internal struct LineRecord
    {
        private const byte HasErrorsFlag = 1;
        private const byte IsEditedFlag = 2;

        /// <summary>Offset of the line in its text: the document's source, or the line's own edited text.</summary>
        public int Start;

        /// <summary>Length of the content, line break excluded.</summary>
        public int Length;

        /// <summary>0 (last line without break), 1 (LF) or 2 (CRLF).</summary>
        public byte NewlineLength;

        /// <summary>A format-specific classification of the line.</summary>
        public byte Kind;

        /// <summary>Index of the first token in the document's token list.</summary>
        public int TokenStart;

        public int TokenCount;

        /// <summary>Offset, relative to the line, of the comment (or of text the daemon ignores); -1 when none.</summary>
        public int CommentStart;

        /// <summary>A stable identity that survives insertions and removals of other lines.</summary>
        public int Id;

        /// <summary>Format-specific state carried from the previous line (keepalived's definition continuation).</summary>
        public byte LexState;

        private byte _flags;

        /// <summary>Whether the lexer reported problems on this line (kept in the document's error map).</summary>
        public bool HasErrors
        {
            readonly get => (_flags & HasErrorsFlag) != 0;
            set => _flags = value ? (byte)(_flags | HasErrorsFlag) : (byte)(_flags & ~HasErrorsFlag);
        }

        /// <summary>Whether the line's text is its own edited string (kept by the document under <see cref="Id"/>) rather than the source.</summary>
        public bool IsEdited
        {
            readonly get => (_flags & IsEditedFlag) != 0;
            set => _flags = value ? (byte)(_flags | IsEditedFlag) : (byte)(_flags & ~IsEditedFlag);
        }
    }

    /// <summary>A lexical problem on one line: a rule and the 0-based column where it starts.</summary>
    internal readonly struct LexError
    {
        public LexError(HaConfig.Diagnostics.DiagnosticDescriptor rule, int column, int length, object?[] args)
        {
            Rule = rule;
            Column = column;
            Length = length;
            Args = args;
        }

        public HaConfig.Diagnostics.DiagnosticDescriptor Rule { get; }

        public int Column { get; }

        public int Length { get; }

        public object?[] Args { get; }
    }
}
