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
        // Value counts up to 20 and lines up to 20 parameters starting up to word 300: either side of every packing limit.
        private static readonly Gen<(int Start, int[] Counts)> Lines =
            Gen.Select(Gen.Int[0, 300], Gen.Int[0, 20].Array[0, 20], (start, counts) => (start, counts));

        [Fact]
        public void Packed_or_spilled_parameters_read_back_as_scanned() => Lines.Sample(line =>
        {
            var scanned = new List<ScannedParameter>();
            int index = line.Start;
            foreach (int count in line.Counts)
            {
                scanned.Add(new ScannedParameter(index, count));
                index += 1 + count;
            }

            var parameters = ScannedParameters.From(scanned.ToArray());
            var read = new List<ScannedParameter>();
            foreach (var parameter in parameters) read.Add(parameter);

            parameters.Count.Should().Be(scanned.Count);
            read.Select(p => (p.Index, p.Count)).Should().Equal(scanned.Select(p => (p.Index, p.Count)));
        }, iter: 2000);

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
