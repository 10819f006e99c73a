using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using HaConfig.HAProxy;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    /// <summary>
    /// A line's parameters, packed into one number when they fit and kept in an array otherwise, read back as they were
    /// scanned: same word indexes, same value counts, same order, across the packing limits.
    /// </summary>
    public class ScannedParametersTests
    {
        // Short lines (packed) and long ones (past 15 parameters, or words past 255, or a first index of 0: kept in an
        // array), either side of every packing limit.
        private static readonly Gen<(int Start, int[] Counts)> Lines = Gen.Select(
            Gen.OneOf(Gen.Int[0, 8], Gen.Int[200, 300]),
            Gen.OneOf(Gen.Int[0, 3].Array[0, 20], Gen.Int[0, 40].Array[0, 20]),
            (start, counts) => (start, counts));

        [Fact]
        public void Packed_or_spilled_parameters_read_back_as_scanned_and_find_the_last_occurrence() =>
            Gen.Select(Lines, Gen.Int[0, 2].Array[20], (line, names) => (line.Start, line.Counts, Names: names)).Sample(line =>
        {
            // A line of words: filler up to the first parameter, then each parameter's keyword (x, y or z) and its values.
            var words = new List<string>();
            for (int i = 0; i < line.Start; i++) words.Add("w");
            var scanned = new List<ScannedParameter>();
            for (int p = 0; p < line.Counts.Length; p++)
            {
                scanned.Add(new ScannedParameter(words.Count, line.Counts[p]));
                words.Add("xyz"[line.Names[p]].ToString());
                for (int v = 0; v < line.Counts[p]; v++) words.Add("v");
            }

            var parameters = ScannedParameters.From(scanned.ToArray());
            var read = new List<ScannedParameter>();
            foreach (var parameter in parameters) read.Add(parameter);

            parameters.Count.Should().Be(scanned.Count);
            read.Select(p => (p.Index, p.Count)).Should().Equal(scanned.Select(p => (p.Index, p.Count)));

            var lineWords = HAProxyConfig.Parse(string.Join(" ", words) + "\n").Document.GetWords(0);
            foreach (string name in new[] { "x", "y", "z", "v" })
            {
                int last = scanned.FindLastIndex(p => words[p.Index] == name);
                int found = parameters.FindLast(lineWords, name, out int valueCount);
                found.Should().Be(last < 0 ? -1 : scanned[last].Index);
                valueCount.Should().Be(last < 0 ? 0 : scanned[last].Count);
            }
        }, iter: 1000);

        [Theory]
        [InlineData(3, 1)]
        [InlineData(12, 0)]
        [InlineData(13, 1)]
        [InlineData(14, 1)]
        [InlineData(40, 0)]
        public void Options_are_found_on_lines_of_any_length(int parameters, int values)
        {
            // "check check ..." or "inter 2s inter 2s ...", then one more "weight 7" at the end, and an earlier "weight 1" the last one overrides.
            var words = new List<string> { "server", "s", "10.0.0.1:80", "weight", "1" };
            for (int i = 0; i < parameters; i++)
            {
                words.Add(values == 0 ? "check" : "inter");
                for (int v = 0; v < values; v++) words.Add("2s");
            }

            words.Add("weight");
            words.Add("7");
            var config = HAProxyConfig.Parse("backend b\n    " + string.Join(" ", words) + "\n");
            var server = config.Backends.Single().Servers.Single();

            server.GetOption("weight").Should().Be("7");
            server.OptionNames.Count.Should().Be(parameters + 2);
            server.HasOption("rise").Should().BeFalse();
        }
    }
}
