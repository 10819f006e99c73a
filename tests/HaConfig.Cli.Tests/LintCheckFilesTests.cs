using System.IO;
using FluentAssertions;
using Xunit;

namespace HaConfig.Cli.Tests
{
    public class LintCheckFilesTests
    {
        private const string Config = "frontend f\n    bind :443 ssl crt certs/site.pem\n    timeout client 5s\n    default_backend b\n" +
                                      "backend b\n    timeout connect 5s\n    timeout server 5s\n    server s 10.0.0.1:80 check\n";

        [Fact]
        public void Without_check_files_missing_certificates_are_not_reported()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("lint", scratch.Write("haproxy.cfg", Config));

            result.ExitCode.Should().Be(0);
            result.Stdout.Should().BeEmpty();
        }

        [Fact]
        public void Check_files_resolves_against_the_files_directory_by_default()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("haproxy.cfg", Config);

            var result = CliRunner.InProcess("lint", "--check-files", file, "--show-secrets"); // certificate paths are redacted otherwise

            result.ExitCode.Should().Be(1);
            result.Stdout.Trim().Should().Be(
                $"{file}(2,23): error HA1025: certificate file 'certs/site.pem' not found (looked for '{Path.Combine(scratch.Root, "certs", "site.pem")}'); create it or correct the path");

            scratch.Write(Path.Combine("certs", "site.pem"), "pem");
            CliRunner.InProcess("lint", "--check-files", file).ExitCode.Should().Be(0);
        }

        [Fact]
        public void Check_files_with_a_directory_uses_that_directory()
        {
            using var scratch = new Scratch();
            string file = scratch.Write(Path.Combine("etc", "haproxy.cfg"), Config);
            scratch.Write(Path.Combine("root", "certs", "site.pem"), "pem");
            string root = Path.Combine(scratch.Root, "root");

            CliRunner.InProcess("lint", "--check-files", root, file).ExitCode.Should().Be(0);
            CliRunner.InProcess("lint", "--check-files=" + root, file).ExitCode.Should().Be(0);
            CliRunner.InProcess("lint", "--check-files", file).ExitCode.Should().Be(1);
        }
    }
}
