using System.IO;
using FluentAssertions;
using Xunit;

namespace HaConfig.Cli.Tests
{
    public class FmtCommandTests
    {
        private const string Messy = "global\n  maxconn   100\n\n\nbackend be\n\tserver s1 10.0.0.1:80 check\n";
        private const string Tidy = "global\n    maxconn 100\n\nbackend be\n    server s1 10.0.0.1:80 check\n";

        [Fact]
        public void Fmt_prints_the_formatted_file()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("fmt", scratch.Write("haproxy.cfg", Messy));

            result.ExitCode.Should().Be(0);
            result.Stdout.Should().Be(Tidy);
        }

        [Fact]
        public void Check_prints_a_unified_diff_and_exits_1_for_an_unformatted_file()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("haproxy.cfg", Messy);

            var result = CliRunner.InProcess("fmt", "--check", file);

            result.ExitCode.Should().Be(1);
            result.Stdout.Should().Be(
                $"--- a/{file}\n+++ b/{file}\n" +
                "@@ -1,6 +1,5 @@\n global\n-  maxconn   100\n-\n+    maxconn 100\n \n backend be\n-\tserver s1 10.0.0.1:80 check\n+    server s1 10.0.0.1:80 check\n");
            File.ReadAllText(file).Should().Be(Messy, "--check never writes");
        }

        [Fact]
        public void Check_says_so_when_only_the_final_newline_is_missing()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("haproxy.cfg", Tidy.TrimEnd('\n'));

            var result = CliRunner.InProcess("fmt", "--check", file);

            result.ExitCode.Should().Be(1);
            result.Stdout.Should().Contain("only the final newline differs: expected none, actual one");
        }

        [Fact]
        public void Check_is_silent_and_exits_0_for_formatted_files()
        {
            using var scratch = new Scratch();
            scratch.Write("a/haproxy.cfg", Tidy);
            scratch.Write("b/keepalived.conf", "vrrp_instance VI_1 {\n    state MASTER\n}\n");

            var result = CliRunner.InProcess("fmt", "--check", scratch.Root);

            result.ExitCode.Should().Be(0);
            result.Stdout.Should().BeEmpty();
        }

        [Fact]
        public void Write_rewrites_in_place_and_a_second_check_is_clean()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("keepalived.conf", "vrrp_instance VI_1 {\nstate MASTER\n  }");

            CliRunner.InProcess("fmt", "--write", file).ExitCode.Should().Be(0);

            File.ReadAllText(file).Should().Be("vrrp_instance VI_1 {\n    state MASTER\n}\n");
            CliRunner.InProcess("fmt", "--check", file).ExitCode.Should().Be(0);
        }

        [Fact]
        public void Check_and_write_together_is_a_usage_error()
        {
            using var scratch = new Scratch();
            CliRunner.InProcess("fmt", "--check", "--write", scratch.Write("haproxy.cfg", Tidy)).ExitCode.Should().Be(2);
        }
    }
}
