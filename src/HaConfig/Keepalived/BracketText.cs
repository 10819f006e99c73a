using System.Collections.Generic;

namespace HaConfig.Keepalived
{
    /// <summary>
    /// Nested brackets in keepalived's text-level syntax: <c>~SEQ(…)</c>/<c>~LST({a,b},…)</c> arguments and csh-style
    /// <c>{a,b}</c> alternatives in include globs share the same two operations.
    /// </summary>
    internal static class BracketText
    {
        /// <summary>The index of the bracket closing the one at <paramref name="open"/>, or -1.</summary>
        public static int MatchingClose(string text, int open, char openChar, char closeChar)
        {
            if (open < 0) return -1;
            int depth = 0;
            for (int i = open; i < text.Length; i++)
            {
                if (text[i] == openChar) depth++;
                else if (text[i] == closeChar && --depth == 0) return i;
            }

            return -1;
        }

        /// <summary>Splits at commas outside <c>{…}</c>.</summary>
        public static List<string> SplitTopLevel(string text, bool trim)
        {
            var parts = new List<string>();
            int depth = 0, start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '{') depth++;
                else if (text[i] == '}') depth--;
                else if (text[i] == ',' && depth == 0)
                {
                    parts.Add(Part(text.Substring(start, i - start), trim));
                    start = i + 1;
                }
            }

            parts.Add(Part(text.Substring(start), trim));
            return parts;
        }

        private static string Part(string part, bool trim) => trim ? part.Trim() : part;
    }
}
