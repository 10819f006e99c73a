using System.Linq;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Tests.Validation
{
    public class HAProxyValidationTests
    {
        private const string Clean =
            "frontend fe\n    bind :80\n    use_backend api if { path_beg /api }\n    default_backend web\n" +
            "backend api\n    server a1 10.0.0.1:80 check\n    server a2 10.0.0.2:80 check\n" +
            "listen web\n    bind :81\n    server w1 10.0.0.3:80 check\n";

        [Fact]
        public void A_consistent_configuration_has_no_findings_from_these_rules()
        {
            HAProxyConfig.Parse(Clean).Validate().Where(d => d.Id is "HA1003" or "HA1004" or "HA1005").Should().BeEmpty();
        }

        [Fact]
        public void Use_backend_naming_nothing_is_an_error_on_the_name()
        {
            var config = HAProxyConfig.Parse(Clean.Replace("use_backend api", "use_backend apis"), "h.cfg");

            var diagnostic = config.Validate().Should().ContainSingle(d => d.Id == "HA1003").Subject;
            diagnostic.Message.Should().Be("proxy 'fe': unable to find required use_backend: 'apis'");
            (diagnostic.Line, diagnostic.Column, diagnostic.Severity).Should().Be((3, 17, DiagnosticSeverity.Error));
        }

        [Fact]
        public void Dynamic_backend_names_are_not_checked()
        {
            HAProxyConfig.Parse(Clean.Replace("use_backend api", "use_backend be_%[req.hdr(host)]")).Validate()
                .Should().NotContain(d => d.Id == "HA1003");
        }

        [Fact]
        public void Duplicate_backend_name_points_at_the_second_header()
        {
            var config = HAProxyConfig.Parse(Clean + "backend api\n    server x 10.0.0.9:80 check\n");

            var diagnostic = config.Validate().Should().ContainSingle(d => d.Id == "HA1004").Subject;
            diagnostic.Line.Should().Be(11);
            diagnostic.Message.Should().Contain("declared at line 5");
        }

        [Theory]
        [InlineData("3.2", false)]
        [InlineData("3.3", true)]
        public void Frontend_and_backend_sharing_a_name_is_an_error_from_3_3(string version, bool expected)
        {
            var config = HAProxyConfig.Parse("frontend api\n    bind :80\nbackend api\n    server a 10.0.0.1:80 check\n");
            var options = new ValidationOptions { HAProxyVersion = System.Version.Parse(version) };

            config.Validate(options).Any(d => d.Id == "HA1004").Should().Be(expected);
        }

        [Fact]
        public void Duplicate_server_name_is_reported_with_the_first_line()
        {
            var config = HAProxyConfig.Parse(Clean.Replace("server a2", "server a1"));

            config.Validate().Should().ContainSingle(d => d.Id == "HA1005").Which.Message.Should().Contain("already defined at line 6");
        }

        [Theory]
        [InlineData(3)]
        [InlineData(16)]
        [InlineData(17)]
        [InlineData(40)]
        public void Duplicate_server_names_point_at_the_first_one_in_backends_of_any_size(int servers)
        {
            // Small backends compare names in place, larger ones through a table: duplicates on both sides of the switch.
            var text = new System.Text.StringBuilder("backend be\n");
            for (int i = 0; i < servers; i++) text.Append("    server s").Append(i).Append(" 10.0.0.").Append(i + 1).Append(":80\n");
            text.Append("    server s0 10.0.1.1:80\n    server \"s").Append(servers - 1).Append("\" 10.0.1.2:80\n    server s0 10.0.1.3:80\n    server\n");

            var found = HAProxyConfig.Parse(text.ToString()).Validate().Where(d => d.Id == "HA1005").ToList();

            found.Select(d => d.Line).Should().Equal(servers + 2, servers + 3, servers + 4);
            found[0].Message.Should().Contain("named 's0' was already defined at line 2,");
            found[1].Message.Should().Contain($"named 's{servers - 1}' was already defined at line {servers + 1},");
            found[2].Message.Should().Contain("named 's0' was already defined at line 2,");
        }

        [Fact]
        public void Options_override_severity_and_disable_rules()
        {
            var config = HAProxyConfig.Parse(Clean.Replace("server a2", "server a1").Replace("use_backend api", "use_backend nope"));
            var options = new ValidationOptions();
            options.SeverityOverrides["HA1005"] = DiagnosticSeverity.Warning;
            options.DisabledRules.Add("HA1003");

            var diagnostics = config.Validate(options);

            diagnostics.Should().NotContain(d => d.Id == "HA1003");
            diagnostics.Should().ContainSingle(d => d.Id == "HA1005").Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        }

        [Fact]
        public void Syntax_diagnostics_are_part_of_validation()
        {
            HAProxyConfig.Parse("global\n  maxconn \"1\n").Validate().Should().Contain(d => d.Id == "HA0001");
        }
    }
}
