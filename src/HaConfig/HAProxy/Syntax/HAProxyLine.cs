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
    }
}
