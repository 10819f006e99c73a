namespace HaConfig.Syntax
{
    /// <summary>One word of a configuration line: its text as written and the value the daemon reads.</summary>
    public readonly struct ConfigToken
    {
        private readonly string? _shown;

        internal ConfigToken(string text, string value, TokenFlags flags, int line, int column, string? shown = null)
        {
            Text = text;
            Value = value;
            Flags = flags;
            Line = line;
            Column = column;
            _shown = shown;
        }

        /// <summary>The raw text, quotes and escapes included.</summary>
        public string Text { get; }

        /// <summary>The decoded value: quotes removed and escapes applied; variables are left as written.</summary>
        public string Value { get; }

        /// <summary>What the raw text contains.</summary>
        public TokenFlags Flags { get; }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based column of the first character.</summary>
        public int Column { get; }

        /// <summary>Whether any part of the token is quoted.</summary>
        public bool IsQuoted => (Flags & (TokenFlags.DoubleQuoted | TokenFlags.SingleQuoted)) != 0;

        /// <summary>The raw text for display: <c>&lt;redacted&gt;</c> for a secret word (see <c>docs/security.md</c>); <see cref="Text"/> and <see cref="Value"/> stay exact.</summary>
        public override string ToString() => _shown ?? Text;
    }
}
