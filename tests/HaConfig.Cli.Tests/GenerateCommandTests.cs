using System;
using System.IO;
using FluentAssertions;
using Xunit;

namespace HaConfig.Cli.Tests
{
    public class GenerateCommandTests
    {
        internal const string Topology =
            "vip: 192.168.0.100\n" +
            "prefixLength: 24\n" +
            "interface: \"eth0\"\n" +
            "virtualRouterId: 51\n" +
            "authPass: \"42\"\n" +
            "nodes:\n" +
            "- name: \"lb1\"\n" +
            "  address: 192.168.0.21\n" +
            "  priority: 101\n" +
            "  state: MASTER\n" +
            "- name: \"lb2\"\n" +
            "  address: 192.168.0.22\n" +
            "  priority: 100\n" +
            "backends:\n" +
            "- name: \"master1\"\n" +
            "  address: 192.168.0.11\n" +
            "- name: \"master2\"\n" +
            "  address: 192.168.0.12\n" +
            "- name: \"master3\"\n" +
            "  address: 192.168.0.13\n";

        private static string[] Files(string outDir) => new[]
        {
            Path.Combine(outDir, "lb1", "keepalived.conf"), Path.Combine(outDir, "lb1", "haproxy.cfg"), Path.Combine(outDir, "lb1", "check_apiserver.sh"),
            Path.Combine(outDir, "lb2", "keepalived.conf"), Path.Combine(outDir, "lb2", "haproxy.cfg"), Path.Combine(outDir, "lb2", "check_apiserver.sh"),
        };

        [Fact]
        public void Generate_writes_each_nodes_files_with_an_executable_check_script()
        {
            using var scratch = new Scratch();
            string yaml = scratch.Write("pair.yaml", Topology);
            string outDir = Path.Combine(scratch.Root, "out");

            var result = CliRunner.InProcess("generate", yaml, "--out", outDir);

            result.ExitCode.Should().Be(0, result.Stderr);
            foreach (var file in Files(outDir))
            {
                File.Exists(file).Should().BeTrue(file);
                result.Stdout.Should().Contain("wrote " + file);
            }

            File.ReadAllText(Path.Combine(outDir, "lb2", "keepalived.conf")).Should().Contain("state BACKUP").And.Contain("192.168.0.100/24");
            File.ReadAllText(Path.Combine(outDir, "lb1", "haproxy.cfg")).Should().Contain("bind *:6443");
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(Path.Combine(outDir, "lb1", "check_apiserver.sh")).Should().HaveFlag(UnixFileMode.UserExecute);
                File.GetUnixFileMode(Path.Combine(outDir, "lb1", "haproxy.cfg")).Should().NotHaveFlag(UnixFileMode.UserExecute);
            }

            Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty("atomic writes leave no temporary files");
        }

        [Fact]
        public void Generated_files_lint_clean_as_a_pair()
        {
            using var scratch = new Scratch();
            string outDir = Path.Combine(scratch.Root, "out");
            CliRunner.InProcess("generate", scratch.Write("pair.yaml", Topology), "--out", outDir).ExitCode.Should().Be(0);

            var lint = CliRunner.InProcess("lint", "--pair", Path.Combine(outDir, "lb1"), "--pair", Path.Combine(outDir, "lb2"));

            lint.ExitCode.Should().Be(0, lint.Stdout + lint.Stderr);
            lint.Stdout.Should().NotContain("HA3");
        }

        [Fact]
        public void Generate_again_leaves_identical_files_and_refuses_to_overwrite_changed_ones_without_force()
        {
            using var scratch = new Scratch();
            string yaml = scratch.Write("pair.yaml", Topology);
            string outDir = Path.Combine(scratch.Root, "out");
            CliRunner.InProcess("generate", yaml, "--out", outDir).ExitCode.Should().Be(0);

            var again = CliRunner.InProcess("generate", yaml, "--out", outDir);
            again.ExitCode.Should().Be(0);
            again.Stdout.Should().Contain("unchanged " + Path.Combine(outDir, "lb1", "haproxy.cfg"));

            string edited = Path.Combine(outDir, "lb2", "haproxy.cfg");
            File.WriteAllText(edited, "# edited by hand\n");
            File.WriteAllText(yaml, Topology.Replace("virtualRouterId: 51", "virtualRouterId: 52"));

            var refused = CliRunner.InProcess("generate", yaml, "--out", outDir);
            refused.ExitCode.Should().Be(2);
            refused.Stderr.Should().Contain($"{edited} exists with other content; pass --force to overwrite it").And.Contain("nothing written");
            File.ReadAllText(edited).Should().Be("# edited by hand\n");
            File.ReadAllText(Path.Combine(outDir, "lb1", "keepalived.conf")).Should().Contain("virtual_router_id 51", "nothing is written when one file is refused");

            var forced = CliRunner.InProcess("generate", yaml, "--out", outDir, "--force");
            forced.ExitCode.Should().Be(0, forced.Stderr);
            File.ReadAllText(edited).Should().Contain("frontend apiserver");
            File.ReadAllText(Path.Combine(outDir, "lb1", "keepalived.conf")).Should().Contain("virtual_router_id 52");
        }

        [Fact]
        public void Malformed_yaml_is_one_line_with_line_and_column_and_exit_2()
        {
            using var scratch = new Scratch();
            string yaml = scratch.Write("pair.yaml", "vip: 192.168.0.100\nnodes: [\n  - name: \"lb1\"\n");
            string outDir = Path.Combine(scratch.Root, "out");

            var result = CliRunner.InProcess("generate", yaml, "--out", outDir);

            result.ExitCode.Should().Be(2);
            result.Stderr.TrimEnd('\n').Should().NotContain("\n");
            result.Stderr.Should().MatchRegex(@"^haconfig: .*pair\.yaml\(\d+,\d+\): ");
            Directory.Exists(outDir).Should().BeFalse();
        }

        [Fact]
        public void An_unknown_key_names_its_line_and_column()
        {
            using var scratch = new Scratch();
            string yaml = scratch.Write("pair.yaml", Topology.Replace("interface:", "interfase:"));

            var result = CliRunner.InProcess("generate", yaml, "--out", Path.Combine(scratch.Root, "out"));

            result.ExitCode.Should().Be(2);
            result.Stderr.Should().StartWith($"haconfig: {yaml}(3,12): unknown key 'interfase'");
        }

        [Fact]
        public void An_invalid_topology_is_exit_1_and_writes_nothing()
        {
            using var scratch = new Scratch();
            string yaml = scratch.Write("pair.yaml", Topology.Replace("  priority: 100\n", "  priority: 100\n  state: MASTER\n"));
            string outDir = Path.Combine(scratch.Root, "out");

            var result = CliRunner.InProcess("generate", yaml, "--out", outDir);

            result.ExitCode.Should().Be(1);
            result.Stderr.Should().Contain("2 nodes start as MASTER").And.Contain("nothing written");
            Directory.Exists(outDir).Should().BeFalse();
        }

        [Fact]
        public void Files_with_pair_errors_are_not_written()
        {
            using var scratch = new Scratch();
            // The VIP is also a backend's address: renderable, but HA3006.
            string yaml = scratch.Write("pair.yaml", Topology.Replace("address: 192.168.0.13", "address: 192.168.0.100"));
            string outDir = Path.Combine(scratch.Root, "out");

            var result = CliRunner.InProcess("generate", yaml, "--out", outDir);

            result.ExitCode.Should().Be(1);
            result.Stdout.Should().Contain(Path.Combine(outDir, "lb1", "keepalived.conf") + "(23,9): error HA3006: node lb1: (VI_1) VIP 192.168.0.100 is also the address of server master3");
            result.Stderr.Should().Contain("nothing written");
            Directory.Exists(outDir).Should().BeFalse();
        }

        [Fact]
        public void Usage_errors_and_help()
        {
            CliRunner.InProcess("generate", "pair.yaml").Should().Match<CliRunner.Result>(r => r.ExitCode == 2 && r.Stderr.Contains("--out DIR"));
            CliRunner.InProcess("generate", "--out", "x").Should().Match<CliRunner.Result>(r => r.ExitCode == 2 && r.Stderr.Contains("expects a topology file"));
            CliRunner.InProcess("generate", "missing.yaml", "--out", "x").Should().Match<CliRunner.Result>(r => r.ExitCode == 2 && r.Stderr.Contains("missing.yaml: cannot read"));
            var help = CliRunner.InProcess("generate", "--help");
            help.ExitCode.Should().Be(0);
            help.Stdout.Should().Contain("Usage: haconfig generate TOPOLOGY.yaml --out DIR [--force]").And.Contain("Examples:");
            CliRunner.InProcess("--help").Stdout.Should().Contain("haconfig generate TOPOLOGY.yaml --out DIR");
        }

        [Fact]
        public void Generate_as_a_process_sets_the_exit_code()
        {
            using var scratch = new Scratch();
            string outDir = Path.Combine(scratch.Root, "out");
            var result = CliRunner.AsProcess("generate", scratch.Write("pair.yaml", Topology), "--out", outDir);
            result.ExitCode.Should().Be(0, result.Stderr);
            File.Exists(Path.Combine(outDir, "lb2", "check_apiserver.sh")).Should().BeTrue();
        }
    }
}
