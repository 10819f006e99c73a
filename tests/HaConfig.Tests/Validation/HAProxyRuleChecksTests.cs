using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Validation;
using Xunit;
using static HaConfig.Tests.Validation.HAProxyRuleFixture;

namespace HaConfig.Tests.Validation
{
    public class HAProxyRuleChecksTests
    {
        // Lines 1-5; proxies start on line 6.
        private const string Http = "defaults\n    mode http\n    timeout client 5s\n    timeout connect 5s\n    timeout server 5s\n";
        private const string Tcp = "defaults\n    mode tcp\n    timeout client 5s\n    timeout connect 5s\n    timeout server 5s\n";

        private static Diagnostic Single(Diagnostic[] diagnostics, string id) => diagnostics.Should().ContainSingle(x => x.Id == id).Subject;

        [Fact]
        public void Http_request_rules_in_tcp_mode_are_reported_with_haproxys_text()
        {
            var d = Single(Validate(Tcp + "frontend fe\n    bind :80\n    http-request deny\n    default_backend be\nbackend be\n    server s 10.0.0.1:80\n"), "HA1009");
            (d.Line, d.Column, d.Severity).Should().Be((8, 5, DiagnosticSeverity.Warning));
            d.Message.Should().Be("'http-request' rules ignored for frontend 'fe' as they require HTTP mode; set 'mode http' or remove 'http-request'");
        }

        [Fact]
        public void Inherited_forwardfor_and_cookie_in_tcp_mode_are_reported_on_the_header()
        {
            var diagnostics = Validate(Tcp.Replace("mode tcp\n", "mode tcp\n    option forwardfor\n    cookie SRV insert\n") + "backend be\n    server s 10.0.0.1:80\n")
                .Where(x => x.Id == "HA1009").ToArray();
            diagnostics.Select(x => x.Message).Should().BeEquivalentTo(
                "'option forwardfor' ignored for backend 'be' as it requires HTTP mode; set 'mode http' or remove 'option forwardfor'",
                "cookie will be ignored for backend 'be' (needs 'mode http'); set 'mode http' or remove 'cookie'");
            diagnostics.Should().OnlyContain(x => x.Line == 8 && x.Column == 1);
        }

        [Fact]
        public void Httplog_in_tcp_mode_falls_back_to_tcplog()
        {
            var d = Single(Validate(Tcp + "frontend fe\n    bind :80\n    option httplog\n    log stdout local0\n    default_backend be\nbackend be\n    server s 10.0.0.1:80\n"), "HA1009");
            (d.Line, d.Column).Should().Be((8, 5));
            d.Message.Should().StartWith("'option httplog' not usable with frontend 'fe' (needs 'mode http'). Falling back to 'option tcplog'");
        }

        [Fact]
        public void Http_directives_in_http_mode_are_fine()
        {
            Validate(Http + "frontend fe\n    bind :80\n    option forwardfor\n    http-request deny if { path /x }\n    default_backend be\nbackend be\n    cookie SRV insert\n    server s 10.0.0.1:80\n")
                .Should().NotContain(x => x.Id == "HA1009");
        }

        [Fact]
        public void Log_format_without_log_target_is_reported_on_the_format_line()
        {
            var d = Single(Validate(Http + "frontend fe\n    bind :80\n    option httplog\n    default_backend be\nbackend be\n    server s 10.0.0.1:80\n"), "HA1010");
            (d.Line, d.Column, d.Severity).Should().Be((8, 5, DiagnosticSeverity.Warning));
            d.Message.Should().Be("log format ignored for frontend 'fe' since it has no log address; add a 'log' line (or 'log global' with a global 'log') for 'option httplog'");
        }

        [Fact]
        public void Log_global_counts_only_when_global_has_a_log()
        {
            const string Proxies = "frontend fe\n    bind :80\n    log global\n    log-format %ci\n    default_backend be\nbackend be\n    server s 10.0.0.1:80\n";
            Validate("global\n    log /dev/log local0\n" + Http + Proxies).Should().NotContain(x => x.Id == "HA1010");
            Single(Validate(Http + Proxies), "HA1010").Line.Should().Be(9);
        }

        [Fact]
        public void Http_request_after_use_backend_is_a_rule_order_trap()
        {
            var d = Single(Validate(Http + "frontend fe\n    bind :80\n    use_backend be if { path /a }\n    http-request set-header X 1\n    default_backend be\nbackend be\n    server s 10.0.0.1:80\n"), "HA1014");
            (d.Line, d.Column).Should().Be((9, 5));
            d.Message.Should().Be("a 'http-request' rule placed after a 'use_backend' rule will still be processed before; move it above the 'use_backend' rules");
        }

        [Fact]
        public void Rules_after_an_unconditional_final_action_are_noop()
        {
            var d = Single(Validate(Http + "frontend fe\n    bind :80\n    http-request deny\n    http-request allow if { src 10.0.0.1 }\n    default_backend be\nbackend be\n    server s 10.0.0.1:80\n"), "HA1014");
            (d.Line, d.Column).Should().Be((9, 5));
            d.Message.Should().StartWith("previous 'http-request' action is final and has no condition attached, further entries are NOOP");
        }

        [Fact]
        public void Conditional_final_actions_and_if_blocks_are_not_traps()
        {
            Validate(Http + "frontend fe\n    bind :80\n    http-request deny if { path /x }\n    http-request allow\n.if defined(X)\n    http-request deny\n.else\n    http-request allow\n.endif\n    default_backend be\nbackend be\n    server s 10.0.0.1:80\n")
                .Should().NotContain(x => x.Id == "HA1014");
        }

        [Fact]
        public void Undefined_userlist_resolvers_and_table_are_errors()
        {
            var diagnostics = Validate(Http + "frontend fe\n    bind :80\n    http-request auth unless { http_auth(admins) }\n    http-request track-sc0 src table st\n    default_backend be\nbackend be\n    server s app:80 resolvers dns\n")
                .Where(x => x.Id == "HA1016").ToArray();
            diagnostics.Select(x => (x.Line, x.Column, x.Message)).Should().BeEquivalentTo(new[]
            {
                (8, 32, "unable to find userlist 'admins' referenced by http_auth; declare it or correct the name"),
                (9, 38, "unable to find table 'st' referenced by track-sc0; declare it or correct the name"),
                (12, 31, "unable to find resolvers 'dns' referenced by server s; declare it or correct the name"),
            });
            diagnostics.Should().OnlyContain(x => x.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public void Declared_sections_satisfy_the_references()
        {
            Validate("userlist admins\n    user a insecure-password b\nresolvers dns\n    nameserver n 10.0.0.53:53\npeers p\n    peer lb1 10.0.0.1:1024\n" + Http +
                     "frontend fe\n    bind :80\n    http-request auth unless { http_auth(admins) }\n    http-request track-sc0 src table st\n    default_backend be\n" +
                     "backend st\n    stick-table type ip size 1k peers p\nbackend be\n    server s app:80 resolvers dns\n")
                .Should().NotContain(x => x.Id == "HA1016");
        }

        [Fact]
        public void Tracking_a_server_without_check_is_an_error()
        {
            var d = Single(Validate(Http + "backend be\n    server s1 10.0.0.1:80\nbackend be2\n    server t1 10.0.0.1:80 track be/s1\n"), "HA1017");
            (d.Line, d.Column, d.Severity).Should().Be((9, 33, DiagnosticSeverity.Error));
            d.Message.Should().Be("unable to use be/s1 for tracking as it does not have any check nor agent enabled; add 'check' to server 's1'");
        }

        [Fact]
        public void Tracking_a_checked_server_is_fine_and_a_missing_one_is_undefined()
        {
            var diagnostics = Validate(Http + "backend be\n    default-server check\n    server s1 10.0.0.1:80\nbackend be2\n    server t1 10.0.0.1:80 track be/s1\n    server t2 10.0.0.1:80 track be/s9\n");
            diagnostics.Should().NotContain(x => x.Id == "HA1017");
            Single(diagnostics, "HA1016").Message.Should().Be("unable to find server 'be/s9' referenced by track; declare it or correct the name");
        }

        [Fact]
        public void Missing_files_are_checked_only_under_the_base_directory()
        {
            string dir = Path.Combine(Path.GetTempPath(), "haconfig-files-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(dir, "certs"));
            try
            {
                File.WriteAllText(Path.Combine(dir, "certs", "ok.pem"), "x");
                string text = "global\n    crt-base certs\n" + Http + "frontend fe\n    bind :443 ssl crt ok.pem\n    bind :444 ssl crt missing.pem\n    errorfile 503 /nowhere/503.http\n    default_backend be\nbackend be\n    server s 10.0.0.1:80\n";
                Validate(text).Should().NotContain(x => x.Id == "HA1025" || x.Id == "HA1051");
                var diagnostics = Validate(text, baseDirectory: dir);
                var missing = Single(diagnostics, "HA1025");
                (missing.Line, missing.Column, missing.Severity).Should().Be((10, 23, DiagnosticSeverity.Error));
                // A certificate path is key material: redacted unless secrets are shown (docs/security.md).
                missing.Message.Should().Be($"certificate file '<redacted>' not found (looked for '{Path.Combine(dir, "certs", "<redacted>")}'); create it or correct the path");
                var outside = Single(diagnostics, "HA1051");
                (outside.Line, outside.Column).Should().Be((11, 19));
                outside.Message.Should().Be($"errorfile file '/nowhere/503.http' lies outside the checked directory '{dir}' and was not checked");
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Empty_argument_followed_by_words_is_a_warning_before_3_2_and_an_error_from_3_2()
        {
            const string Text = Http + "backend be\n    http-request set-header X \"\" if { path /a }\n    http-response set-header Server \"\"\n    server s 10.0.0.1:80\n";
            var d = Single(Validate(Text), "HA1027");
            (d.Line, d.Column, d.Severity).Should().Be((7, 31, DiagnosticSeverity.Warning));
            d.Message.Should().Be("argument number 3 at position 31 is empty and marks the end of the argument list; remove it or give it a value");
            Single(Validate(Text, "3.2"), "HA1027").Severity.Should().Be(DiagnosticSeverity.Error);
        }

        [Fact]
        public void Unquoted_variable_outside_an_address_is_reported()
        {
            var diagnostics = Validate(Http + "frontend fe\n    bind ${ADDR}:443 ssl crt ${CERTS}/a.pem\n    bind :444 ssl crt \"${CERTS}/a.pem\"\n    default_backend be\nbackend be\n    server s ${HOST}:80\n");
            var d = Single(diagnostics, "HA1028");
            (d.Line, d.Column, d.Severity).Should().Be((7, 30, DiagnosticSeverity.Warning));
            d.Message.Should().Be("'${CERTS}' is not expanded outside double quotes and stays literal; write \"${CERTS}\"");
        }

        [Fact]
        public void Check_connect_addr_is_an_address()
        {
            Validate(Http + "backend be\n    option httpchk\n    http-check connect addr ${A} port 80\n    server s 10.0.0.1:80 check\n").Should().NotContain(x => x.Id == "HA1028");
        }

        [Fact]
        public void Switch_mode_http_makes_http_rules_valid_in_a_tcp_frontend()
        {
            Validate(Tcp + "frontend fe\n    bind :80\n    tcp-request content switch-mode http\n    http-request deny if { path /x }\n    default_backend be\nbackend be\n    mode http\n    server s 10.0.0.1:80\n")
                .Should().NotContain(x => x.Id == "HA1009");
        }

        [Fact]
        public void Password_hashes_are_not_variables()
        {
            Validate("userlist u\n    user a password $6$salt$hash\n").Should().NotContain(x => x.Id == "HA1028");
        }

        [Fact]
        public void Conditions_newer_than_the_target_are_errors()
        {
            const string Text = ".if strstr(\"$A\",b) && defined(B)\n.endif\n";
            var diagnostics = Validate(Text, "2.4").Where(x => x.Id == "HA1029").ToArray();
            diagnostics.Select(x => (x.Line, x.Column, x.Message)).Should().BeEquivalentTo(new[]
            {
                (1, 5, "'strstr()' in '.if' requires HAProxy 2.8 or newer (target is 2.4)"),
                (1, 20, "'&&' in '.if' requires HAProxy 2.5 or newer (target is 2.4)"),
            });
            Validate(Text, "2.6").Where(x => x.Id == "HA1029").Select(x => x.Message).Should().Equal("'strstr()' in '.if' requires HAProxy 2.8 or newer (target is 2.6)");
            Validate(Text, "2.8").Should().NotContain(x => x.Id == "HA1029");
        }

        [Fact]
        public void Operator_words_in_an_acl_pattern_list_are_reported()
        {
            var d = Single(Validate(Http + "frontend fe\n    bind :80\n    acl api path_beg /api or /v2\n    http-request deny if api\n    default_backend be\nbackend be\n    server s 10.0.0.1:80\n"), "HA1030");
            (d.Line, d.Column).Should().Be((8, 27));
            d.Message.Should().Be("pattern 'or' of ACL 'api' looks like a failed attempt at using an operator inside a pattern list; it is matched literally");
            Validate(Http + "frontend fe\n    acl api path_beg /api /v2\n").Should().NotContain(x => x.Id == "HA1030");
        }

        [Fact]
        public void Named_defaults_used_explicitly_and_implicitly_is_a_warning()
        {
            var diagnostics = Validate("defaults d1\n    mode http\nfrontend a from d1\n    bind :80\n    default_backend b\nbackend b\n    server s 10.0.0.1:80\n");
            var d = Single(diagnostics, "HA1031");
            (d.Line, d.Column).Should().Be((6, 1));
            d.Message.Should().Be("defaults section 'd1' (declared at line 1) is explicitly referenced by another proxy and implicitly used here by backend 'b'; add 'from d1' or a last defaults section not explicitly used");
            Validate("defaults d1\n    mode http\nfrontend a from d1\n    bind :80\nbackend b from d1\n").Should().NotContain(x => x.Id == "HA1031");
        }

        [Fact]
        public void Global_after_a_proxy_is_info()
        {
            var d = Single(Validate(Http + "global\n    maxconn 100\n"), "HA1032");
            (d.Line, d.Column, d.Severity).Should().Be((6, 1, DiagnosticSeverity.Info));
            d.Message.Should().Be("global section detected after the non-global section 'defaults' at line 1, the prevalence of their statements is unspecified; move it to the top");
            Validate("global\n    maxconn 100\n" + Http).Should().NotContain(x => x.Id == "HA1032");
        }

        [Fact]
        public void External_check_needs_insecure_fork_wanted()
        {
            const string Backend = "backend be\n    option external-check\n    external-check command /bin/true\n    server s 10.0.0.1:80 check\n";
            var d = Single(Validate(Http + Backend), "HA1034");
            (d.Line, d.Column).Should().Be((7, 5));
            d.Message.Should().Be("proxy 'be': 'insecure-fork-wanted' not enabled in the global section, 'external-check' will likely fail; add 'insecure-fork-wanted' to global");
            Validate("global\n    insecure-fork-wanted\n" + Http + Backend).Should().NotContain(x => x.Id == "HA1034");
        }

        [Fact]
        public void Same_cookie_on_two_non_backup_servers_is_reported()
        {
            var d = Single(Validate(Http + "backend be\n    cookie SRV insert\n    server s1 10.0.0.1:80 cookie a\n    server s2 10.0.0.2:80 cookie a\n    server s3 10.0.0.3:80 cookie a backup\n"), "HA1035");
            (d.Line, d.Column).Should().Be((9, 34));
            d.Message.Should().Be("'server s2': same cookie value 'a' is set for the previous non-backup server 's1' in the same backend, it may break connection persistence");
        }

        [Fact]
        public void Backend_without_servers_and_frontend_without_backend_are_info()
        {
            var diagnostics = Validate(Http + "frontend fe\n    bind :80\nbackend be\n    balance roundrobin\nbackend table\n    stick-table type ip size 1k\nfrontend stats\n    bind :8404\n    stats enable\n")
                .Where(x => x.Id == "HA1037").ToArray();
            diagnostics.Select(x => (x.Line, x.Column, x.Severity, x.Message)).Should().BeEquivalentTo(new[]
            {
                (6, 1, DiagnosticSeverity.Info, "frontend 'fe' has no default_backend and no use_backend, so every request it routes gets a 503"),
                (8, 1, DiagnosticSeverity.Info, "backend 'be' has no server, so every request it routes gets a 503"),
            });
        }
    }
}
