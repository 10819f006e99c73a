using System;
using System.Collections.Generic;
using System.Text;

namespace HaConfig.Cli
{
    /// <summary>A unified diff of two texts, line by line (Myers' O(ND) algorithm), as <c>diff -u</c> prints it.</summary>
    internal static class UnifiedDiff
    {
        private const int Context = 3;

        public static string Create(string oldText, string newText, string oldName, string newName)
        {
            var a = SplitLines(oldText);
            var b = SplitLines(newText);
            var edits = Diff(a, b);
            var output = new StringBuilder();
            output.Append("--- ").Append(oldName).Append('\n');
            output.Append("+++ ").Append(newName).Append('\n');
            int i = 0;
            while (i < edits.Count)
            {
                if (edits[i].Kind == ' ')
                {
                    i++;
                    continue;
                }

                int start = Math.Max(0, i - Context);
                int end = i;
                // Extend the hunk while changes are closer than twice the context.
                while (end < edits.Count)
                {
                    if (edits[end].Kind != ' ')
                    {
                        end++;
                        continue;
                    }

                    int run = end;
                    while (run < edits.Count && edits[run].Kind == ' ') run++;
                    if (run == edits.Count || run - end > 2 * Context)
                    {
                        end = Math.Min(edits.Count, end + Context);
                        break;
                    }

                    end = run;
                }

                WriteHunk(edits, start, end, output);
                i = end;
            }

            return output.ToString();
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

        private static void WriteHunk(List<Edit> edits, int start, int end, StringBuilder output)
        {
            int oldStart = edits[start].OldLine, newStart = edits[start].NewLine, oldCount = 0, newCount = 0;
            for (int k = start; k < end; k++)
            {
                if (edits[k].Kind != '+') oldCount++;
                if (edits[k].Kind != '-') newCount++;
            }

            output.Append("@@ -").Append(oldCount == 0 ? oldStart : oldStart + 1).Append(',').Append(oldCount)
                .Append(" +").Append(newCount == 0 ? newStart : newStart + 1).Append(',').Append(newCount).Append(" @@\n");
            for (int k = start; k < end; k++) output.Append(edits[k].Kind).Append(edits[k].Line).Append('\n');
        }

        private static List<string> SplitLines(string text)
        {
            var lines = new List<string>(text.Split('\n'));
            if (lines.Count > 0 && lines[lines.Count - 1].Length == 0) lines.RemoveAt(lines.Count - 1);
            return lines;
        }

        private static List<Edit> Diff(List<string> a, List<string> b)
        {
            int n = a.Count, m = b.Count, max = n + m;
            var v = new int[2 * max + 2];
            var trace = new List<int[]>();
            for (int d = 0; d <= max; d++)
            {
                trace.Add((int[])v.Clone());
                for (int k = -d; k <= d; k += 2)
                {
                    int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a[x] == b[y])
                    {
                        x++;
                        y++;
                    }

                    v[max + k] = x;
                    if (x >= n && y >= m) return Backtrack(trace, a, b, max);
                }
            }

            return Backtrack(trace, a, b, max);
        }

        private static List<Edit> Backtrack(List<int[]> trace, List<string> a, List<string> b, int max)
        {
            var edits = new List<Edit>();
            int x = a.Count, y = b.Count;
            for (int d = trace.Count - 1; d >= 0; d--)
            {
                var v = trace[d];
                int k = x - y;
                int previousK = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? k + 1 : k - 1;
                int previousX = v[max + previousK];
                int previousY = previousX - previousK;
                while (x > previousX && y > previousY)
                {
                    edits.Add(new Edit(' ', a[x - 1], x - 1, y - 1));
                    x--;
                    y--;
                }

                if (d > 0)
                {
                    if (x == previousX) edits.Add(new Edit('+', b[y - 1], x, y - 1));
                    else edits.Add(new Edit('-', a[x - 1], x - 1, y));
                }

                x = previousX;
                y = previousY;
            }

            edits.Reverse();
            return edits;
        }
    }
}
