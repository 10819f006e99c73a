using System;
using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary><c>option name [args]</c>, <c>no option name</c> or <c>default option name</c>.</summary>
    public class OptionDirective : HAProxyDirective
    {
        internal OptionDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>Whether the line starts with <c>no</c>.</summary>
        public bool IsNegated => Line.ValueEquals(0, "no");

        /// <summary>Whether the line starts with <c>default</c> (reset to the defaults section's setting).</summary>
        public bool IsDefault => Line.ValueEquals(0, "default");

        /// <summary>The option's name (<c>httplog</c>, <c>forwardfor</c>…), or an empty string when missing.</summary>
        public string Name => NameIndex < Line.TokenCount ? Line.GetValue(NameIndex) : string.Empty;

        /// <summary>Whether the option's name is <paramref name="name"/>, without allocating.</summary>
        internal bool NameEquals(string name) => NameSpan.SequenceEqual(name.AsSpan());

        /// <summary>
        /// <see cref="Name"/> as a span (empty when missing), through one lookup of the line's record: the rules compare
        /// the name of every option line, often with several names.
        /// </summary>
        internal ReadOnlySpan<char> NameSpan
        {
            get
            {
                var words = Line.Words;
                int at = words.ValueEquals(0, "no") || words.ValueEquals(0, "default") ? 2 : 1;
                return at < words.Count ? words[at] : default;
            }
        }

        /// <summary>The words after the option's name.</summary>
        public IReadOnlyList<string> OptionArguments
        {
            get
            {
                var result = new List<string>();
                for (int i = NameIndex + 1; i < Line.TokenCount; i++) result.Add(Line.GetValue(i));
                return result;
            }
        }

        /// <summary>Whether the option is switched on by this line (not <c>no</c>, not <c>default</c>).</summary>
        public bool Enables => !IsNegated && !IsDefault;

        private protected int NameIndex => IsNegated || IsDefault ? 2 : 1;

        internal static OptionDirective Create(HAProxySection section, HAProxyLine line)
        {
            int nameIndex = line.ValueEquals(0, "option") ? 1 : 2;
            return line.ValueEquals(nameIndex, "httpchk") ? new HttpCheckOptionDirective(section, line) : new OptionDirective(section, line);
        }
    }
}
