using System;

namespace HaConfig.Syntax
{
    /// <summary>What a token's raw text contains, so that decoding can be skipped for plain words.</summary>
    [Flags]
    public enum TokenFlags : byte
    {
        /// <summary>A plain word: its value is its raw text.</summary>
        None = 0,

        /// <summary>Contains a double-quoted part.</summary>
        DoubleQuoted = 1,

        /// <summary>Contains a single-quoted part (HAProxy).</summary>
        SingleQuoted = 2,

        /// <summary>Contains a backslash escape.</summary>
        Escaped = 4,

        /// <summary>A lone <c>{</c> or <c>}</c> (keepalived).</summary>
        Brace = 8,

        /// <summary>The token is malformed (unterminated quote, bad escape).</summary>
        Malformed = 16,

        /// <summary>Contains a variable reference such as <c>${NAME}</c> or <c>$NAME</c>.</summary>
        Variable = 32,
    }
}
