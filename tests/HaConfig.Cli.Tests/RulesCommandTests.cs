using FluentAssertions;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Cli.Tests
{
    public class RulesCommandTests
    {
        [Fact]
        public void Rules_lists_every_catalogue_rule()
        {
            var result = CliRunner.InProcess("rules");

            result.ExitCode.Should().Be(0);
            foreach (var rule in RuleCatalogue.All) result.Stdout.Should().Contain(rule.Id + "  ");
        }

        [Fact]
        public void Explain_prints_the_docs_page()
        {
            var result = CliRunner.InProcess("explain", "ha1003");

            result.ExitCode.Should().Be(0);
            result.Stdout.Should().StartWith("# HA1003: Undefined backend").And.Contain("## How to fix");
        }

        [Fact]
        public void Explain_of_an_unknown_rule_is_a_usage_error()
        {
            CliRunner.InProcess("explain", "HA4242").ExitCode.Should().Be(2);
        }

        [Theory]
        [InlineData("lint")]
        [InlineData("rules")]
        [InlineData("explain")]
        public void Every_command_has_help_with_examples(string command)
        {
            var result = CliRunner.InProcess(command, "--help");

            result.ExitCode.Should().Be(0);
            result.Stdout.Should().Contain("Usage: haconfig " + command).And.Contain("Example");
        }

        [Fact]
        public void Version_prints_the_package_version()
        {
            CliRunner.InProcess("--version").Stdout.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
        }
    }
}
