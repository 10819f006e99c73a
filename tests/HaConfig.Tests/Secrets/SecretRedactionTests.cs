using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Topology;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Tests.Secrets
{
    /// <summary>
    /// Each secret-bearing construct, in a configuration where the secret itself draws a diagnostic: with the default
    /// options no string of any diagnostic holds the secret; with <see cref="ValidationOptions.ShowSecrets"/> the rules
    /// that quote it do.
    /// </summary>
    public class SecretRedactionTests
    {
        private const string Secret = "Zq9sECRETa";

        /// <summary>61 words, so that what follows <c>user bob</c> and them starts at word 64, past HAProxy's limit (HA0006 quotes it).</summary>
        private static readonly string SixtyOneWords = string.Join(" ", Enumerable.Range(0, 61).Select(i => "g" + i));

        private static readonly string BaseDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "haconfig-secrets-none");

        /// <summary>Construct, format, text, the secret, the rules the secret triggers, whether those quote it when secrets are shown.</summary>
        public static TheoryData<string, ConfigFormat, string, string, string[], bool> Constructs => new()
        {
            { "userlist insecure-password past word 64", ConfigFormat.HAProxy, $"userlist u\n    user bob {SixtyOneWords} insecure-password {Secret}\n", Secret, new[] { "HA0006", "HA1052" }, true },
            { "userlist password hash past word 64", ConfigFormat.HAProxy, $"userlist u\n    user bob {SixtyOneWords} password $6${Secret}\n", "$6$" + Secret, new[] { "HA0006" }, true },
            { "bind ca-sign-pass past word 64", ConfigFormat.HAProxy, $"frontend f\n    bind :443 {SixtyOneWords} ca-sign-pass {Secret}\n", Secret, new[] { "HA0006" }, true },
            { "bind crt path outside the checked directory", ConfigFormat.HAProxy, $"frontend f\n    bind :443 ssl crt /etc/ssl/{Secret}.pem\n", $"/etc/ssl/{Secret}.pem", new[] { "HA1051" }, true },
            { "server crt path outside the checked directory", ConfigFormat.HAProxy, $"backend b\n    server s 10.0.0.1:443 ssl crt /etc/ssl/{Secret}.pem verify none\n", $"/etc/ssl/{Secret}.pem", new[] { "HA1051" }, true },
            { "stats auth password cut by '#'", ConfigFormat.HAProxy, $"listen l\n    bind :80\n    stats auth admin:{Secret}#tail\n", Secret, new[] { "HA1053" }, false },
            { "stats auth short password", ConfigFormat.HAProxy, "listen l\n    bind :80\n    stats auth admin:Zq9s\n", "Zq9s", new[] { "HA1053" }, false },
            { "auth_pass cut by '!'", ConfigFormat.Keepalived, $"vrrp_instance V {{\n    authentication {{\n        auth_type PASS\n        auth_pass Zq9s!{Secret}\n    }}\n}}\n", $"Zq9s!{Secret}", new[] { "HA2023" }, true },
            { "auth_pass with a trailing backslash", ConfigFormat.Keepalived, $"vrrp_instance V {{\n    authentication {{\n        auth_pass {Secret}\\\n    }}\n}}\n", Secret, new[] { "HA2024", "HA2007" }, true },
            { "auth_pass too long", ConfigFormat.Keepalived, $"vrrp_instance V {{\n    authentication {{\n        auth_type PASS\n        auth_pass {Secret}\n    }}\n}}\n", Secret, new[] { "HA2007", "HA2036" }, false },
            { "SSL password with a trailing backslash", ConfigFormat.Keepalived, $"SSL {{\n    password {Secret}\\\n}}\n", Secret, new[] { "HA2024" }, true },
            { "auth_hmac key with a trailing backslash", ConfigFormat.Keepalived, $"vrrp_instance V {{\n    auth_hmac {{\n        key 1 hex:{Secret}\\\n    }}\n}}\n", "hex:" + Secret, new[] { "HA2024" }, true },
        };

        [Theory]
        [MemberData(nameof(Constructs))]
        public void No_diagnostic_shows_a_secret_unless_secrets_are_shown(string construct, ConfigFormat format, string text, string secret, string[] triggered, bool quotedWhenShown)
        {
            var hidden = Validate(format, text, showSecrets: false);
            var shown = Validate(format, text, showSecrets: true);

            shown.Select(d => d.Id).Should().Contain(triggered, construct);
            hidden.Select(d => d.Id).Should().Contain(triggered, "hiding a secret never hides a finding");
            hidden.SelectMany(Strings).Should().NotContain(s => s.Contains(secret), construct);
            if (quotedWhenShown) shown.Where(d => triggered.Contains(d.Id)).Should().Contain(d => d.Message.Contains(secret), "the rule quotes the value when asked to");
        }

        [Theory]
        [MemberData(nameof(Constructs))]
        public void Any_message_argument_naming_a_secret_is_redacted(string construct, ConfigFormat format, string text, string secret, string[] triggered, bool quotedWhenShown)
        {
            _ = (triggered, quotedWhenShown);
            var messages = QuoteEveryWord(format, text, new ValidationOptions());

            messages.Should().NotContain(m => m.Contains(secret), construct);
            messages.Should().Contain(m => m.Contains("<redacted>"), "the secret word was quoted");
            QuoteEveryWord(format, text, new ValidationOptions { ShowSecrets = true }).Should().Contain(m => m.Contains(secret));
        }

        [Theory]
        [InlineData("frontend f\n    bind :80\n    stats auth admin:Zq9sECRETa\n", "Zq9sECRETa")]
        [InlineData("backend b\n    dynamic-cookie-key Zq9sECRETa\n", "Zq9sECRETa")]
        [InlineData("userlist u\n    user bob password \"Zq9s ECRETa\" groups g\n", "Zq9s ECRETa")]
        [InlineData("crt-store web\n    load crt \"site.pem\" key \"Zq9sECRETa.key\"\n", "Zq9sECRETa.key")]
        public void Every_other_haproxy_secret_is_redacted_in_quoted_arguments(string text, string secret)
        {
            QuoteEveryWord(ConfigFormat.HAProxy, text, new ValidationOptions()).Should().NotContain(m => m.Contains(secret)).And.Contain(m => m.Contains("<redacted>"));
        }

        [Fact]
        public void The_user_of_stats_auth_stays_visible()
        {
            var messages = QuoteEveryWord(ConfigFormat.HAProxy, "frontend f\n    stats auth admin:Zq9sECRETa\n", new ValidationOptions());

            messages.Should().Contain(m => m.Contains("admin:<redacted>"));
        }

        [Fact]
        public void A_secret_inside_a_longer_word_of_a_message_is_left_alone()
        {
            var messages = QuoteEveryWord(ConfigFormat.Keepalived, "vrrp_instance V {\n    authentication {\n        auth_pass 42\n    }\n    virtual_router_id 142\n}\n", new ValidationOptions());

            messages.Should().Contain(m => m.Contains("'142'")).And.NotContain(m => m.Contains("'42'"));
        }

        [Fact]
        public void A_secret_set_by_a_keepalived_definition_is_redacted_where_the_expanded_view_quotes_it()
        {
            var pair = Pair(
                "$PASS=Zq9sECRE\n" + Instance("auth_pass $PASS"),
                Instance("auth_pass other12"));

            var hidden = pair.Validate();
            var shown = pair.Validate(new ValidationOptions { ShowSecrets = true });

            shown.Should().Contain(d => d.Id == "HA3010" && d.Message.Contains("Zq9sECRE"));
            hidden.Should().ContainSingle(d => d.Id == "HA3010").Which.Message.Should().Contain("<redacted>");
            hidden.SelectMany(Strings).Should().NotContain(s => s.Contains("Zq9sECRE") || s.Contains("other12"));
        }

        [Fact]
        public void A_definition_reference_is_not_itself_a_secret()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n    state ${STATE}\n    authentication {\n        auth_pass ${AUTH_PASS}\n    }\n}\n", "k.conf");

            config.Lines[3].ToString().Should().Be("        auth_pass ${AUTH_PASS}");
            config.Validate().Should().Contain(d => d.Id == "HA2034" && d.Message.Contains("state '$'"), "the '$' of ${AUTH_PASS} must not hide every '$' in messages");
        }

        [Fact]
        public void Syntax_diagnostics_of_a_configuration_hide_secrets_and_validation_shows_them_on_request()
        {
            var config = HAProxyConfig.Parse($"userlist u\n    user bob {SixtyOneWords} insecure-password {Secret}\n", "h.cfg");

            config.Diagnostics.Should().ContainSingle(d => d.Id == "HA0006").Which.Message.Should().EndWith("'<redacted>'");
            config.Validate(new ValidationOptions { ShowSecrets = true }).Should().ContainSingle(d => d.Id == "HA0006").Which.Message.Should().EndWith($"'{Secret}'");
        }

        private static string Instance(string auth) =>
            "vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    authentication {\n        auth_type PASS\n        " + auth +
            "\n    }\n    virtual_ipaddress {\n        10.0.0.10/24\n    }\n}\n";

        private static HaPair Pair(string first, string second) => new(new[]
        {
            new HaPairNodeConfig("lb1", KeepalivedConfig.Parse(first, "lb1/keepalived.conf"), HAProxyConfig.Parse("global\n", "lb1/haproxy.cfg")),
            new HaPairNodeConfig("lb2", KeepalivedConfig.Parse(second.Replace("priority 100", "priority 90"), "lb2/keepalived.conf"), HAProxyConfig.Parse("global\n", "lb2/haproxy.cfg")),
        });

        private static IReadOnlyList<Diagnostic> Validate(ConfigFormat format, string text, bool showSecrets)
        {
            var options = new ValidationOptions { ShowSecrets = showSecrets, FileCheckBaseDirectory = BaseDirectory };
            return format == ConfigFormat.HAProxy ? HAProxyConfig.Parse(text, "h.cfg").Validate(options) : KeepalivedConfig.Parse(text, "k.conf").Validate(options);
        }

        /// <summary>Every string a diagnostic carries.</summary>
        private static IEnumerable<string> Strings(Diagnostic d) =>
            new[] { d.Message, d.ToString(), d.Id, d.HelpUri, d.Path ?? string.Empty, d.Descriptor.Title, d.Descriptor.FixHint, d.Descriptor.MessageFormat };

        /// <summary>A rule that quotes every word of every line, raw and decoded, and every whole line: what any future rule could quote.</summary>
        private static List<string> QuoteEveryWord(ConfigFormat format, string text, ValidationOptions options)
        {
            var context = new ValidationContext(options);
            IEnumerable<HaConfig.Syntax.SyntaxLineView> lines;
            if (format == ConfigFormat.HAProxy)
            {
                var config = HAProxyConfig.Parse(text, "h.cfg");
                context.Secrets.Add(config);
                lines = config.Lines;
            }
            else
            {
                var config = KeepalivedConfig.Parse(text, "k.conf");
                context.Secrets.Add(config);
                lines = config.Lines;
            }

            foreach (var line in lines)
            {
                context.Report(RuleCatalogue.RuleFailure, line.Location, "line", line.Text);
                for (int i = 0; i < line.TokenCount; i++) context.Report(RuleCatalogue.RuleFailure, line.GetLocation(i), "'" + line.GetRaw(i) + "'", "'" + line.GetValue(i) + "'");
            }

            return context.Diagnostics.Select(d => d.Message).ToList();
        }
    }
}
