using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyDirectiveModelTests
    {
        private const string Sample =
            "global\n" +
            "    maxconn 4096\n" +
            "    log /dev/log local0 notice\n" +
            "    stats socket /run/haproxy/admin.sock mode 660 level admin\n" +
            "defaults\n" +
            "    mode http\n" +
            "    log global\n" +
            "    option httplog\n" +
            "    no option redispatch\n" +
            "    timeout connect 5s\n" +
            "    timeout client 30s\n" +
            "    timeout client 35s\n" +
            "    maxconn 10k\n" +
            "frontend fe\n" +
            "    bind 10.0.0.1:443,[::1]:443 ssl crt /etc/ssl/site.pem alpn h2,http/1.1 accept-proxy\n" +
            "    acl is_api path_beg -i /api\n" +
            "    acl is_admin src -f /etc/admins.lst -- 10.0.0.0/8\n" +
            "    http-request deny if !is_api { src 10.0.0.0/8 } || is_admin\n" +
            "    tcp-request content accept if { req.ssl_hello_type 1 }\n" +
            "    use_backend api unless is_admin\n" +
            "    default_backend web\n" +
            "    errorfile 503 /etc/haproxy/errors/503.http\n" +
            "    stats admin if is_admin\n" +
            "backend web\n" +
            "    balance hdr(host) use_domain_only\n" +
            "    option httpchk GET /health HTTP/1.1\n" +
            "    http-check send meth GET uri /healthz ver HTTP/1.1\n" +
            "    http-check expect ! status 500\n" +
            "    default-server inter 3s fall 2\n" +
            "    server s1 10.0.0.11:80 check inter 2s fastinter 500ms downinter 10s rise 3 fall 5 weight 20 maxconn 100 # first\n" +
            "    server s2 10.0.0.12:80 backup ssl verify none source 10.0.0.2 usesrc clientip weight 5\n" +
            "    server-template srv 1-5 app.example.com:8080 check\n";

        private static HAProxyConfig Parse() => HAProxyConfig.Parse(Sample);

        [Fact]
        public void Server_parameters_are_read_with_their_values()
        {
            var s1 = Parse().FindBackend("web")!.FindServer("s1")!;

            s1.Name.Should().Be("s1");
            s1.Host.Should().Be("10.0.0.11");
            s1.Port.Should().Be(80);
            s1.HasCheck.Should().BeTrue();
            s1.Inter.Should().Be(HaDuration.FromSeconds(2));
            s1.FastInter.Should().Be(HaDuration.FromMilliseconds(500));
            s1.DownInter.Should().Be(HaDuration.FromSeconds(10));
            s1.Rise.Should().Be(3);
            s1.Fall.Should().Be(5);
            s1.Weight.Should().Be(20);
            s1.MaxConn.Should().Be(100);
            s1.Backup.Should().BeFalse();
            s1.OptionNames.Should().Equal("check", "inter", "fastinter", "downinter", "rise", "fall", "weight", "maxconn");
        }

        [Fact]
        public void Server_flags_and_a_variable_length_source_are_read()
        {
            var s2 = Parse().FindBackend("web")!.FindServer("s2")!;

            s2.Backup.Should().BeTrue();
            s2.Ssl.Should().BeTrue();
            s2.Verify.Should().Be("none");
            s2.HasCheck.Should().BeFalse();
            s2.GetOption("source").Should().Be("10.0.0.2");
            s2.Weight.Should().Be(5);
        }

        [Fact]
        public void Default_server_and_templates_are_kept_apart_from_servers()
        {
            var web = Parse().FindBackend("web")!;

            web.Servers.Select(s => s.Name).Should().Equal("s1", "s2");
            web.DefaultServer!.Inter.Should().Be(HaDuration.FromSeconds(3));
            web.DefaultServer.Name.Should().BeNull();
            var template = web.ServerTemplates.Single();
            template.Name.Should().Be("srv");
            template.TemplateRange.Should().Be("1-5");
            template.Host.Should().Be("app.example.com");
            template.HasCheck.Should().BeTrue();
        }

        [Fact]
        public void Bind_reads_its_address_list_and_ssl_parameters()
        {
            var bind = Parse().FindFrontend("fe")!.Binds.Single();

            bind.Addresses.Select(a => a.Host).Should().Equal("10.0.0.1", "::1");
            bind.Port.Should().Be(443);
            bind.Ssl.Should().BeTrue();
            bind.Certificates.Should().Equal("/etc/ssl/site.pem");
            bind.Alpn.Should().Equal("h2", "http/1.1");
            bind.AcceptProxy.Should().BeTrue();
        }

        [Fact]
        public void The_last_timeout_of_a_name_wins()
        {
            var defaults = Parse().Defaults.Single();

            defaults.GetTimeout("client").Should().Be(HaDuration.FromSeconds(35));
            defaults.GetTimeout("connect").Should().Be(HaDuration.FromSeconds(5));
            defaults.GetTimeout("server").Should().BeNull();
            defaults.Timeouts.Keys.Should().BeEquivalentTo("connect", "client");
        }

        [Fact]
        public void Options_and_negated_options_are_told_apart()
        {
            var defaults = Parse().Defaults.Single();

            defaults.Mode.Should().Be(ProxyMode.Http);
            defaults.IsOptionEnabled("httplog").Should().BeTrue();
            defaults.IsOptionEnabled("redispatch").Should().BeFalse();
            defaults.FindOption("redispatch")!.IsNegated.Should().BeTrue();
            defaults.IsOptionEnabled("forwardfor").Should().BeFalse();
        }

        [Fact]
        public void Option_httpchk_reads_the_method_uri_and_version()
        {
            var check = Parse().FindBackend("web")!.HttpCheckOption!;

            check.Method.Should().Be("GET");
            check.Uri.Should().Be("/health");
            check.Version.Should().Be("HTTP/1.1");
        }

        [Theory]
        [InlineData("option httpchk", "OPTIONS", "/", "HTTP/1.0")]
        [InlineData("option httpchk /ping", "OPTIONS", "/ping", "HTTP/1.0")]
        [InlineData("option httpchk HEAD /ping", "HEAD", "/ping", "HTTP/1.0")]
        public void Option_httpchk_fills_in_haproxy_defaults(string line, string method, string uri, string version)
        {
            var check = HAProxyConfig.Parse("backend b\n    " + line + "\n").Backends.Single().HttpCheckOption!;

            check.Method.Should().Be(method);
            check.Uri.Should().Be(uri);
            check.Version.Should().Be(version);
        }

        [Fact]
        public void Http_check_steps_expose_send_and_expect_parts()
        {
            var checks = Parse().FindBackend("web")!.HttpChecks;

            checks[0].Action.Should().Be("send");
            checks[0].Method.Should().Be("GET");
            checks[0].Uri.Should().Be("/healthz");
            checks[0].Version.Should().Be("HTTP/1.1");
            checks[1].Matcher.Should().Be("status");
            checks[1].Pattern.Should().Be("500");
            checks[1].IsNegated.Should().BeTrue();
        }

        [Fact]
        public void Acl_lines_split_into_name_criterion_flags_and_patterns()
        {
            var acls = Parse().FindFrontend("fe")!.Acls;

            acls[0].Name.Should().Be("is_api");
            acls[0].Criterion.Should().Be("path_beg");
            acls[0].Flags.Should().Equal("-i");
            acls[0].Patterns.Should().Equal("/api");
            acls[1].Flags.Should().Equal("-f", "/etc/admins.lst", "--");
            acls[1].HasFlag("-f").Should().BeTrue();
            acls[1].Patterns.Should().Equal("10.0.0.0/8");
        }

        [Fact]
        public void A_rule_condition_lists_negated_named_and_anonymous_acls_across_or()
        {
            var rule = Parse().FindFrontend("fe")!.GetRules("http-request").Single();

            rule.Action.Should().Be("deny");
            rule.ActionArguments.Should().BeEmpty();
            var condition = rule.Condition!;
            condition.IsUnless.Should().BeFalse();
            condition.Alternatives.Should().HaveCount(2);
            condition.Alternatives[0][0].Name.Should().Be("is_api");
            condition.Alternatives[0][0].IsNegated.Should().BeTrue();
            condition.Alternatives[0][1].IsAnonymous.Should().BeTrue();
            condition.Alternatives[0][1].Expression.Should().Equal("src", "10.0.0.0/8");
            condition.AclNames.Should().Equal("is_api", "is_admin");
        }

        [Fact]
        public void Tcp_rules_name_their_ruleset_with_the_second_word()
        {
            var rule = Parse().FindFrontend("fe")!.Rules.Single(r => r.IsTcp);

            rule.Ruleset.Should().Be("tcp-request content");
            rule.Action.Should().Be("accept");
            rule.Condition!.Terms.Single().IsAnonymous.Should().BeTrue();
        }

        [Fact]
        public void Backend_switching_rules_give_names_and_conditions()
        {
            var fe = Parse().FindFrontend("fe")!;

            fe.UseBackends.Single().BackendName.Should().Be("api");
            fe.UseBackends.Single().Condition!.IsUnless.Should().BeTrue();
            fe.DefaultBackend!.BackendName.Should().Be("web");
        }

        [Fact]
        public void Balance_splits_the_algorithm_from_its_argument()
        {
            var balance = Parse().FindBackend("web")!.Balance!;

            balance.Algorithm.Should().Be("hdr");
            balance.AlgorithmArgument.Should().Be("host");
            balance.AlgorithmArguments.Should().Equal("use_domain_only");
        }

        [Fact]
        public void Global_log_maxconn_and_stats_socket_are_typed()
        {
            var global = Parse().Global!;

            global.MaxConn!.Value.Should().Be(4096);
            var log = global.Logs.Single();
            log.Target.Should().Be("/dev/log");
            log.Facility.Should().Be("local0");
            log.Level.Should().Be("notice");
            global.StatsSockets.Single().SocketAddress!.IsUnixSocket.Should().BeTrue();
        }

        [Fact]
        public void Maxconn_with_a_suffix_reads_like_atol()
        {
            var maxconn = Parse().Defaults.Single().MaxConn!;

            maxconn.Value.Should().Be(10);
            maxconn.IsStrictInteger.Should().BeFalse();
        }

        [Fact]
        public void Log_lines_read_length_format_and_levels()
        {
            var log = HAProxyConfig.Parse("global\n    log 127.0.0.1:514 len 4096 format rfc5424 local2 info notice\n").Global!.Logs.Single();

            log.Length.Should().Be(4096);
            log.Format.Should().Be("rfc5424");
            log.Facility.Should().Be("local2");
            log.Level.Should().Be("info");
            log.MinLevel.Should().Be("notice");
        }

        [Fact]
        public void Log_global_and_no_log_have_no_target()
        {
            var logs = HAProxyConfig.Parse("defaults\n    log global\n    no log\n").Defaults.Single().Logs;

            logs[0].IsGlobal.Should().BeTrue();
            logs[0].Target.Should().BeNull();
            logs[1].IsNegated.Should().BeTrue();
        }

        [Fact]
        public void Errorfile_and_stats_admin_are_typed()
        {
            var fe = Parse().FindFrontend("fe")!;

            fe.ErrorFiles.Single().StatusCode.Should().Be(503);
            fe.ErrorFiles.Single().FilePath.Should().Be("/etc/haproxy/errors/503.http");
            fe.Stats.Single().Setting.Should().Be("admin");
            fe.Stats.Single().Condition!.AclNames.Should().Equal("is_admin");
        }

        [Fact]
        public void Unknown_keywords_stay_untyped_directives()
        {
            var directive = HAProxyConfig.Parse("backend b\n    retries 3\n").Backends.Single().Directives.Single();

            directive.GetType().Should().Be(typeof(HAProxyDirective));
            directive.Arguments.Should().Equal("3");
        }
    }
}
