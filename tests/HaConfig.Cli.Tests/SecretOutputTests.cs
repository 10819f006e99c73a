using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HaConfig.Cli.Tests
{
    /// <summary>Passwords and key paths never reach the CLI's output (text, JSON, SARIF, fmt diffs) unless --show-secrets.</summary>
    public class SecretOutputTests
    {
        private const string Secret = "Zq9sECRETa";

        /// <summary>The password is word 65 of its line: HA0006 quotes it.</summary>
        private static readonly string HAProxy =
            "userlist u\n    user bob " + string.Join(" ", Enumerable.Range(0, 61).Select(i => "g" + i)) + " insecure-password " + Secret + "\n" +
            "frontend f\n    bind :443 ssl crt /etc/ssl/" + Secret + ".pem\n";

        /// <summary>HA2023 and HA2024 quote the cut and the backslashed passwords when allowed.</summary>
        private const string Keepalived =
            "vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priority 100\n" +
            "    authentication {\n        auth_type PASS\n        auth_pass Zq9s!" + Secret + "\n    }\n    virtual_ipaddress {\n        10.0.0.10/24\n    }\n}\n" +
            "SSL {\n    password " + Secret + "\\\n}\n";

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("sarif")]
        public void Lint_output_never_holds_a_secret(string format)
        {
            using var scratch = new Scratch();
            string haproxy = scratch.Write("haproxy.cfg", HAProxy);
            string keepalived = scratch.Write("keepalived.conf", Keepalived);
            string checkedDirectory = scratch.Write("certs/README", "certificates live here\n");

            var hidden = CliRunner.InProcess("lint", haproxy, keepalived, "--format", format, "--check-files=" + Path.GetDirectoryName(checkedDirectory));
            var shown = CliRunner.InProcess("lint", haproxy, keepalived, "--format", format, "--check-files=" + Path.GetDirectoryName(checkedDirectory), "--show-secrets");

            foreach (var id in new[] { "HA0006", "HA1051", "HA2023", "HA2024" }) hidden.Stdout.Should().Contain(id);
            (hidden.Stdout + hidden.Stderr).Should().NotContain(Secret).And.NotContain("Zq9s!").And.Contain("<redacted>");
            shown.Stdout.Should().Contain(Secret);
            if (format != "text") JsonDocument.Parse(hidden.Stdout).Should().NotBeNull("redaction keeps the document valid");
        }

        [Fact]
        public void Sarif_results_carry_no_secret_in_any_property()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("lint", scratch.Write("haproxy.cfg", HAProxy), "--format", "sarif");

            using var sarif = JsonDocument.Parse(result.Stdout);
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
            results.GetArrayLength().Should().BeGreaterThan(0);
            foreach (var item in results.EnumerateArray()) item.GetRawText().Should().NotContain(Secret);
        }

        [Fact]
        public void Pair_lint_hides_the_auth_pass_it_compares()
        {
            using var scratch = new Scratch();
            string Node(string name, string pass, int priority)
            {
                scratch.Write(Path.Combine(name, "keepalived.conf"), Keepalived.Replace("Zq9s!" + Secret, pass).Replace("priority 100", "priority " + priority));
                scratch.Write(Path.Combine(name, "haproxy.cfg"), "frontend f\n    bind 10.0.0.10:443\n");
                return Path.Combine(scratch.Root, name);
            }

            string lb1 = Node("lb1", "Pw1sEcr1", 101), lb2 = Node("lb2", "Pw2sEcr2", 100);
            var hidden = CliRunner.InProcess("lint", "--pair", lb1, "--pair", lb2);
            var shown = CliRunner.InProcess("lint", "--pair", lb1, "--pair", lb2, "--show-secrets");

            hidden.Stdout.Should().Contain("HA3010").And.NotContain("Pw1sEcr1").And.NotContain("Pw2sEcr2");
            shown.Stdout.Should().Contain("Pw2sEcr2");
        }

        [Fact]
        public void Fmt_check_diffs_show_secrets_redacted_unless_asked()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("haproxy.cfg", "listen stats\n  bind :8404\n  stats auth admin:" + Secret + "\n");

            var hidden = CliRunner.InProcess("fmt", "--check", file);
            var shown = CliRunner.InProcess("fmt", "--check", "--show-secrets", file);

            hidden.ExitCode.Should().Be(1);
            hidden.Stdout.Should().Contain("\n-  stats auth admin:<redacted>\n").And.Contain("\n+    stats auth admin:<redacted>\n").And.NotContain(Secret);
            shown.Stdout.Should().Contain("+    stats auth admin:" + Secret + "\n");
            File.ReadAllText(file).Should().Contain(Secret, "--check never writes");
        }

        [Fact]
        public void Fmt_without_check_prints_the_file_as_it_is_meant_to_be_written()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("fmt", scratch.Write("haproxy.cfg", "listen stats\n  stats auth admin:" + Secret + "\n"));

            result.Stdout.Should().Be("listen stats\n    stats auth admin:" + Secret + "\n");
        }
    }
}
