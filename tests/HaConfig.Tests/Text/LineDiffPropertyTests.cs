using System;
using System.Linq;
using FluentAssertions;
using HaConfig.Text;
using Xunit;

namespace HaConfig.Tests.Text
{
    public class LineDiffPropertyTests
    {
        [Fact]
        public void Distant_changes_make_separate_hunks_with_three_lines_of_context()
        {
            string old = string.Join("\n", Enumerable.Range(1, 20).Select(i => "l" + i)) + "\n";
            string changed = old.Replace("l2\n", "L2\n").Replace("l18\n", "L18\n");

            LineDiff.Unified(old, changed, "a", "b").Should().Be(
                "--- a\n+++ b\n" +
                "@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n" +
                "@@ -15,6 +15,6 @@\n l15\n l16\n l17\n-l18\n+L18\n l19\n l20");
        }

        [Fact]
        public void Applying_the_diff_reconstructs_the_new_text()
        {
            var random = new Random(7);
            for (int round = 0; round < 200; round++)
            {
                var a = Enumerable.Range(0, random.Next(0, 15)).Select(_ => "w" + random.Next(0, 5)).ToList();
                var b = Enumerable.Range(0, random.Next(0, 15)).Select(_ => "w" + random.Next(0, 5)).ToList();
                string oldText = string.Concat(a.Select(l => l + "\n")), newText = string.Concat(b.Select(l => l + "\n"));

                Apply(oldText, LineDiff.Unified(oldText, newText, "a", "b")).Should().Be(newText);
            }
        }

        private static string Apply(string oldText, string diff)
        {
            var old = oldText.Split('\n').ToList();
            old.RemoveAt(old.Count - 1);
            var result = new System.Collections.Generic.List<string>();
            int position = 0;
            foreach (var line in diff.Split('\n').Skip(2).Where(l => l.Length > 0))
            {
                if (line.StartsWith("@@"))
                {
                    var range = line.Split(' ')[1].TrimStart('-').Split(',');
                    int start = int.Parse(range[0]), count = int.Parse(range[1]);
                    int target = count == 0 ? start : start - 1;
                    while (position < target) result.Add(old[position++]);
                    continue;
                }

                switch (line[0])
                {
                    case ' ': result.Add(old[position++]); break;
                    case '-': position++; break;
                    case '+': result.Add(line.Substring(1)); break;
                }
            }

            while (position < old.Count) result.Add(old[position++]);
            return string.Concat(result.Select(l => l + "\n"));
        }
    }
}
