using FluentAssertions;
using FluentAssertions.Execution;
using HaConfig.Diagnostics;
using HaConfig.Validation;
using Xunit;
using static HaConfig.Testing.Tests.Samples;

namespace HaConfig.Testing.Tests
{
    public class HAProxyAssertionsTests
    {
        [Fact]
        public void A_valid_configuration_passes_BeValid() =>
            HAProxyCfg().Should().BeValid();

        [Fact]
        public void BeValid_lists_each_error_with_file_line_and_column()
        {
            var config = HAProxyCfg(HAProxyText.Replace("default_backend apiserver", "default_backend missing"));

            FailureOf(() => config.Should().BeValid("we deploy it")).Should().Be(
                "Expected haproxy.cfg to be valid because we deploy it, but found 1 error:\n" +
                "  haproxy.cfg(12,21): HA1003 proxy 'api': unable to find required default_backend: 'missing'");
        }

        [Fact]
        public void A_configuration_without_warnings_passes_HaveNoWarnings() =>
            HAProxyCfg(HAProxyCheckedText).Should().HaveNoWarnings();

        [Fact]
        public void HaveNoWarnings_lists_each_warning_with_the_options_applied()
        {
            var config = HAProxyCfg(HAProxyCheckedText.Replace("default_backend apiserver", "default_backend missing"));
            var options = new ValidationOptions();
            options.SeverityOverrides["HA1003"] = DiagnosticSeverity.Warning;

            FailureOf(() => config.Should().HaveNoWarnings(options)).Should().Be(
                "Expected haproxy.cfg to have no warnings, but found 1 warning:\n" +
                "  haproxy.cfg(12,21): HA1003 proxy 'api': unable to find required default_backend: 'missing'");
        }

        [Fact]
        public void An_error_downgraded_to_a_warning_passes_BeValid_with_those_options()
        {
            var options = new ValidationOptions();
            options.SeverityOverrides["HA1003"] = DiagnosticSeverity.Warning;

            HAProxyCfg(HAProxyText.Replace("default_backend apiserver", "default_backend missing")).Should().BeValid(options);
        }

        [Fact]
        public void Errors_are_not_warnings() =>
            HAProxyCfg(HAProxyCheckedText.Replace("default_backend apiserver", "default_backend missing")).Should().HaveNoWarnings();

        [Fact]
        public void A_frontend_binding_the_address_passes() =>
            HAProxyCfg().Should().HaveFrontend("api").ThatBinds("*:6443").WithDefaultBackend("apiserver");

        [Fact]
        public void Any_IPv4_wildcard_spelling_binds_the_same_port() =>
            HAProxyCfg().Should().HaveFrontend("api").ThatBinds("0.0.0.0:6443").ThatBinds(":6443");

        [Fact]
        public void A_missing_frontend_names_the_frontends_found() =>
            FailureOf(() => HAProxyCfg().Should().HaveFrontend("web")).Should().Be(
                "Expected haproxy.cfg to have frontend \"web\", but found \"api\" at haproxy.cfg(10,1).");

        [Fact]
        public void A_missing_frontend_in_a_file_without_frontends_says_so() =>
            FailureOf(() => HAProxyCfg("global\n    daemon\n").Should().HaveFrontend("web")).Should().Be(
                "Expected haproxy.cfg to have frontend \"web\", but it has no frontend.");

        [Fact]
        public void ThatBinds_names_the_bind_lines_found() =>
            FailureOf(() => HAProxyCfg().Should().HaveFrontend("api").ThatBinds("*:443", "clients use {0}", "443")).Should().Be(
                "Expected frontend \"api\" at haproxy.cfg(10,1) to bind \"*:443\" because clients use 443, but it binds \"*:6443\" at haproxy.cfg(11,5).");

        [Fact]
        public void ThatBinds_on_a_frontend_without_bind_says_so() =>
            FailureOf(() => HAProxyCfg("frontend api\n    mode tcp\n").Should().HaveFrontend("api").ThatBinds("*:6443")).Should().Be(
                "Expected frontend \"api\" at haproxy.cfg(1,1) to bind \"*:6443\", but it has no bind line.");

        [Fact]
        public void WithDefaultBackend_names_the_backend_found() =>
            FailureOf(() => HAProxyCfg().Should().HaveFrontend("api").WithDefaultBackend("other")).Should().Be(
                "Expected frontend \"api\" at haproxy.cfg(10,1) to have default_backend \"other\", but found \"apiserver\" at haproxy.cfg(12,5).");

        [Fact]
        public void A_backend_with_the_servers_passes() =>
            HAProxyCfg().Should().HaveBackend("apiserver").WithServers(3).And.HaveFrontend("api");

        [Fact]
        public void A_missing_backend_names_the_backends_found() =>
            FailureOf(() => HAProxyCfg().Should().HaveBackend("api")).Should().Be(
                "Expected haproxy.cfg to have backend \"api\", but found \"apiserver\" at haproxy.cfg(14,1).");

        [Fact]
        public void WithServers_names_the_backend_and_its_line() =>
            FailureOf(() => HAProxyCfg().Should().HaveBackend("apiserver").WithServers(2)).Should().Be(
                "Expected backend \"apiserver\" at haproxy.cfg(14,1) to have 2 servers, but found 3.");

        [Fact]
        public void AllWithHealthChecks_passes_when_every_server_checks() =>
            HAProxyCfg(HAProxyText.Replace("192.168.0.13:6443\n", "192.168.0.13:6443 check\n")).Should()
                .HaveBackend("apiserver").WithServers(3).AllWithHealthChecks();

        [Fact]
        public void A_default_server_check_covers_the_servers_of_its_backend() =>
            HAProxyCfg("backend b\n    default-server check\n    server s1 10.0.0.1:80\n").Should().HaveBackend("b").AllWithHealthChecks();

        [Fact]
        public void AllWithHealthChecks_names_each_server_without_check() =>
            FailureOf(() => HAProxyCfg().Should().HaveBackend("apiserver").AllWithHealthChecks()).Should().Be(
                "Expected every server of backend \"apiserver\" at haproxy.cfg(14,1) to have health checks, but \"master3\" at haproxy.cfg(18,5) has no \"check\".");

        [Fact]
        public void AllWithHealthChecks_fails_on_a_backend_without_servers() =>
            FailureOf(() => HAProxyCfg("backend b\n    balance roundrobin\n").Should().HaveBackend("b").AllWithHealthChecks()).Should().Be(
                "Expected every server of backend \"b\" at haproxy.cfg(1,1) to have health checks, but it has no server.");

        [Fact]
        public void A_server_with_the_option_passes() =>
            HAProxyCfg().Should().HaveBackend("apiserver").Server("master1").HaveOption("check").And.Server("master2").HaveOptionValue("inter", "2s");

        [Fact]
        public void A_missing_server_names_the_servers_found() =>
            FailureOf(() => HAProxyCfg().Should().HaveBackend("apiserver").Server("master4")).Should().Be(
                "Expected backend \"apiserver\" at haproxy.cfg(14,1) to have server \"master4\", but found \"master1\" at haproxy.cfg(16,5), \"master2\" at haproxy.cfg(17,5), \"master3\" at haproxy.cfg(18,5).");

        [Fact]
        public void HaveOption_quotes_the_server_line() =>
            FailureOf(() => HAProxyCfg().Should().HaveBackend("apiserver").Server("master3").HaveOption("check")).Should().Be(
                "Expected server \"master3\" at haproxy.cfg(18,5) to have option \"check\", but the line is \"server master3 192.168.0.13:6443\".");

        [Fact]
        public void HaveOptionValue_names_the_value_found() =>
            FailureOf(() => HAProxyCfg().Should().HaveBackend("apiserver").Server("master2").HaveOptionValue("inter", "5s")).Should().Be(
                "Expected server \"master2\" at haproxy.cfg(17,5) to have option \"inter\" set to \"5s\", but it is \"2s\".");

        [Fact]
        public void HaveOptionValue_on_a_server_without_the_option_quotes_the_line() =>
            FailureOf(() => HAProxyCfg().Should().HaveBackend("apiserver").Server("master1").HaveOptionValue("inter", "5s")).Should().Be(
                "Expected server \"master1\" at haproxy.cfg(16,5) to have option \"inter\" set to \"5s\", but the line is \"server master1 192.168.0.11:6443 check\".");

        [Fact]
        public void In_an_assertion_scope_a_missing_backend_is_reported_once_and_the_chain_goes_on()
        {
            var config = HAProxyCfg();

            var failure = FailureOf(() =>
            {
                using var scope = new AssertionScope();
                config.Should().HaveBackend("nope").WithServers(3).AllWithHealthChecks().Server("x").HaveOption("check");
                config.Should().HaveFrontend("api").ThatBinds("*:80");
            });

            failure.Should().Be(
                "Expected haproxy.cfg to have backend \"nope\", but found \"apiserver\" at haproxy.cfg(14,1).\n" +
                "Expected frontend \"api\" at haproxy.cfg(10,1) to bind \"*:80\", but it binds \"*:6443\" at haproxy.cfg(11,5).\n");
        }

        [Fact]
        public void Braces_in_messages_are_printed_as_they_are() =>
            FailureOf(() => HAProxyCfg().Should().HaveFrontend("${FRONTEND}")).Should().Be(
                "Expected haproxy.cfg to have frontend \"${FRONTEND}\", but found \"api\" at haproxy.cfg(10,1).");
    }
}
