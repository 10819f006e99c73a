namespace HaConfig.HAProxy.Syntax
{
    /// <summary>What a physical line of <c>haproxy.cfg</c> is.</summary>
    public enum HAProxyLineKind : byte
    {
        /// <summary>Nothing but white space.</summary>
        Blank = 0,

        /// <summary>Only a comment (and white space).</summary>
        Comment = 1,

        /// <summary>A keyword and its arguments inside a section.</summary>
        Directive = 2,

        /// <summary>A line whose first word opens a section (<c>global</c>, <c>frontend fe</c>, …).</summary>
        SectionHeader = 3,

        /// <summary><c>.if</c>, <c>.elif</c>, <c>.else</c> or <c>.endif</c>.</summary>
        Conditional = 4,

        /// <summary><c>.diag</c>, <c>.notice</c>, <c>.warning</c> or <c>.alert</c>.</summary>
        Message = 5,

        /// <summary>Any other word starting with a dot (HAProxy rejects it).</summary>
        UnknownDotDirective = 6,

        /// <summary>A scope declaration <c>[name]</c> (SPOE files; accepted and ignored by the main parser).</summary>
        Scope = 7,
    }
}
