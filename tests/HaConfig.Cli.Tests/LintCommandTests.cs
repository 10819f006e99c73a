using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HaConfig.Cli.Tests
{
    public class LintCommandTests
    {
        private const string Broken = "global\n  maxconn \"1\nfrontend f\n  bind :80\n  default_backend nope\n  timeout client 5s\n";
        private const string Clean = "frontend f\n    bind :80\n    timeout client 5s\n    default_backend b\nbackend b\n    timeout connect 5s\n    timeout server 5s\n    server s 10.0.0.1:80 check\n";

        [Fact]
        public void Findings_print_in_the_compiler_format_and_exit_1()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("haproxy.cfg", Broken);

            var result = CliRunner.InProcess("lint", file);

            result.ExitCode.Should().Be(1);
            result.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal(
                $"{file}(2,11): error HA0001: unmatched quote at position 11",
                $"{file}(5,19): error HA1003: proxy 'f': unable to find required default_backend: 'nope'");
        }

        [Fact]
        public void Severities_are_coloured_on_a_terminal_and_plain_otherwise()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("haproxy.cfg", Broken);
            var terminal = new StringWriter();

            CliApp.Run(new[] { "lint", file }, terminal, new StringWriter(), interactive: true);

            terminal.ToString().Should().Contain("): \u001b[31merror\u001b[0m HA0001:");
            CliRunner.InProcess("lint", file).Stdout.Should().NotContain("\u001b[");
        }

        [Fact]
        public void A_clean_file_exits_0_and_prints_nothing_on_stdout()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("lint", scratch.Write("haproxy.cfg", Clean));

            result.ExitCode.Should().Be(0);
            result.Stdout.Should().BeEmpty();
        }

        [Fact]
        public void A_directory_is_searched_recursively_for_cfg_files()
        {
            using var scratch = new Scratch();
            scratch.Write("a/haproxy.cfg", Clean);
            scratch.Write("b/c/edge.cfg", Broken);
            scratch.Write("notes.txt", "not a config");

            var result = CliRunner.InProcess("lint", scratch.Root);

            result.ExitCode.Should().Be(1);
            result.Stdout.Should().Contain("edge.cfg(2,11)").And.NotContain("notes.txt");
        }

        [Fact]
        public void Json_output_is_an_object_with_summary_and_diagnostics()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("lint", scratch.Write("haproxy.cfg", Broken), "--format", "json");

            using var json = JsonDocument.Parse(result.Stdout);
            json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(2);
            var first = json.RootElement.GetProperty("diagnostics")[0];
            first.GetProperty("id").GetString().Should().Be("HA0001");
            first.GetProperty("line").GetInt32().Should().Be(2);
            first.GetProperty("helpUri").GetString().Should().EndWith("docs/rules/HA0001.md");
        }

        [Fact]
        public void Sarif_output_has_the_shape_code_scanning_reads()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("lint", scratch.Write("haproxy.cfg", Broken), "--format", "sarif");

            using var sarif = JsonDocument.Parse(result.Stdout);
            var root = sarif.RootElement;
            root.GetProperty("version").GetString().Should().Be("2.1.0");
            root.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
            var run = root.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
            rules.Should().OnlyContain(r => r.GetProperty("id").GetString()!.StartsWith("HA") && r.GetProperty("shortDescription").GetProperty("text").GetString()!.Length > 0);
            var results = run.GetProperty("results").EnumerateArray().ToList();
            results.Should().HaveCount(2);
            foreach (var r in results)
            {
                string id = r.GetProperty("ruleId").GetString()!;
                rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().Should().Be(id);
                r.GetProperty("level").GetString().Should().BeOneOf("error", "warning", "note");
                var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
                region.GetProperty("startLine").GetInt32().Should().BePositive();
                region.GetProperty("startColumn").GetInt32().Should().BePositive();
            }
        }

        [Fact]
        public void Disable_and_severity_change_what_is_reported_and_the_exit_code()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("haproxy.cfg", "frontend f\n    bind :80\n    timeout client 5s\n    default_backend nope\n");

            CliRunner.InProcess("lint", file, "--disable", "HA1003").ExitCode.Should().Be(0);
            var downgraded = CliRunner.InProcess("lint", file, "--severity", "HA1003=warning");
            downgraded.ExitCode.Should().Be(0);
            downgraded.Stdout.Should().Contain("warning HA1003");
            CliRunner.InProcess("lint", file, "--severity", "HA1003=warning", "--warnings-as-errors").ExitCode.Should().Be(1);
        }

        [Theory]
        [InlineData("--kind", "nginx")]
        [InlineData("--format", "xml")]
        [InlineData("--haproxy-version", "1.8")]
        [InlineData("--disable", "HA9876")]
        [InlineData("--severity", "HA1003")]
        [InlineData("--frobnicate", "x")]
        public void Usage_mistakes_are_one_line_errors_with_exit_2(string option, string value)
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("lint", scratch.Write("haproxy.cfg", Clean), option, value);

            result.ExitCode.Should().Be(2);
            result.Stderr.Trim().Should().StartWith("haconfig: ").And.NotContain("\n").And.NotContain(" at ");
        }

        [Fact]
        public void Missing_file_empty_directory_and_binary_file_are_exit_2_naming_the_file()
        {
            using var scratch = new Scratch();
            Directory.CreateDirectory(Path.Combine(scratch.Root, "empty"));
            string binary = Path.Combine(scratch.Root, "blob.cfg");
            File.WriteAllBytes(binary, Enumerable.Range(0, 4000).Select(i => (byte)(i % 7 == 0 ? 0 : i % 251)).ToArray());

            foreach (var path in new[] { Path.Combine(scratch.Root, "missing.cfg"), Path.Combine(scratch.Root, "empty"), binary })
            {
                var result = CliRunner.InProcess("lint", path);
                result.ExitCode.Should().Be(2, path);
                result.Stderr.Should().Contain(path);
            }
        }

        [Fact]
        public void The_process_exit_codes_match_the_in_process_ones()
        {
            using var scratch = new Scratch();
            CliRunner.AsProcess("lint", scratch.Write("bad/haproxy.cfg", Broken)).ExitCode.Should().Be(1);
            CliRunner.AsProcess("lint", scratch.Write("good/haproxy.cfg", Clean)).ExitCode.Should().Be(0);
            var usage = CliRunner.AsProcess("lint");
            usage.ExitCode.Should().Be(2);
            usage.Stderr.Should().StartWith("haconfig: ");
        }
    }
}
