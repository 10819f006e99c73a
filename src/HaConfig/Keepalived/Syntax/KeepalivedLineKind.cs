namespace HaConfig.Keepalived.Syntax
{
    /// <summary>What a physical line of <c>keepalived.conf</c> is.</summary>
    public enum KeepalivedLineKind : byte
    {
        /// <summary>Nothing but white space.</summary>
        Blank = 0,

        /// <summary>Only a comment (<c>!</c> or <c>#</c>) and white space.</summary>
        Comment = 1,

        /// <summary>Words, possibly with braces: a keyword line, a block header, a value inside a block.</summary>
        Statement = 2,

        /// <summary>A parameter definition <c>$NAME=value</c> (words: the name, then the value as written).</summary>
        Definition = 3,

        /// <summary>A line starting with <c>@id</c> or <c>@^id</c>: the first word is the condition, the rest the statement.</summary>
        Conditional = 4,

        /// <summary>A line starting with <c>~SEQ(…)</c>, <c>~SEQx(…)</c> or <c>~LST(…)</c>: the specifications, then the repeated text.</summary>
        Sequence = 5,

        /// <summary><c>include</c>, <c>includer</c>, <c>includem</c>, <c>includew</c>, <c>includeb</c> or <c>includea</c>.</summary>
        Include = 6,

        /// <summary>Only braces (<c>{</c>, <c>}</c>, <c>} }</c>).</summary>
        BraceOnly = 7,

        /// <summary>A following line of a multi-line <c>$NAME=</c> definition (the previous line ended in <c>\</c>).</summary>
        DefinitionContinuation = 8,
    }
}
