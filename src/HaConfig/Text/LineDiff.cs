using System;
using System.Collections.Generic;
using System.Text;

namespace HaConfig.Text
{
    /// <summary>
    /// A line diff (Myers) printed in unified format with three lines of context, saying so when only line endings or the
    /// final newline differ. Used by golden-file assertions and by <c>haconfig fmt --check</c>.
    /// </summary>
    public static class LineDiff
    {
        private const int Context = 3;

        /// <summary>The unified diff from <paramref name="expected"/> to <paramref name="actual"/>, or an empty string when they are equal.</summary>
        /// <param name="expected">The old text.</param>
        /// <param name="actual">The new text.</param>
        /// <param name="expectedName">The name on the <c>---</c> line.</param>
        /// <param name="actualName">The name on the <c>+++</c> line.</param>
        public static string Unified(string expected, string actual, string expectedName = "expected", string actualName = "actual")
        {
            if (expected is null) throw new ArgumentNullException(nameof(expected));
            if (actual is null) throw new ArgumentNullException(nameof(actual));
            if (expected == actual) return string.Empty;
            if (expected.Replace("\r\n", "\n") == actual.Replace("\r\n", "\n"))
            {
                return $"--- {expectedName}\n+++ {actualName}\n(the lines are equal; only the line endings differ: expected {Endings(expected)}, actual {Endings(actual)})";
            }

            var a = Split(expected, out bool aFinalNewline);
            var b = Split(actual, out bool bFinalNewline);
            var text = new StringBuilder();
            text.Append("--- ").Append(expectedName).Append('\n');
            text.Append("+++ ").Append(actualName).Append('\n');
            var edits = Edits(a, b);
            if (!edits.Exists(e => e.Kind != ' '))
            {
                // Same lines: only the line endings or the final newline differ, which a line diff cannot show.
                text.Append($"(the lines are equal; only the final newline differs: expected {(aFinalNewline ? "one" : "none")}, actual {(bFinalNewline ? "one" : "none")})");
                return text.ToString();
            }

            AppendHunks(text, edits);
            if (aFinalNewline != bFinalNewline)
            {
                text.Append($"(the final newline also differs: expected {(aFinalNewline ? "one" : "none")}, actual {(bFinalNewline ? "one" : "none")})");
            }

            return text.ToString().TrimEnd('\n');
        }

        private static string Endings(string text) => text.Contains("\r\n") ? (text.Replace("\r\n", string.Empty).IndexOf('\n') >= 0 ? "mixed" : "CRLF") : "LF";

        private static string[] Split(string text, out bool finalNewline)
        {
            finalNewline = text.EndsWith("\n", StringComparison.Ordinal);
            if (finalNewline) text = text.Substring(0, text.Length - 1);
            if (text.Length == 0) return finalNewline ? new[] { string.Empty } : Array.Empty<string>();
            return text.Split('\n');
        }

        private readonly struct Edit
        {
            public Edit(char kind, string line, int oldLine, int newLine)
            {
                Kind = kind;
                Line = line;
                OldLine = oldLine;
                NewLine = newLine;
            }

            public char Kind { get; }

            public string Line { get; }

            public int OldLine { get; }

            public int NewLine { get; }
        }

        private static List<Edit> Edits(string[] a, string[] b)
        {
            // Common prefix and suffix first: golden files usually differ in a few lines, which keeps the table small.
            int prefix = 0;
            while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
            int suffix = 0;
            while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix]) suffix++;
            int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;

            var lcs = new int[n + 1, m + 1];
            for (int i = n - 1; i >= 0; i--)
            {
                for (int j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            var edits = new List<Edit>(a.Length + b.Length);
            for (int k = 0; k < prefix; k++) edits.Add(new Edit(' ', a[k], k, k));
            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[prefix + x] == b[prefix + y])
                {
                    edits.Add(new Edit(' ', a[prefix + x], prefix + x, prefix + y));
                    x++;
                    y++;
                }
                else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    edits.Add(new Edit('-', a[prefix + x], prefix + x, prefix + y));
                    x++;
                }
                else
                {
                    edits.Add(new Edit('+', b[prefix + y], prefix + x, prefix + y));
                    y++;
                }
            }

            for (int k = 0; k < suffix; k++) edits.Add(new Edit(' ', a[a.Length - suffix + k], a.Length - suffix + k, b.Length - suffix + k));
            return edits;
        }

        private static void AppendHunks(StringBuilder text, List<Edit> edits)
        {
            int index = 0;
            while (index < edits.Count)
            {
                int firstChange = edits.FindIndex(index, e => e.Kind != ' ');
                if (firstChange < 0) break;
                int start = Math.Max(index, firstChange - Context);
                int end = firstChange;

                // Extend the hunk while the next change is within two contexts of the last one.
                for (int k = firstChange; k < edits.Count; k++)
                {
                    if (edits[k].Kind == ' ') continue;
                    if (k - end > 2 * Context) break;
                    end = k;
                }

                int stop = Math.Min(edits.Count, end + Context + 1);
                int oldCount = 0, newCount = 0;
                for (int k = start; k < stop; k++)
                {
                    if (edits[k].Kind != '+') oldCount++;
                    if (edits[k].Kind != '-') newCount++;
                }

                int oldStart = oldCount == 0 ? edits[start].OldLine : edits[start].OldLine + 1;
                int newStart = newCount == 0 ? edits[start].NewLine : edits[start].NewLine + 1;
                text.Append($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
                for (int k = start; k < stop; k++) text.Append(edits[k].Kind).Append(edits[k].Line).Append('\n');
                index = stop;
            }
        }
    }
}
