using System;
using System.IO;
using FluentAssertions;
using HaConfig.Testing.Golden;
using Xunit;
using static HaConfig.Testing.Tests.Samples;

namespace HaConfig.Testing.Tests
{
    /// <summary>Update mode is an environment variable: these tests set it, so they share one collection and run alone.</summary>
    [CollectionDefinition(nameof(GoldenFileTests), DisableParallelization = true)]
    public class GoldenFileCollection
    {
    }

    [Collection(nameof(GoldenFileTests))]
    public sealed class GoldenFileTests : IDisposable
    {
        private readonly TemporaryFolder _folder = new();
        private readonly string? _previous = Environment.GetEnvironmentVariable(GoldenFile.UpdateVariable);

        public GoldenFileTests() => Environment.SetEnvironmentVariable(GoldenFile.UpdateVariable, null);

        public void Dispose()
        {
            Environment.SetEnvironmentVariable(GoldenFile.UpdateVariable, _previous);
            _folder.Dispose();
        }

        [Fact]
        public void The_same_text_matches()
        {
            string golden = _folder.Write("expected/haproxy.cfg", HAProxyText);

            HAProxyCfg().Should().MatchGoldenFile(golden).Which.Updated.Should().BeFalse();
        }

        [Fact]
        public void A_difference_fails_with_a_unified_diff()
        {
            string golden = _folder.Write("expected/haproxy.cfg", HAProxyText.Replace("balance roundrobin", "balance leastconn"));

            FailureOf(() => HAProxyCfg().Should().MatchGoldenFile(golden)).Should().Be(
                $"Expected haproxy.cfg to match golden file {golden}, but it differs:\n" +
                $"--- {golden}\n" +
                "+++ haproxy.cfg\n" +
                "@@ -12,7 +12,7 @@\n" +
                "     default_backend apiserver\n" +
                "\n" + // the diff's " " for the empty context line: FluentAssertions drops the trailing space

                " backend apiserver\n" +
                "-    balance leastconn\n" +
                "+    balance roundrobin\n" +
                "     server master1 192.168.0.11:6443 check\n" +
                "     server master2 192.168.0.12:6443 check inter 2s\n" +
                "     server master3 192.168.0.13:6443\n" +
                "Run with HACONFIG_UPDATE_GOLDEN=1 to accept the actual text.");
        }

        [Fact]
        public void A_missing_golden_file_fails()
        {
            string golden = Path.Combine(_folder.Path, "expected", "keepalived.conf");

            FailureOf(() => KeepalivedConf().Should().MatchGoldenFile(golden)).Should().Be(
                $"Expected keepalived.conf to match golden file {golden}, but the golden file does not exist.\n" +
                "Run with HACONFIG_UPDATE_GOLDEN=1 to accept the actual text.");
        }

        [Fact]
        public void Update_mode_rewrites_a_different_golden_file_and_passes()
        {
            string golden = _folder.Write("expected/keepalived.conf", "vrrp_instance OLD {\n}\n");
            Environment.SetEnvironmentVariable(GoldenFile.UpdateVariable, "1");

            var result = KeepalivedConf().Should().MatchGoldenFile(golden).Which;

            result.Updated.Should().BeTrue();
            result.Message.Should().Be($"golden file {golden} was updated");
            File.ReadAllText(golden).Should().Be(KeepalivedText);
        }

        [Fact]
        public void Update_mode_creates_a_missing_golden_file()
        {
            string golden = Path.Combine(_folder.Path, "new", "haproxy.cfg");
            Environment.SetEnvironmentVariable(GoldenFile.UpdateVariable, "1");

            HAProxyCfg().Should().MatchGoldenFile(golden).Which.Message.Should().Be($"golden file {golden} was created");
            File.ReadAllText(golden).Should().Be(HAProxyText);
        }

        [Fact]
        public void Update_mode_leaves_a_matching_golden_file_alone()
        {
            string golden = _folder.Write("expected/haproxy.cfg", HAProxyText);
            var written = File.GetLastWriteTimeUtc(golden);
            Environment.SetEnvironmentVariable(GoldenFile.UpdateVariable, "1");

            HAProxyCfg().Should().MatchGoldenFile(golden).Which.Updated.Should().BeFalse();
            File.GetLastWriteTimeUtc(golden).Should().Be(written);
        }

        [Fact]
        public void A_relative_golden_path_is_relative_to_the_working_directory()
        {
            string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), _folder.Write("golden.cfg", HAProxyText));

            HAProxyCfg().Should().MatchGoldenFile(relative).Which.Path.Should().Be(Path.Combine(_folder.Path, "golden.cfg"));
        }

        [Fact]
        public void SourceDirectory_is_the_folder_of_the_calling_source_file() =>
            File.Exists(Path.Combine(GoldenFile.SourceDirectory(), "GoldenFileTests.cs")).Should().BeTrue();
    }
}
