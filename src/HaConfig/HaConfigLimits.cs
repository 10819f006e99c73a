using System;

namespace HaConfig
{
    /// <summary>
    /// Resource limits applied while parsing, so that hostile or broken input produces a diagnostic naming the limit
    /// instead of exhausting memory, the stack or time. Include and expansion limits live on
    /// <see cref="Keepalived.KeepalivedLoadOptions"/> and <see cref="Keepalived.KeepalivedExpansionOptions"/>.
    /// </summary>
    public sealed class HaConfigLimits
    {
        /// <summary>Default for <see cref="MaxFileBytes"/>: 32 MiB.</summary>
        public const long DefaultMaxFileBytes = 32L * 1024 * 1024;

        /// <summary>Default for <see cref="MaxLineLength"/>: 64 Ki characters.</summary>
        public const int DefaultMaxLineLength = 64 * 1024;

        /// <summary>Default for <see cref="MaxNestingDepth"/>: 100 levels of keepalived blocks.</summary>
        public const int DefaultMaxNestingDepth = 100;

        private long _maxFileBytes = DefaultMaxFileBytes;
        private int _maxLineLength = DefaultMaxLineLength;
        private int _maxNestingDepth = DefaultMaxNestingDepth;

        /// <summary>The limits used when none are given.</summary>
        public static HaConfigLimits Default { get; } = new();

        /// <summary>
        /// The largest file (bytes when loading, characters for <c>Parse</c>) that is lexed. A larger one is kept as
        /// text, so it still writes back unchanged, but its lines are not lexed and HA0040 is reported.
        /// </summary>
        public long MaxFileBytes
        {
            get => _maxFileBytes;
            set => _maxFileBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        /// <summary>The longest physical line (characters) accepted without HA0041.</summary>
        public int MaxLineLength
        {
            get => _maxLineLength;
            set => _maxLineLength = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        /// <summary>The deepest keepalived block nesting; deeper blocks are flattened into their ancestor with HA0042.</summary>
        public int MaxNestingDepth
        {
            get => _maxNestingDepth;
            set => _maxNestingDepth = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }
    }
}
