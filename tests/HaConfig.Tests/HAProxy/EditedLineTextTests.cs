using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    /// <summary>
    /// A line's text is a slice of the document's source until it is edited, then its own string; writing the document
    /// makes the written text the source of every line again. Random edits interleaved with writes must keep every
    /// line's text, and the whole text, what a plain list of lines says.
    /// </summary>
    public class EditedLineTextTests
    {
        private const string Start = "global\n    maxconn 100\n\ndefaults\n    mode http\n    timeout connect 5s\n\nbackend be\n    balance roundrobin\n    server s1 10.0.0.1:80 check\n    server s2 10.0.0.2:80 check\n";

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        [InlineData(5)]
        [InlineData(6)]
        [InlineData(7)]
        [InlineData(8)]
        public void Random_edits_and_writes_keep_every_line_text(int seed)
        {
            var random = new Random(seed);
            var config = HAProxyConfig.Parse(Start);
            var expected = Start.Split('\n').ToList();
            expected.RemoveAt(expected.Count - 1); // the text ends with a line break

            for (int step = 0; step < 200; step++)
            {
                var lines = config.Lines;
                int index = random.Next(lines.Count);
                switch (random.Next(5))
                {
                    case 0:
                        string text = "    # edit " + step;
                        lines[index].SetText(text);
                        expected[index] = text;
                        break;
                    case 1 when lines.Count > 3:
                        lines[index].Remove();
                        expected.RemoveAt(index);
                        break;
                    case 2 when config.Sections.Count > 0:
                        config.Sections[config.Sections.Count - 1].Add("server", "n" + step, "10.1.0." + (step % 250) + ":80");
                        int at = config.Lines.ToList().FindIndex(l => l.Text.Contains(" n" + step + " ", StringComparison.Ordinal));
                        expected.Insert(at, config.Lines[at].Text);
                        break;
                    case 3:
                        config.ToString().Should().Be(string.Join("\n", expected) + "\n", "after step {0}", step);
                        break;
                    default:
                        if (lines[index].TokenCount > 1)
                        {
                            lines[index].SetValue(1, "v" + step);
                            expected[index] = lines[index].Text;
                        }

                        break;
                }

                config.Lines.Select(l => l.Text).Should().Equal(expected, "after step {0}", step);
            }

            config.ToString().Should().Be(string.Join("\n", expected) + "\n");
            HAProxyConfig.Parse(config.ToString()).Lines.Select(l => l.Text).Should().Equal(expected);
        }
    }
}
