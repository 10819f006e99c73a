using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Tests.Validation
{
    /// <summary>HA2029-HA2035, the negative cases of HA2015/HA2022/HA2028, full messages of the LVS rules, and secrets.</summary>
    public class KeepalivedInstanceRuleTests
    {
        private const string Instance =
            "vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        10.0.0.10/24\n    }\n}\n";

        private static Diagnostic Single(string text, string id, ValidationOptions? options = null) =>
            KeepalivedConfig.Parse(text, "k.conf").Validate(options).Should().ContainSingle(d => d.Id == id).Subject;

        private static void None(string text, string id) =>
            KeepalivedConfig.Parse(text, "k.conf").Validate().Should().NotContain(d => d.Id == id);

        private static void Expect(Diagnostic diagnostic, int line, int column, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
            (diagnostic.Line, diagnostic.Column, diagnostic.Message, diagnostic.Severity).Should().Be((line, column, message, severity));

        [Theory]
        [InlineData("HA2030", "priority 100", "priority 100\n    advert_int 300", 6, 16, "(VI_1) advert_int '300' not valid: must be between 0.01 and 255 seconds; keepalived ignores it and uses 1 second")]
        [InlineData("HA2030", "priority 100", "priority 100\n    advert_int bogus", 6, 16, "(VI_1) advert_int 'bogus' not valid: it is not a number; keepalived ignores it and uses 1 second")]
        [InlineData("HA2030", "priority 100", "priority 100\n    version 3\n    advert_int 50", 7, 16, "(VI_1) advert_int '50' not valid: VRRP version 3 needs less than 40.96 seconds; keepalived uses 40.95")]
        [InlineData("HA2034", "state BACKUP", "state BOGUS", 2, 11, "(VI_1) state 'BOGUS' is not valid: expected MASTER or BACKUP; keepalived defaults to BACKUP")]
        [InlineData("HA2034", "priority 100", "priority 100\n    version 4", 6, 13, "(VI_1) version '4' is not valid: expected 2 or 3; keepalived ignores it")]
        [InlineData("HA2034", "priority 100", "priority 100\n    authentication {\n        auth_type pass\n    }", 7, 19, "(VI_1) auth_type 'pass' is not valid: expected PASS or AH; keepalived ignores the authentication")]
        [InlineData("HA2035", "10.0.0.10/24", "10.0.0./24", 7, 9, "VRRP parsed invalid IP 10.0.0./24. skipping IP...")]
        [InlineData("HA2032", "priority 100", "priority 100\n    version 3\n    authentication {\n        auth_type AH\n    }", 8, 19, "(VI_1) VRRP version 3 does not support AH authentication; keepalived ignores it")]
        [InlineData("HA2032", "10.0.0.10/24", "2001:db8::10/64\n    }\n    authentication {\n        auth_type AH\n        auth_pass secret", 10, 19, "(VI_1) Cannot use AH authentication with IPv6 (VRRP version 3 has no authentication); keepalived ignores it")]
        public void Each_new_error_reports_its_line_column_and_message(string id, string find, string replace, int line, int column, string message)
        {
            Expect(Single(Instance.Replace(find, replace), id), line, column, message);
        }

        [Theory]
        [InlineData("HA2029")]
        [InlineData("HA2030")]
        [InlineData("HA2031")]
        [InlineData("HA2032")]
        [InlineData("HA2033")]
        [InlineData("HA2034")]
        [InlineData("HA2035")]
        [InlineData("HA2015")]
        [InlineData("HA2022")]
        [InlineData("HA2028")]
        public void A_plain_instance_triggers_none_of_the_new_rules(string id) => None(Instance, id);

        [Fact]
        public void A_sync_group_naming_an_undefined_instance_is_an_error_on_the_name()
        {
            string group = "vrrp_sync_group SG {\n    group {\n        VI_1\n        VI_NOPE\n    }\n}\n";
            Expect(Single(group + Instance, "HA2029"), 4, 9, "Virtual router VI_NOPE specified in sync group SG doesn't exist - ignoring");
            None(group.Replace("VI_NOPE", "VI_2") + Instance + Instance.Replace("VI_1", "VI_2").Replace("51", "52").Replace("10.0.0.10", "10.0.0.11"), "HA2029");
        }

        [Fact]
        public void A_fractional_interval_is_a_rounding_warning_with_version_2_only()
        {
            string text = Instance.Replace("priority 100", "priority 100\n    advert_int 2.5");
            Expect(Single(text, "HA2031"), 6, 16, "(VI_1) VRRPv2 advertisement interval 2.5s must be an integer; keepalived rounds it to 3s", DiagnosticSeverity.Warning);
            None(text.Replace("advert_int 2.5", "version 3\n    advert_int 2.5"), "HA2031");
            None(text.Replace("advert_int 2.5", "version 3\n    advert_int 2.5"), "HA2030");
            None(text.Replace("2.5", "2"), "HA2031");
        }

        [Fact]
        public void AH_with_an_initial_master_that_is_not_the_owner_is_an_error()
        {
            string text = Instance.Replace("state BACKUP", "state MASTER").Replace("priority 100", "priority 150\n    authentication {\n        auth_type AH\n    }");
            Expect(Single(text, "HA2032"), 7, 19, "(VI_1) Initial state master is incompatible with AH authentication - clearing (use state BACKUP, or priority 255 on the address owner)");
            None(text.Replace("state MASTER", "state BACKUP"), "HA2032");
            None(text.Replace("priority 150", "priority 255"), "HA2032");
            None(text.Replace("auth_type AH", "auth_type PASS"), "HA2032");
        }

        [Fact]
        public void AH_with_IPv6_is_reported_once_as_HA2032_not_as_HA2008()
        {
            string text = Instance.Replace("10.0.0.10/24", "2001:db8::10/64\n    }\n    authentication {\n        auth_type AH");
            None(text, "HA2008");
            Single(text.Replace("auth_type AH", "auth_type PASS"), "HA2008").Message.Should().Be("(VI_1) VRRP version 3 does not support authentication; the authentication block is ignored");
        }

        [Fact]
        public void A_VIP_twice_in_one_instance_or_in_two_is_a_warning_on_the_second()
        {
            Expect(Single(Instance.Replace("10.0.0.10/24", "10.0.0.10/24\n        10.0.0.10/32"), "HA2033"), 8, 9,
                "(VI_1): VIP 10.0.0.10 duplicates a VIP of the same instance; keepalived 2.4 ignores it, older versions add it twice", DiagnosticSeverity.Warning);
            string second = Instance.Replace("VI_1", "VI_2").Replace("51", "52");
            Expect(Single(Instance + second, "HA2033"), 16, 9,
                "(VI_2): VIP 10.0.0.10 duplicates a VIP of VI_1; keepalived 2.4 ignores it, older versions add it twice", DiagnosticSeverity.Warning);
            None(Instance + second.Replace("10.0.0.10", "10.0.0.11"), "HA2033");
        }

        [Fact]
        public void A_VIP_list_left_open_reports_the_swallowed_keyword_as_an_invalid_address()
        {
            var diagnostic = Single(Instance.Replace("    }\n}\n", "    notify_master /bin/true\n}\n"), "HA2035");
            (diagnostic.Line, diagnostic.Message).Should().Be((8, "VRRP parsed invalid IP notify_master. skipping IP..."));
        }

        [Fact]
        public void Strict_mode_or_version_3_with_a_VIP_does_not_need_HA2015()
        {
            None(Instance.Replace("priority 100", "priority 100\n    version 3"), "HA2015");
            None("global_defs {\n    vrrp_strict\n}\n" + Instance, "HA2015");
            Expect(Single(Instance.Replace("priority 100", "priority 100\n    version 3").Replace("    virtual_ipaddress {\n        10.0.0.10/24\n    }\n", string.Empty), "HA2015"),
                1, 1, "(VI_1) No VIP specified; at least one is required (VRRP version 3)");
        }

        [Fact]
        public void A_global_keyword_in_global_defs_is_not_misplaced() =>
            None("global_defs {\n    vrrp_strict\n    vrrp_version 3\n}\n" + Instance, "HA2022");

        [Fact]
        public void VIPs_of_one_family_or_mixed_only_in_the_excluded_list_are_fine()
        {
            None(Instance.Replace("10.0.0.10/24", "10.0.0.10/24\n        10.0.0.11/24"), "HA2028");
            None(Instance.Replace("priority 100", "priority 100\n    virtual_ipaddress_excluded {\n        2001:db8::17\n    }"), "HA2028");
        }

        [Fact]
        public void The_LVS_rules_give_their_full_messages()
        {
            string text = "virtual_server 10.1.1.1 80 {\n    lvs_sched bogus\n    real_server 2001:db8::1 80 {\n        weight -1\n    }\n}\n";
            var diagnostics = KeepalivedConfig.Parse(text, "k.conf").Validate();
            Expect(diagnostics.Should().ContainSingle(d => d.Id == "HA2018" && d.Line == 2).Subject, 2, 15,
                "lvs_sched 'bogus' is not valid: expected one of rr, wrr, lc, wlc, lblc, sh, mh, dh, fo, ovf, lblcr, sed, nq, twos");
            Expect(diagnostics.Should().ContainSingle(d => d.Id == "HA2018" && d.Line == 4).Subject, 4, 16,
                "real server weight '-1' is not valid: must be between 0 and 2147483647");
            Expect(diagnostics.Should().ContainSingle(d => d.Id == "HA2019").Subject, 3, 17,
                "Address family of virtual server 10.1.1.1 80 and real server 2001:db8::1 don't match - skipping real server");
            Expect(diagnostics.Should().ContainSingle(d => d.Id == "HA2026" && d.Message.Contains("protocol")).Subject, 1, 1,
                "Virtual server 10.1.1.1 80: no protocol set - keepalived defaults to UDP");
            Expect(Single("virtual_server 10.1.1.1 81 {\n    protocol TCP\n}\n", "HA2027"), 1, 1, "Virtual server 10.1.1.1 81 has no real servers - ignoring");
        }

        [Fact]
        public void A_cut_auth_pass_is_not_shown_unless_secrets_are_allowed()
        {
            string text = Instance.Replace("priority 100", "priority 100\n    authentication {\n        auth_pass k@l!ve1\n    }");
            var hidden = Single(text, "HA2023");
            hidden.Message.Should().Be("'!' starts a comment inside the word '<auth_pass value, 7 characters>'; keepalived reads only '<auth_pass value, 3 characters>'");
            hidden.Message.Should().NotContain("k@l").And.NotContain("ve1");
            Single(text, "HA2023", new ValidationOptions { ShowSecrets = true }).Message.Should().Be("'!' starts a comment inside the word 'k@l!ve1'; keepalived reads only 'k@l'");
        }

        [Fact]
        public void No_keepalived_rule_message_shows_an_auth_pass_value()
        {
            const string secret = "s3cr#t9x\\";
            string text = Instance.Replace("priority 100", "priority 100\n    authentication {\n        auth_type PASS\n        auth_pass " + secret + "\n    }")
                + Instance.Replace("VI_1", "VI_2").Replace("priority 100", "priority 100\n    authentication {\n        auth_pass longer_than_8\\\n    }");
            var diagnostics = KeepalivedConfig.Parse(text, "k.conf").Validate();
            diagnostics.Should().Contain(d => d.Id == "HA2023").And.Contain(d => d.Id == "HA2024");
            diagnostics.Should().NotContain(d => d.Message.Contains("s3cr") || d.Message.Contains("longer_than"));
        }
    }
}
