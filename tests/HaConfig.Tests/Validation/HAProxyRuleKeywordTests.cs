using System;
using System.Linq;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Validation;
using Xunit;
using static HaConfig.Tests.Validation.HAProxyRuleFixture;

namespace HaConfig.Tests.Validation
{
    public class HAProxyRuleKeywordTests
    {
        [Fact]
        public void Misspelled_global_keyword_is_an_error_with_a_suggestion()
        {
            var d = Validate("global\n    mxconn 100\n").Should().ContainSingle(x => x.Id == "HA1040").Subject;
            d.Message.Should().Be("unknown keyword 'mxconn' in 'global' section; did you mean 'maxconn' maybe ?");
            (d.Line, d.Column, d.Severity).Should().Be((2, 5, DiagnosticSeverity.Error));
        }

        [Fact]
        public void Misspelled_proxy_keyword_is_an_error()
        {
            Validate("frontend fe\n    bind :80\n    balanse roundrobin\n").Should().ContainSingle(x => x.Id == "HA1040")
                .Which.Message.Should().Be("unknown keyword 'balanse' in 'frontend' section; did you mean 'balance' maybe ?");
        }

        [Fact]
        public void Known_keywords_are_not_reported()
        {
            Validate("global\n    maxconn 100\n    daemon\nfrontend fe\n    bind :80\n    maxconn 10\n    option httplog\n")
                .Should().NotContain(x => x.Id == "HA1040" || x.Id == "HA1041" || x.Id == "HA1042");
        }

        [Fact]
        public void Unknown_option_is_an_error_with_a_suggestion()
        {
            var d = Validate("defaults\n    option httpclos\n").Should().ContainSingle(x => x.Id == "HA1041").Subject;
            d.Message.Should().Be("unknown option 'httpclos'; did you mean 'httpclose' maybe ?");
            (d.Line, d.Column).Should().Be((2, 12));
        }

        [Fact]
        public void Misspelled_server_parameter_is_an_error_on_the_parameter()
        {
            var d = Validate("backend be\n    server s1 10.0.0.1:80 chek\n").Should().ContainSingle(x => x.Id == "HA1042").Subject;
            d.Message.Should().Be("'server be/s1' : unknown keyword 'chek'; did you mean 'check' maybe ?");
            (d.Line, d.Column).Should().Be((2, 27));
        }

        [Fact]
        public void Server_parameter_values_are_not_taken_for_keywords()
        {
            Validate("backend be\n    server s1 10.0.0.1:80 weight 10 inter 2s source 10.0.0.9 usesrc clientip check\n")
                .Should().NotContain(x => x.Id == "HA1042");
        }

        [Theory]
        [InlineData("2.6", true)]
        [InlineData("3.1", false)]
        public void Section_newer_than_the_target_is_an_error(string version, bool expected)
        {
            Validate("log-profile p\n    log-tag x\n", version).Any(x => x.Id == "HA1043").Should().Be(expected);
        }

        [Fact]
        public void Removed_keyword_is_an_error_naming_the_version_and_the_replacement()
        {
            Validate("frontend fe\n    bind :80\n    reqadd X-Foo:\\ bar\n").Should().ContainSingle(x => x.Id == "HA1021")
                .Which.Message.Should().Be("'reqadd' is not supported any more since HAProxy 2.1; use the matching 'http-request' action");
        }

        [Theory]
        [InlineData("2.4", null)]
        [InlineData("2.6", "HA1044")]
        [InlineData("2.7", "HA1021")]
        public void Bind_process_is_deprecated_in_2_5_and_removed_in_2_7(string version, string? expected)
        {
            var ids = Validate("frontend fe\n    bind :80\n    bind-process 1\n", version).Select(x => x.Id).ToList();
            if (expected is null) ids.Should().NotContain(new[] { "HA1044", "HA1021" });
            else ids.Should().Contain(expected);
        }

        [Fact]
        public void Server_in_a_frontend_is_an_error()
        {
            var d = Validate("frontend fe\n    bind :80\n    server s1 10.0.0.1:80\n").Should().ContainSingle(x => x.Id == "HA1045").Subject;
            d.Message.Should().Be("'server' not allowed in frontend 'fe' because it has no backend capability");
            d.Line.Should().Be(3);
        }

        [Fact]
        public void Bind_in_defaults_is_an_error()
        {
            Validate("defaults\n    bind :80\n").Should().ContainSingle(x => x.Id == "HA1045")
                .Which.Message.Should().Be("'bind' not allowed in 'defaults' section");
        }

        [Fact]
        public void Balance_in_a_frontend_is_a_warning_that_it_is_ignored()
        {
            var d = Validate("frontend fe\n    bind :80\n    balance roundrobin\n").Should().ContainSingle(x => x.Id == "HA1011").Subject;
            d.Message.Should().Be("'balance' is ignored because frontend 'fe' has no backend capability");
            d.Severity.Should().Be(DiagnosticSeverity.Warning);
        }

        [Fact]
        public void Unknown_keywords_inside_if_blocks_are_not_errors()
        {
            Validate("global\n.if version_atleast(3.0)\n    tune.new-thing 1\n.endif\n").Should().NotContain(x => x.Id == "HA1040");
        }
    }
}
