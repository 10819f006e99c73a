using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using Xunit;

namespace HaConfig.Tests.Secrets
{
    /// <summary>Model objects show their text with secrets redacted; the raw text and the whole file stay byte for byte.</summary>
    public class SecretToStringTests
    {
        private const string HAProxy =
            "listen stats\n    bind :8404 ssl crt /etc/ssl/site.pem   # tls\n    stats auth admin:S3cretPw\n\n" +
            "userlist admins\n    user ops insecure-password Plain#Pw groups g\n    user dev password $6$salt$hash\n\n" +
            "backend b\n    dynamic-cookie-key CookieKey1\n    server s 10.0.0.1:443 ssl crt \"/etc/ssl/client.pem\" verify none\n";

        private const string Keepalived =
            "vrrp_instance VI_1 {\n    authentication {\n        auth_type PASS\n        auth_pass k@l!ve1\n    }\n}\n" +
            "vrrp_instance VI_2 {\n    authentication { auth_type PASS auth_pass \"quoted pw\" }\n}\n";

        [Fact]
        public void A_directive_shows_its_words_with_the_password_redacted()
        {
            var config = HAProxyConfig.Parse(HAProxy);
            var stats = config.Listens.Single().Find("stats")!;

            stats.ToString().Should().Be("stats auth admin:<redacted>");
            stats.Line.Text.Should().Be("    stats auth admin:S3cretPw");
            stats.GetArgument(1).Should().Be("admin:S3cretPw");
        }

        [Theory]
        [InlineData(1, "    bind :8404 ssl crt <redacted>   # tls")]
        [InlineData(5, "    user ops insecure-password <redacted> groups g")]
        [InlineData(6, "    user dev password <redacted>")]
        [InlineData(9, "    dynamic-cookie-key <redacted>")]
        [InlineData(10, "    server s 10.0.0.1:443 ssl crt <redacted> verify none")]
        public void A_line_shows_every_secret_redacted_and_its_text_stays_exact(int index, string shown)
        {
            var line = HAProxyConfig.Parse(HAProxy).Lines[index];

            line.ToString().Should().Be(shown);
            line.Text.Should().Be(HAProxy.Split('\n')[index]);
        }

        [Fact]
        public void A_comment_glued_to_a_password_is_part_of_it()
        {
            var user = HAProxyConfig.Parse(HAProxy).Lines[5];

            user.Comment.Should().Be("#Pw groups g");
            user.ToString().Should().NotContain("Plain").And.NotContain("Pw ");
        }

        [Fact]
        public void Tokens_show_a_secret_redacted_but_keep_its_text_and_value()
        {
            var tokens = HAProxyConfig.Parse(HAProxy).Lines[2].Tokens;

            tokens.Select(t => t.ToString()).Should().Equal("stats", "auth", "admin:<redacted>");
            tokens[2].Text.Should().Be("admin:S3cretPw");
            tokens[2].Value.Should().Be("admin:S3cretPw");
        }

        [Fact]
        public void Keepalived_statements_and_lines_redact_auth_pass_and_its_glued_comment()
        {
            var config = KeepalivedConfig.Parse(Keepalived);
            var first = config.VrrpInstances.First().Authentication!;
            var pass = first.Block.Find("auth_pass")!;

            pass.ToString().Should().Be("auth_pass <redacted>");
            pass.Line.ToString().Should().Be("        auth_pass <redacted>");
            pass.Line.Text.Should().Be("        auth_pass k@l!ve1");
            first.AuthPass.Should().Be("k@l");
            config.Lines[7].ToString().Should().Be("    authentication { auth_type PASS auth_pass <redacted> }");
        }

        [Fact]
        public void Expanded_lines_redact_a_password_a_definition_supplied()
        {
            var config = KeepalivedConfig.Parse("$PASS=Zq9sPass\nvrrp_instance VI_1 {\n    authentication {\n        auth_pass $PASS\n    }\n}\n");
            var line = KeepalivedExpansion.Expand(config).Lines.Single(l => l.Text.Contains("auth_pass"));

            line.Text.Should().Contain("Zq9sPass");
            line.ToString().Should().Be(line.Text.Replace("Zq9sPass", "<redacted>"));
        }

        [Fact]
        public void The_whole_configuration_and_save_keep_every_secret_byte_for_byte()
        {
            string path = Path.Combine(Path.GetTempPath(), "haconfig-secrets-" + System.Guid.NewGuid().ToString("N") + ".cfg");
            try
            {
                var haproxy = HAProxyConfig.Parse(HAProxy);
                haproxy.ToString().Should().Be(HAProxy);
                haproxy.Save(path);
                File.ReadAllText(path).Should().Be(HAProxy);
                KeepalivedConfig.Parse(Keepalived).ToString().Should().Be(Keepalived);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
