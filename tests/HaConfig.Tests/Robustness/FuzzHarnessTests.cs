using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.Fuzz;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.Robustness
{
    /// <summary>
    /// The long-run fuzz harness (tests/HaConfig.Fuzz) in miniature: each target over the project's example files and its
    /// built-in seed, plus a fixed number of mutations from a fixed random seed, so the harness is exercised by every test
    /// run and stays deterministic. The long runs are manual (docs/testing.md).
    /// </summary>
    public class FuzzHarnessTests
    {
        private const int Mutations = 40;

        public static TheoryData<string> Targets() => new(FuzzTarget.All.Select(t => t.Name));

        [Theory]
        [MemberData(nameof(Targets))]
        public void Fuzz_target_passes_its_seeds_and_a_few_mutations(string name)
        {
            var target = FuzzTarget.Find(name)!;
            var seeds = target.Seeds(Repository.DocsExamples);
            string findings = Directory.CreateTempSubdirectory("haconfig-fuzz").FullName;
            try
            {
                var report = InProcessFuzzer.Run(target, seeds, new FuzzRunOptions
                {
                    Seconds = 60,
                    MaxCases = seeds.Count + Mutations,
                    RandomSeed = 20261127,
                    OutputDirectory = findings,
                    MinimizeSeconds = 0,
                });

                seeds.Should().HaveCountGreaterThan(1, "the examples and the built-in seed");
                report.Findings.Should().BeEmpty(InProcessFuzzer.Summary(report));
                report.Cases.Should().Be(seeds.Count + Mutations);
                Directory.GetFiles(findings).Should().BeEmpty("a clean run leaves no input behind");
            }
            finally
            {
                Directory.Delete(findings, true);
            }
        }

        [Fact]
        public void A_failure_is_saved_once_with_its_input_shrunk_to_what_still_fails()
        {
            var target = new FuzzTarget("test", input =>
            {
                if (System.Text.Encoding.ASCII.GetString(input).Contains("BAD", System.StringComparison.Ordinal)) throw new FuzzFailure("the input says BAD");
            });
            string findings = Directory.CreateTempSubdirectory("haconfig-fuzz").FullName;
            try
            {
                var seeds = new[] { Ascii("global\n    BAD one\n"), Ascii("fine"), Ascii("xxBADyy") };
                var report = InProcessFuzzer.Run(target, seeds, new FuzzRunOptions { Seconds = 0, OutputDirectory = findings, MinimizeSeconds = 5 });

                report.Cases.Should().Be(3);
                var finding = report.Findings.Should().ContainSingle("both failing seeds fail the same way").Subject;
                finding.Signature.Should().StartWith("FuzzFailure the input says BAD at ");
                File.ReadAllBytes(finding.InputFile!).Should().Equal(seeds[0]);
                File.ReadAllBytes(finding.MinimizedFile!).Should().Equal(Ascii("BAD"));
                File.ReadAllText(Path.ChangeExtension(finding.InputFile!, ".txt")).Should().StartWith(finding.Signature);
                File.Exists(Path.Combine(findings, "current-test.bin")).Should().BeFalse("the in-flight copy is removed when the run ends");
            }
            finally
            {
                Directory.Delete(findings, true);
            }
        }

        [Fact]
        public void A_case_running_past_the_timeout_is_reported_as_a_hang_with_its_input()
        {
            var target = new FuzzTarget("slow", input =>
            {
                if (input.Length > 0 && input[0] == (byte)'z') System.Threading.Thread.Sleep(System.TimeSpan.FromSeconds(3));
            });
            string findings = Directory.CreateTempSubdirectory("haconfig-fuzz").FullName;
            try
            {
                var report = InProcessFuzzer.Run(target, new[] { Ascii("a"), Ascii("zzz") }, new FuzzRunOptions
                {
                    Seconds = 0,
                    OutputDirectory = findings,
                    CaseTimeout = System.TimeSpan.FromMilliseconds(300),
                });

                var finding = report.Findings.Should().ContainSingle().Subject;
                finding.Signature.Should().Be("timeout");
                File.ReadAllBytes(finding.InputFile!).Should().Equal(Ascii("zzz"));
            }
            finally
            {
                System.Threading.Thread.Sleep(System.TimeSpan.FromSeconds(3)); // the hung case still runs in the background
                Directory.Delete(findings, true);
            }
        }

        private static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
    }
}
