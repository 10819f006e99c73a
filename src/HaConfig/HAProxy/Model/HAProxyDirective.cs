using System;
using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;
using HaConfig.Text;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// A keyword line inside a section, untyped: the keyword and its arguments as the daemon reads them.
    /// Typed directives derive from it, so every directive stays reachable this way.
    /// </summary>
    public class HAProxyDirective
    {
        internal HAProxyDirective(HAProxySection section, HAProxyLine line)
        {
            Section = section;
            Line = line;
        }

        /// <summary>The section holding the directive.</summary>
        public HAProxySection Section { get; }

        /// <summary>The line, for raw access.</summary>
        public HAProxyLine Line { get; }

        /// <summary>The first word (for <c>no option x</c>, <c>no</c>).</summary>
        public string Keyword => InternedKeyword(Line);

        /// <summary>A line's first word, as the catalogue's shared string when it is a known keyword (no allocation).</summary>
        internal static string InternedKeyword(HAProxyLine line)
        {
            var word = line.GetValueSpan(0);
            return HaConfig.HAProxy.Catalogue.HAProxyKeywordCatalogue.Instance.InternFirstWord(word) ?? word.ToString();
        }

        /// <summary>The words after the keyword, decoded.</summary>
        public IReadOnlyList<string> Arguments
        {
            get
            {
                int count = Line.TokenCount;
                var values = new string[Math.Max(0, count - 1)];
                for (int i = 1; i < count; i++) values[i - 1] = Line.GetValue(i);
                return values;
            }
        }

        /// <summary>Argument <paramref name="index"/> (0 = the first word after the keyword), or null.</summary>
        public string? GetArgument(int index) => index + 1 < Line.TokenCount ? Line.GetValue(index + 1) : null;

        /// <summary>Sets argument <paramref name="index"/>; only that word of the line is rewritten.</summary>
        public void SetArgument(int index, string value) => Line.SetValue(index + 1, value);

        /// <summary>Where the directive is.</summary>
        public SourceLocation Location => Line.Location;

        /// <summary>Removes the directive's line.</summary>
        public void Remove() => Line.Remove();

        /// <summary>Computes what the directive caches, before rules read it from several threads (see <c>HAProxyConfig.PrepareForConcurrentReads</c>).</summary>
        internal virtual void PrepareForConcurrentReads()
        {
        }

        /// <summary>The line's words for display, secrets shown as <c>&lt;redacted&gt;</c>; <c>Line.Text</c> is the exact text.</summary>
        public override string ToString() => Line.ToString().Trim();
    }
}
