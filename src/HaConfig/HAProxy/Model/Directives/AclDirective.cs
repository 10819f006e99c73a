using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary><c>acl name criterion[,conv…] [flags] [operator] [value…]</c>.</summary>
    public sealed class AclDirective : HAProxyDirective
    {
        internal AclDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The ACL's name, or null.</summary>
        public string? Name => GetArgument(0);

        /// <summary>The fetch with its converters (<c>path_beg</c>, <c>req.hdr(host),lower</c>), or null.</summary>
        public string? Criterion => GetArgument(1);

        /// <summary>The flags with their values (<c>-i</c>, <c>-m beg</c>, <c>-f file</c>), in order.</summary>
        public IReadOnlyList<string> Flags
        {
            get
            {
                var result = new List<string>();
                int end = PatternsStart;
                for (int i = 3; i < end; i++) result.Add(Line.GetValue(i));
                return result;
            }
        }

        /// <summary>Whether the flag is present (<c>-i</c>, <c>-m</c>…).</summary>
        public bool HasFlag(string flag)
        {
            int end = PatternsStart;
            for (int i = 3; i < end; i++)
            {
                if (Line.ValueEquals(i, flag)) return true;
            }

            return false;
        }

        /// <summary>The values after the flags, the operator included for integer matches (<c>gt 10</c>).</summary>
        public IReadOnlyList<string> Patterns
        {
            get
            {
                var result = new List<string>();
                for (int i = PatternsStart; i < Line.TokenCount; i++) result.Add(Line.GetValue(i));
                return result;
            }
        }

        /// <summary>The word index where patterns start (after the flags and a closing <c>--</c>).</summary>
        private int PatternsStart
        {
            get
            {
                int i = 3;
                while (i < Line.TokenCount)
                {
                    string word = Line.GetValue(i);
                    if (word == "--") return i + 1;
                    if (word.Length < 2 || word[0] != '-') return i;
                    i += word is "-f" or "-m" or "-u" ? 2 : 1;
                }

                return System.Math.Min(i, Line.TokenCount);
            }
        }
    }
}
