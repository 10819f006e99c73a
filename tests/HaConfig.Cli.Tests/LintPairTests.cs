using System.IO;
using FluentAssertions;
using Xunit;

namespace HaConfig.Cli.Tests
{
    public class LintPairTests
    {
        private const string Keepalived =
            "vrrp_script check_apiserver {\n" +                        // 1
            "    script \"/etc/keepalived/check_apiserver.sh\"\n" +    // 2
            "}\n" +                                                    // 3
            "vrrp_instance VI_1 {\n" +                                 // 4
            "    state STATE\n" +                                      // 5
            "    interface eth0\n" +                                   // 6
            "    virtual_router_id VRID\n" +                           // 7
            "    priority PRIO\n" +                                    // 8
            "    virtual_ipaddress {\n" +                              // 9
            "        192.168.0.100\n" +                                // 10
            "    }\n" +                                                // 11
            "    track_script {\n" +                                   // 12
            "        check_apiserver\n" +                              // 13
            "    }\n" +                                                // 14
            "}\n";

        private const string HAProxy =
            "defaults\n" +                                             // 1
            "    mode tcp\n" +                                         // 2
            "    timeout connect 5s\n" +                               // 3
            "    timeout client 30s\n" +                               // 4
            "    timeout server 30s\n" +                               // 5
            "frontend apiserver\n" +                                   // 6
            "    bind *:6443\n" +                                      // 7
            "    default_backend apiserverbackend\n" +                 // 8
            "backend apiserverbackend\n" +                             // 9
            "    server master1 192.168.0.11:6443 check\n";           // 10

        private const string Script = "#!/bin/sh\ncurl -sfk --max-time 2 https://localhost:6443/healthz -o /dev/null || exit 1\n";

        private static string Node(Scratch scratch, string name, string state, int priority, int vrid = 51, string script = Script)
        {
            scratch.Write(Path.Combine(name, "keepalived.conf"), Keepalived.Replace("STATE", state).Replace("PRIO", priority.ToString()).Replace("VRID", vrid.ToString()));
            scratch.Write(Path.Combine(name, "haproxy.cfg"), HAProxy);
            scratch.Write(Path.Combine(name, "check_apiserver.sh"), script);
            return Path.Combine(scratch.Root, name);
        }

        [Fact]
        public void A_consistent_pair_is_clean()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("lint", "--pair", Node(scratch, "lb1", "MASTER", 101), "--pair", Node(scratch, "lb2", "BACKUP", 100), "--disable", "HA2011");
            result.ExitCode.Should().Be(0, result.Stdout + result.Stderr);
            result.Stdout.Should().BeEmpty();
        }

        [Fact]
        public void Pair_errors_are_located_in_the_node_that_differs()
        {
            using var scratch = new Scratch();
            string lb1 = Node(scratch, "lb1", "MASTER", 101);
            string lb2 = Node(scratch, "lb2", "BACKUP", 101, vrid: 52);

            var result = CliRunner.InProcess("lint", "--pair", lb1, "--pair", lb2, "--disable", "HA2011");

            result.ExitCode.Should().Be(1);
            result.Stdout.Should().Contain($"{Path.Combine(lb2, "keepalived.conf")}(7,23): error HA3009: (VI_1) node lb2 has virtual_router_id 52 but node lb1 has 51");
            result.Stdout.Should().Contain($"{Path.Combine(lb2, "keepalived.conf")}(8,14): warning HA3007: (VI_1) nodes lb1 and lb2 both have priority 101");
            result.Stderr.Should().Contain("6 file(s): 1 error(s), 1 warning(s)");
        }

        [Fact]
        public void The_check_script_port_is_checked_in_one_node()
        {
            using var scratch = new Scratch();
            string lb1 = Node(scratch, "lb1", "MASTER", 101, script: Script.Replace("6443", "8443"));

            var result = CliRunner.InProcess("lint", "--pair", lb1, "--format", "json");

            result.ExitCode.Should().Be(1);
            result.Stdout.Should().Contain("HA3004").And.Contain("check_apiserver.sh");
        }

        [Fact]
        public void A_node_directory_without_its_files_is_exit_2()
        {
            using var scratch = new Scratch();
            scratch.Write(Path.Combine("lb1", "haproxy.cfg"), HAProxy);
            var result = CliRunner.InProcess("lint", "--pair", Path.Combine(scratch.Root, "lb1"));
            result.ExitCode.Should().Be(2);
            result.Stderr.Should().Contain("keepalived.conf: no such file");

            CliRunner.InProcess("lint", "--pair", Path.Combine(scratch.Root, "nope")).ExitCode.Should().Be(2);
            CliRunner.InProcess("lint", "--pair").ExitCode.Should().Be(2);
        }

        [Fact]
        public void Lint_help_documents_pair()
        {
            var help = CliRunner.InProcess("lint", "--help");
            help.Stdout.Should().Contain("--pair DIR").And.Contain("haconfig lint --pair out/lb1 --pair out/lb2");
        }
    }
}
