using HaConfig.Syntax;

namespace HaConfig.Keepalived.Syntax
{
    /// <summary>A live view of one physical line of <c>keepalived.conf</c>.</summary>
    public sealed class KeepalivedLine : SyntaxLineView
    {
        internal KeepalivedLine(SyntaxDocument document, int id)
            : base(document, id)
        {
        }

        /// <summary>What the line is.</summary>
        public KeepalivedLineKind Kind => (KeepalivedLineKind)Document.GetLine(Index).Kind;

        /// <summary>The condition prefix (<c>@id</c> or <c>@^id</c>) of a conditional line, or null.</summary>
        public string? Condition => Kind == KeepalivedLineKind.Conditional ? GetValue(0) : null;

        /// <summary>The file this line belongs to, or null for parsed text.</summary>
        public string? Path => Document.Path;
    }
}
