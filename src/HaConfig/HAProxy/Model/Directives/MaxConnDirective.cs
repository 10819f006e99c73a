using System.Globalization;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// <c>maxconn n</c>. HAProxy reads proxy values (and global ones up to 2.6) with <c>atol()</c>: leading digits only,
    /// so <c>maxconn 10k</c> silently means 10. <see cref="Value"/> follows that reading; <see cref="IsStrictInteger"/>
    /// tells whether the word is a clean integer.
    /// </summary>
    public sealed class MaxConnDirective : HAProxyDirective
    {
        internal MaxConnDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The value word as written, or null.</summary>
        public string? RawValue => GetArgument(0);

        /// <summary>The value as <c>atol()</c> reads it (0 when no digits lead), or null when the word is missing.</summary>
        public long? Value
        {
            get
            {
                string? raw = RawValue;
                return raw is null ? null : Atol(raw);
            }
        }

        /// <summary>Whether the word is a plain integer (what HAProxy 2.7+ requires in global).</summary>
        public bool IsStrictInteger => RawValue is { Length: > 0 } raw && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

        /// <summary>Sets the value; only the value word is rewritten.</summary>
        public void SetValue(long value)
        {
            string text = value.ToString(CultureInfo.InvariantCulture);
            if (Line.TokenCount > 1) SetArgument(0, text);
            else Line.InsertValues(1, text);
        }

        /// <summary>Reads <paramref name="text"/> like C's <c>atol</c>: blanks, a sign, then digits up to the first other character.</summary>
        public static long Atol(string text)
        {
            int i = 0;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            bool negative = false;
            if (i < text.Length && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
            long value = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9' && value < long.MaxValue / 10) value = value * 10 + (text[i++] - '0');
            return negative ? -value : value;
        }
    }
}
