using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// <c>log global</c>, <c>no log</c>, or <c>log target [len n] [format f] [sample r:s] [profile p] facility [level [minlevel]]</c>.
    /// </summary>
    public sealed class LogDirective : HAProxyDirective
    {
        internal LogDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>Whether the line is <c>no log</c>.</summary>
        public bool IsNegated => Line.ValueEquals(0, "no");

        /// <summary>Whether the line is <c>log global</c> (use the global section's loggers).</summary>
        public bool IsGlobal => !IsNegated && Line.ValueEquals(1, "global");

        /// <summary>The target (address, <c>/dev/log</c>, <c>stdout</c>, <c>ring@name</c>…), or null.</summary>
        public string? Target => IsNegated || IsGlobal ? null : GetArgument(0);

        /// <summary>The <c>len</c> value, or null.</summary>
        public int? Length => int.TryParse(Option("len"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : null;

        /// <summary>The <c>format</c> value, or null.</summary>
        public string? Format => Option("format");

        /// <summary>The facility (<c>local0</c>…), or null.</summary>
        public string? Facility => Tail(0);

        /// <summary>The maximum level, or null.</summary>
        public string? Level => Tail(1);

        /// <summary>The minimum level, or null.</summary>
        public string? MinLevel => Tail(2);

        private int TailStart
        {
            get
            {
                int i = 2;
                while (i + 1 < Line.TokenCount && Line.GetValue(i) is "len" or "format" or "sample" or "profile") i += 2;
                return i;
            }
        }

        private string? Option(string name)
        {
            if (Target is null) return null;
            int end = TailStart;
            for (int i = 2; i + 1 < end; i += 2)
            {
                if (Line.ValueEquals(i, name)) return Line.GetValue(i + 1);
            }

            return null;
        }

        private string? Tail(int offset)
        {
            if (Target is null) return null;
            int at = TailStart + offset;
            return at < Line.TokenCount ? Line.GetValue(at) : null;
        }
    }
}
