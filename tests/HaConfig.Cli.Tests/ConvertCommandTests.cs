using System.IO;
using FluentAssertions;
using Xunit;

namespace HaConfig.Cli.Tests
{
    public class ConvertCommandTests
    {
        private const string HAProxy =
            "# edge proxy\n" +
            "global\n    maxconn 100\n\n" +
            "userlist admins\n    user ops password $6$secret-hash\n\n" +
            "listen stats # dashboard\n    bind :8404\n    stats auth admin:s3cret\n    http-request deny if { path_beg \"/a b\" }\n";

        private const string Keepalived =
            "! pair\n$IFACE=eth0\n" +
            "vrrp_instance VI_1 {\n    interface $IFACE\n    authentication {\n        auth_type PASS\n        auth_pass hunter2\n    }\n" +
            "    virtual_ipaddress { 10.0.0.10/24 }\n}\ninclude /etc/keepalived/conf.d/*.conf\n";

        [Fact]
        public void HAProxy_to_yaml_lists_sections_with_their_directives_and_comments()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("convert", scratch.Write("haproxy.cfg", HAProxy), "--to", "yaml");

            result.ExitCode.Should().Be(0, result.Stderr);
            result.Stdout.Should().StartWith("format: haproxy\nversion: \"1\"\npreamble:\n- comment: '# edge proxy'\nsections:\n- section: global\n  directives:\n  - keyword: maxconn\n    args: [\"100\"]\n");
            result.Stdout.Should().Contain("- section: listen\n  name: stats\n  comment: '# dashboard'\n");
            result.Stdout.Should().Contain("args: [deny, if, '{', path_beg, /a b, '}']");
        }

        [Fact]
        public void HAProxy_to_json_redacts_stats_auth_and_userlist_passwords()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("convert", scratch.Write("haproxy.cfg", HAProxy), "--to", "json");

            result.ExitCode.Should().Be(0, result.Stderr);
            result.Stdout.Should().Contain("\"admin:<redacted>\"").And.Contain("\"password\",\n            \"<redacted>\"");
            result.Stdout.Should().NotContain("s3cret").And.NotContain("secret-hash");
        }

        [Fact]
        public void Show_secrets_keeps_the_passwords()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("convert", scratch.Write("keepalived.conf", Keepalived), "--to", "json", "--show-secrets");

            result.ExitCode.Should().Be(0, result.Stderr);
            result.Stdout.Should().Contain("\"hunter2\"");
        }

        [Fact]
        public void A_redacted_document_is_refused_with_the_place_of_the_secret()
        {
            using var scratch = new Scratch();
            string yaml = CliRunner.InProcess("convert", scratch.Write("keepalived.conf", Keepalived), "--to", "yaml").Stdout;
            yaml.Should().Contain("auth_pass").And.Contain("<redacted>").And.NotContain("hunter2");

            var result = CliRunner.InProcess("convert", scratch.Write("keepalived.yaml", yaml), "--to", "keepalived");

            result.ExitCode.Should().Be(2);
            result.Stdout.Should().BeEmpty();
            result.Stderr.Should().MatchRegex(@"^haconfig: .*keepalived\.yaml:\d+:\d+: this secret was redacted \(<redacted>\); put the real value back or convert the configuration with --show-secrets\n$");
        }

        [Theory]
        [InlineData("yaml")]
        [InlineData("json")]
        public void HAProxy_round_trip_through_a_document_keeps_every_word(string form)
        {
            using var scratch = new Scratch();
            string document = CliRunner.InProcess("convert", scratch.Write("haproxy.cfg", HAProxy), "--to", form, "--show-secrets").Stdout;

            var back = CliRunner.InProcess("convert", scratch.Write("haproxy." + form, document), "--to", "haproxy");

            back.ExitCode.Should().Be(0, back.Stderr);
            back.Stdout.Should().Be(
                "# edge proxy\n\nglobal\n    maxconn 100\n\nuserlist admins\n    user ops password $6$secret-hash\n\n" +
                "listen stats # dashboard\n    bind :8404\n    stats auth admin:s3cret\n    http-request deny if { path_beg '/a b' }\n");
        }

        [Fact]
        public void Keepalived_round_trip_keeps_definitions_includes_and_blocks()
        {
            using var scratch = new Scratch();
            string json = CliRunner.InProcess("convert", scratch.Write("keepalived.conf", Keepalived), "--to", "json", "--show-secrets").Stdout;
            json.Should().Contain("\"define\": \"$IFACE\"").And.Contain("\"include\": \"include\"");

            var back = CliRunner.InProcess("convert", scratch.Write("keepalived.json", json), "--to", "keepalived");

            back.ExitCode.Should().Be(0, back.Stderr);
            back.Stdout.Should().Be(
                "! pair\n$IFACE=eth0\nvrrp_instance VI_1 {\n    interface $IFACE\n    authentication {\n        auth_type PASS\n        auth_pass hunter2\n    }\n" +
                "    virtual_ipaddress {\n        10.0.0.10/24\n    }\n}\ninclude /etc/keepalived/conf.d/*.conf\n");
        }

        [Fact]
        public void Yaml_converts_to_json_and_the_json_back_to_the_same_configuration()
        {
            using var scratch = new Scratch();
            string yaml = CliRunner.InProcess("convert", scratch.Write("haproxy.cfg", HAProxy), "--to", "yaml", "--show-secrets").Stdout;
            string json = CliRunner.InProcess("convert", scratch.Write("a.yaml", yaml), "--to", "json").Stdout;

            CliRunner.InProcess("convert", scratch.Write("b.json", json), "--to", "haproxy").Stdout
                .Should().Be(CliRunner.InProcess("convert", scratch.Write("c.yaml", yaml), "--to", "haproxy").Stdout).And.Contain("maxconn 100");
        }

        [Fact]
        public void Malformed_yaml_is_one_line_with_its_line_and_column_and_exit_2()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("bad.yaml", "format: haproxy\nsections:\n  - section: global\n   directives: [\n");

            var result = CliRunner.InProcess("convert", file, "--to", "haproxy");

            result.ExitCode.Should().Be(2);
            result.Stderr.Should().MatchRegex(@"^haconfig: .*bad\.yaml:\d+:\d+: malformed YAML: [^\n]+\n$");
        }

        [Fact]
        public void Malformed_json_is_one_line_with_its_line_and_column_and_exit_2()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("bad.json", "{\n  \"format\": \"haproxy\",\n  \"sections\": [ }\n}\n");

            var result = CliRunner.InProcess("convert", file, "--to", "haproxy");

            result.ExitCode.Should().Be(2);
            result.Stderr.Should().MatchRegex(@"^haconfig: .*bad\.json:3:\d+: malformed JSON: [^\n]+\n$");
        }

        [Fact]
        public void Yaml_aliases_and_type_tags_are_refused()
        {
            using var scratch = new Scratch();
            var alias = CliRunner.InProcess("convert", scratch.Write("alias.yaml", "format: &f haproxy\nversion: \"1\"\nsections: [{section: *f, directives: []}]\n"), "--to", "haproxy");
            var tag = CliRunner.InProcess("convert", scratch.Write("tag.yaml", "format: !!python/object haproxy\nsections: []\n"), "--to", "haproxy");

            alias.ExitCode.Should().Be(2);
            alias.Stderr.Should().Contain("alias.yaml:3:").And.Contain("aliases (*name) are not accepted");
            tag.ExitCode.Should().Be(2);
            tag.Stderr.Should().Contain("tag.yaml:1:").And.Contain("type tags");
        }

        [Fact]
        public void An_unknown_field_is_reported_where_it_is()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("convert", scratch.Write("typo.yaml", "format: haproxy\nsections:\n- section: global\n  directives:\n  - keyword: maxconn\n    arguments: [\"10\"]\n"), "--to", "haproxy");

            result.ExitCode.Should().Be(2);
            result.Stderr.Should().Be($"haconfig: {Path.Combine(scratch.Root, "typo.yaml")}:6:16: unknown field 'arguments' in a directive (expected: keyword, args, comment)\n");
        }

        [Fact]
        public void A_configuration_with_syntax_errors_is_refused_with_exit_1()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("convert", scratch.Write("keepalived.conf", "vrrp_instance VI_1 {\n    state MASTER\n"), "--to", "yaml");

            result.ExitCode.Should().Be(1);
            result.Stdout.Should().BeEmpty();
            result.Stderr.Should().StartWith("haconfig: ").And.Contain("keepalived.conf:").And.Contain("fix the syntax errors first");
        }

        [Fact]
        public void Converting_haproxy_to_keepalived_is_a_usage_error()
        {
            using var scratch = new Scratch();
            var result = CliRunner.InProcess("convert", scratch.Write("haproxy.cfg", HAProxy), "--to", "keepalived");

            result.ExitCode.Should().Be(2);
            result.Stderr.Should().Contain("is a haproxy configuration; it converts to yaml, json or haproxy");
        }

        [Fact]
        public void Output_option_writes_the_file_and_nothing_to_stdout()
        {
            using var scratch = new Scratch();
            string output = Path.Combine(scratch.Root, "out.json");

            var result = CliRunner.InProcess("convert", scratch.Write("haproxy.cfg", HAProxy), "--to", "json", "-o", output);

            result.ExitCode.Should().Be(0, result.Stderr);
            result.Stdout.Should().BeEmpty();
            File.ReadAllText(output).Should().StartWith("{\n  \"format\": \"haproxy\",\n  \"version\": \"1\",");
        }

        [Fact]
        public void As_a_process_convert_prints_yaml_and_exits_0()
        {
            using var scratch = new Scratch();
            var result = CliRunner.AsProcess("convert", scratch.Write("haproxy.cfg", HAProxy), "--to", "yaml");

            result.ExitCode.Should().Be(0, result.Stderr);
            result.Stdout.Should().StartWith("format: haproxy\n");
        }
    }
}
