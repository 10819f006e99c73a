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
    public class HAProxyRuleTests
    {
        private const string Timeouts = "defaults\n    mode http\n    timeout client 5s\n    timeout connect 5s\n    timeout server 5s\n";

        [Fact]
        public void Frontend_without_timeout_client_is_a_warning_on_its_header()
        {
            var d = Validate("frontend fe\n    bind :80\n").Should().ContainSingle(x => x.Id == "HA1001").Subject;
            d.Message.Should().Be("frontend 'fe' has no timeout: 'timeout client'");
            (d.Line, d.Column, d.Severity).Should().Be((1, 1, DiagnosticSeverity.Warning));
        }

        [Fact]
        public void Inherited_timeouts_count()
        {
            Validate(Timeouts + "frontend fe\n    bind :80\n    default_backend be\nbackend be\n    server s 10.0.0.1:80 check\n").Should().NotContain(x => x.Id == "HA1001");
        }

        [Fact]
        public void Http_frontend_to_tcp_backend_is_an_error()
        {
            var d = Validate(Timeouts + "frontend fe\n    bind :80\n    default_backend be\nbackend be\n    mode tcp\n    server s 10.0.0.1:80 check\n")
                .Should().ContainSingle(x => x.Id == "HA1002").Subject;
            d.Message.Should().Be("http frontend 'fe' tries to use incompatible tcp backend 'be' as its default backend (see 'mode')");
            (d.Line, d.Column).Should().Be((8, 21));
        }

        [Fact]
        public void Ssl_hello_check_in_http_mode_is_a_warning()
        {
            Validate(Timeouts + "backend be\n    option ssl-hello-chk\n    server s 10.0.0.1:80 check\n").Should().ContainSingle(x => x.Id == "HA1006").Which.Line.Should().Be(7);
        }

        [Fact]
        public void Httpchk_with_a_server_lacking_check_is_reported_on_the_server()
        {
            var d = Validate(Timeouts + "backend be\n    option httpchk\n    server s1 10.0.0.1:80\n    server s2 10.0.0.2:80 check\n").Should().ContainSingle(x => x.Id == "HA1007").Subject;
            d.Line.Should().Be(8);
            d.Message.Should().Contain("'s1'");
        }

        [Fact]
        public void Default_server_check_covers_the_servers()
        {
            Validate(Timeouts + "backend be\n    default-server check\n    server s1 10.0.0.1:80\n").Should().NotContain(x => x.Id == "HA1007");
        }

        [Fact]
        public void Http_check_rules_without_httpchk_are_a_warning()
        {
            Validate(Timeouts + "backend be\n    http-check expect status 200\n    server s1 10.0.0.1:80 check\n").Should().ContainSingle(x => x.Id == "HA1008");
        }

        [Fact]
        public void Undefined_acl_is_an_error_on_the_name_and_unused_acl_is_info()
        {
            var diagnostics = Validate(Timeouts + "frontend fe\n    bind :80\n    acl is_api path_beg /api\n    http-request deny if is_apl\n");
            var d = diagnostics.Should().ContainSingle(x => x.Id == "HA1015").Subject;
            (d.Line, d.Column, d.Message).Should().Be((9, 26, "frontend 'fe': no such ACL 'is_apl' in this condition"));
            diagnostics.Should().ContainSingle(x => x.Id == "HA1050").Which.Severity.Should().Be(DiagnosticSeverity.Info);
        }

        [Fact]
        public void Predefined_and_anonymous_acls_are_defined()
        {
            Validate(Timeouts + "frontend fe\n    bind :80\n    http-request deny if METH_POST !{ path_beg /api }\n").Should().NotContain(x => x.Id == "HA1015");
        }

        [Fact]
        public void Ssl_server_without_ca_file_is_an_error_and_verify_none_a_warning()
        {
            Validate(Timeouts + "backend be\n    server s1 10.0.0.1:443 ssl check\n").Should().ContainSingle(x => x.Id == "HA1018").Which.Line.Should().Be(7);
            Validate(Timeouts + "backend be\n    server s1 10.0.0.1:443 ssl verify none check\n").Select(x => x.Id).Should().Contain("HA1048").And.NotContain("HA1018");
            Validate("global\n    ssl-server-verify none\n" + Timeouts + "backend be\n    server s1 10.0.0.1:443 ssl check\n").Should().NotContain(x => x.Id == "HA1018");
        }

        [Theory]
        [InlineData("weight 300", "weight")]
        [InlineData("inter 0", "inter")]
        [InlineData("rise 0", "rise")]
        public void Server_values_out_of_range_are_errors(string parameter, string keyword)
        {
            Validate(Timeouts + "backend be\n    server s1 10.0.0.1:80 check " + parameter + "\n").Should().ContainSingle(x => x.Id == "HA1019")
                .Which.Message.Should().StartWith("'" + keyword + "' value");
        }

        [Fact]
        public void Uppercase_unit_and_overflow_are_errors()
        {
            Validate("defaults\n    timeout client 5S\n    timeout server 25d\n").Where(x => x.Id == "HA1019").Select(x => x.Line).Should().Equal(2, 3);
        }

        [Theory]
        [InlineData("2.6", false)]
        [InlineData("3.1", true)]
        public void Small_unitless_timeout_warns_from_3_1(string version, bool expected)
        {
            Validate("defaults\n    timeout client 5\n", version).Any(x => x.Id == "HA1046").Should().Be(expected);
        }

        [Fact]
        public void Maxconn_with_a_suffix_in_a_proxy_is_read_as_the_digits()
        {
            Validate(Timeouts + "frontend fe\n    bind :80\n    maxconn 10k\n").Should().ContainSingle(x => x.Id == "HA1020")
                .Which.Message.Should().Be("'maxconn 10k' is read as 10: this setting takes a plain integer");
        }

        [Fact]
        public void Rules_in_anonymous_defaults_are_errors_but_allowed_in_named_ones()
        {
            Validate("defaults\n    http-request deny\n").Should().ContainSingle(x => x.Id == "HA1022");
            Validate("defaults d\n    http-request deny\n").Should().NotContain(x => x.Id == "HA1022");
        }

        [Fact]
        public void Stats_page_without_auth_is_a_warning_and_auth_with_http_request_an_error()
        {
            Validate(Timeouts + "listen st\n    bind :8404\n    stats enable\n").Should().ContainSingle(x => x.Id == "HA1047");
            Validate(Timeouts + "listen st\n    bind :8404\n    stats enable\n    stats auth a:b\n    stats http-request deny\n").Select(x => x.Id).Should().Contain("HA1023").And.NotContain("HA1047");
        }

        [Fact]
        public void Same_port_in_two_frontends_is_a_warning_on_the_second()
        {
            var d = Validate(Timeouts + "frontend a\n    bind :80\nfrontend b\n    bind *:80\n").Should().ContainSingle(x => x.Id == "HA1036").Subject;
            (d.Line, d.Message).Should().Be((9, "bind '*:80' is already bound by frontend 'a' at line 7"));
        }

        [Fact]
        public void Backend_nobody_routes_to_is_info()
        {
            Validate(Timeouts + "frontend fe\n    bind :80\n    default_backend web\nbackend web\n    server s 10.0.0.1:80 check\nbackend old\n    server s 10.0.0.2:80 check\n")
                .Should().ContainSingle(x => x.Id == "HA1049").Which.Message.Should().Be("backend 'old' is never used by any use_backend or default_backend");
        }

        [Fact]
        public void Frontend_without_bind_and_l7_balance_in_tcp_are_warnings()
        {
            Validate("frontend fe\n    timeout client 5s\n").Should().ContainSingle(x => x.Id == "HA1012");
            Validate("backend be\n    mode tcp\n    balance uri\n").Should().ContainSingle(x => x.Id == "HA1038");
        }
    }
}
