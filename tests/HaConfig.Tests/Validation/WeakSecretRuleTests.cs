using System;
using System.Linq;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;
using HaConfig.Validation;
using Xunit;
using static HaConfig.Tests.Validation.HAProxyRuleFixture;

namespace HaConfig.Tests.Validation
{
    /// <summary>HA1052 (clear-text userlist password), HA1053 (weak stats auth password), HA2036 (clear-text VRRP password).</summary>
    public class WeakSecretRuleTests
    {
        private const string Stats = "listen stats\n    bind :8404\n    stats enable\n    stats auth {0}\n";

        private const string Instance =
            "vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priority 100\n{0}    virtual_ipaddress {\n        10.0.0.10/24\n    }\n}\n";

        [Fact]
        public void An_insecure_password_is_a_warning_on_the_keyword_naming_the_user_not_the_password()
        {
            var d = Validate("userlist admins\n    user ops insecure-password hunter22 groups g\n").Should().ContainSingle(x => x.Id == "HA1052").Subject;

            (d.Line, d.Column, d.Severity).Should().Be((2, 14, DiagnosticSeverity.Warning));
            d.Message.Should().Be("user 'ops' in userlist 'admins' has a clear-text password ('insecure-password'); anyone who can read the configuration can log in as 'ops'");
        }

        [Theory]
        [InlineData("userlist admins\n    user ops password $6$k6y3o.eP$JlKBx9za9667qe4xHSwRv6J.C0/D7cV91\n")]
        [InlineData("userlist admins\n    group ops users ann\n    user ann groups ops\n")]
        [InlineData("global\n    user haproxy\n")]
        public void A_hashed_password_or_no_password_is_not_reported(string text)
        {
            Validate(text).Should().NotContain(x => x.Id == "HA1052");
        }

        [Theory]
        [InlineData("admin:S3c", "3 characters, fewer than 8")]
        [InlineData("admin:", "it is empty")]
        [InlineData("admin:LongEnough#cut", "a '#' glued to it starts a comment, so HAProxy reads only 10 characters")]
        public void A_weak_stats_auth_password_is_a_warning_saying_why_without_the_password(string credentials, string why)
        {
            var d = Validate(string.Format(Stats, credentials)).Should().ContainSingle(x => x.Id == "HA1053").Subject;

            (d.Line, d.Column, d.Severity).Should().Be((4, 16, DiagnosticSeverity.Warning));
            d.Message.Should().Be($"stats auth user '{credentials.Split(':')[0]}' in listen 'stats' has a weak password: {why}");
        }

        [Theory]
        [InlineData("admin:AdMiN123")]
        [InlineData("\"admin:pa#ss-w0rd\"")]
        [InlineData("admin:pa\\#ss-w0rd")]
        public void A_password_of_eight_characters_or_more_is_not_reported(string credentials)
        {
            Validate(string.Format(Stats, credentials)).Should().NotContain(x => x.Id == "HA1053");
        }

        [Fact]
        public void A_password_equal_to_the_user_name_hides_the_user_name_too()
        {
            var d = Validate(string.Format(Stats, "operator:operator")).Should().ContainSingle(x => x.Id == "HA1053").Subject;

            d.Message.Should().Be("stats auth user '<redacted>' in listen 'stats' has a weak password: it is the user name");
            HaConfig.HAProxy.HAProxyConfig.Parse(string.Format(Stats, "operator:operator")).Validate(new ValidationOptions { ShowSecrets = true }).Should().ContainSingle(x => x.Id == "HA1053").Which.Message.Should().Contain("user 'operator'");
        }

        [Fact]
        public void A_weak_password_in_defaults_names_the_section()
        {
            Validate("defaults\n    stats auth a:b\n").Should().ContainSingle(x => x.Id == "HA1053")
                .Which.Message.Should().Be("stats auth user 'a' in defaults has a weak password: 1 character, fewer than 8");
        }

        [Fact]
        public void Auth_type_pass_is_information_on_its_value()
        {
            var d = Single(Auth("PASS", "k8s-lb1"), "HA2036");

            (d.Line, d.Column, d.Severity).Should().Be((7, 19, DiagnosticSeverity.Info));
            d.Message.Should().Be("(VI_1) auth_type PASS sends auth_pass in clear text in every VRRP advertisement; anyone on the network segment can read it and send adverts that pass");
        }

        [Theory]
        [InlineData("AH", "k8s-lb1", "")]
        [InlineData("PASS", null, "")]
        [InlineData("PASS", "k8s-lb1", "    version 3\n")]
        [InlineData("PASS", "k8s-lb1", "    strict_mode\n")]
        public void Pass_is_not_reported_where_keepalived_does_not_send_it(string type, string? pass, string extra)
        {
            KeepalivedConfig.Parse(Instance.Replace("{0}", extra + AuthBlock(type, pass)), "k.conf").Validate().Should().NotContain(d => d.Id == "HA2036");
        }

        [Fact]
        public void Severity_of_the_pass_finding_can_be_raised()
        {
            var options = new ValidationOptions();
            options.SeverityOverrides["HA2036"] = DiagnosticSeverity.Warning;

            Single(Auth("PASS", "k8s-lb1"), "HA2036", options).Severity.Should().Be(DiagnosticSeverity.Warning);
        }

        private static string AuthBlock(string type, string? pass) =>
            "    authentication {\n        auth_type " + type + "\n" + (pass is null ? string.Empty : "        auth_pass " + pass + "\n") + "    }\n";

        private static string Auth(string type, string? pass) => Instance.Replace("{0}", AuthBlock(type, pass));

        private static Diagnostic Single(string text, string id, ValidationOptions? options = null) =>
            KeepalivedConfig.Parse(text, "k.conf").Validate(options).Should().ContainSingle(d => d.Id == id).Subject;
    }
}
