using System;
using HaConfig.Syntax;

namespace HaConfig.HAProxy.Syntax
{
    /// <summary>A live view of one physical line of <c>haproxy.cfg</c>.</summary>
    public sealed class HAProxyLine : SyntaxLineView
    {
        internal HAProxyLine(SyntaxDocument document, int id)
            : base(document, id)
        {
        }

        /// <summary>What the line is.</summary>
        public HAProxyLineKind Kind => (HAProxyLineKind)Document.GetLine(Index).Kind;

        /// <summary>Whether the line carries a keyword (a directive or a section header).</summary>
        public bool IsStatement => Kind is HAProxyLineKind.Directive or HAProxyLineKind.SectionHeader;

        /// <summary>The line's text, to ask whether its words may hold some text without reading them (valid until an edit).</summary>
        internal LineSearch Search => new(TextSpan);

        /// <summary>
        /// Whether a line's text holds a quote or an escape. Without any, each word's value is its text: none is empty,
        /// and any text a word holds shows in the line's text.
        /// </summary>
        internal static bool HasQuotesOrEscapes(ReadOnlySpan<char> content) => content.IndexOfAny('\\', '"', '\'') >= 0;
    }

    /// <summary>
    /// Questions about the words of a line answered from its text: whether a word may contain some text, false only
    /// when certain. One vectorised search of the text, so that a rule looking for a rare word skips most lines without
    /// reading their words. A word's value differs from its text only through quotes and escapes, so a line holding any
    /// is always a maybe. A ref struct: it lives in a local, for the questions a rule asks about one line.
    /// </summary>
    internal readonly ref struct LineSearch
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly bool _quotedOrEscaped;

        public LineSearch(ReadOnlySpan<char> text)
        {
            _text = text;
            _quotedOrEscaped = HAProxyLine.HasQuotesOrEscapes(text);
        }

        /// <summary>Whether a word may contain <paramref name="text"/>.</summary>
        public bool MayContain(string text) => _quotedOrEscaped || _text.IndexOf(text.AsSpan()) >= 0;
    }
}
