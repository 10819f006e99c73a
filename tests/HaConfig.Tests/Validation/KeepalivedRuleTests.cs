using System;
using System.Linq;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Tests.Validation
{
    public class KeepalivedRuleTests
    {
        private const string Instance =
            "vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        10.0.0.10/24\n    }\n}\n";

        private static Diagnostic Single(string text, string id, ValidationOptions? options = null) =>
            KeepalivedConfig.Parse(text, "k.conf").Validate(options).Should().ContainSingle(d => d.Id == id).Subject;

        private static void None(string text, string id, ValidationOptions? options = null) =>
            KeepalivedConfig.Parse(text, "k.conf").Validate(options).Should().NotContain(d => d.Id == id);

        [Fact]
        public void A_plain_instance_has_no_errors()
        {
            KeepalivedConfig.Parse(Instance).Validate().Should().NotContain(d => d.Severity == DiagnosticSeverity.Error);
        }

        [Theory]
        [InlineData("HA2001", "    virtual_router_id 51\n", "", 1, 1, "(VI_1) the virtual router id must be set")]
        [InlineData("HA2002", "virtual_router_id 51", "virtual_router_id 256", 4, 23, "(VI_1): VRID '256' not valid - must be between 1 & 255")]
        [InlineData("HA2004", "priority 100", "priority 0", 5, 14, "(VI_1) priority '0' not valid: must be between 1 & 255; keepalived uses the default 100")]
        [InlineData("HA2006", "priority 100", "priority 100\n    nopreempt\n    state MASTER", 6, 5, "(VI_1) 'nopreempt' will not work with initial state MASTER; keepalived clears it")]
        [InlineData("HA2007", "priority 100", "priority 100\n    authentication {\n        auth_type PASS\n        auth_pass 123456789\n    }", 8, 19, "auth_pass is 9 characters long; keepalived truncates it to 8")]
        [InlineData("HA2008", "priority 100", "priority 100\n    version 3\n    authentication {\n        auth_type PASS\n    }", 7, 5, "(VI_1) VRRP version 3 does not support authentication; the authentication block is ignored")]
        [InlineData("HA2009", "priority 100", "priority 100\n    track_script {\n        chk\n    }", 7, 9, "(VI_1) track script chk not found, ignoring...")]
        [InlineData("HA2013", "priority 100", "priority 100\n    unicast_src_ip 10.0.0.1", 6, 5, "(VI_1) 'unicast_src_ip' is set without any unicast peers; keepalived falls back to multicast (deprecated usage)")]
        [InlineData("HA2016", "    virtual_ipaddress {\n        10.0.0.10/24\n    }\n", "", 1, 1, "(VI_1) No VIP specified; at least one is sensible")]
        [InlineData("HA2017", "10.0.0.10/24", "10.0.0.10 10.0.0.11", 7, 19, "Unknown configuration entry '10.0.0.11' for ip address '10.0.0.10': each address needs a line of its own")]
        [InlineData("HA2028", "10.0.0.10/24", "10.0.0.10/24\n        2001:db8::17", 8, 9, "(VI_1): address family must match VRRP instance [2001:db8::17] - ignoring")]
        [InlineData("HA2020", "state BACKUP", "STATE BACKUP", 2, 5, "Unknown keyword 'STATE' in vrrp_instance; did you mean 'state'?")]
        [InlineData("HA2022", "priority 100", "priority 100\n    vrrp_strict", 6, 5, "'vrrp_strict' is not valid in vrrp_instance (keepalived reports Unknown keyword 'vrrp_strict'); it belongs in global_defs")]
        [InlineData("HA2023", "priority 100", "priority 100\n    authentication {\n        auth_pass k@l!ve1\n    }", 7, 22, "'!' starts a comment inside the word '<auth_pass value, 7 characters>'; keepalived reads only '<auth_pass value, 3 characters>'")]
        [InlineData("HA2024", "interface eth0", "interface eth0 \\", 3, 20, "the line ends with '\\', which keepalived keeps as part of the value '\\'; there is no line continuation outside $NAME= definitions")]
        public void Each_instance_rule_reports_its_id_line_column_and_message(string id, string find, string replace, int line, int column, string message)
        {
            var diagnostic = Single(Instance.Replace(find, replace), id);
            (diagnostic.Line, diagnostic.Column, diagnostic.Message, diagnostic.Path).Should().Be((line, column, message, "k.conf"));
        }

        [Theory]
        [InlineData("HA2001")]
        [InlineData("HA2002")]
        [InlineData("HA2003")]
        [InlineData("HA2004")]
        [InlineData("HA2006")]
        [InlineData("HA2007")]
        [InlineData("HA2009")]
        [InlineData("HA2013")]
        [InlineData("HA2016")]
        [InlineData("HA2020")]
        [InlineData("HA2023")]
        [InlineData("HA2024")]
        public void A_plain_instance_triggers_none_of_the_instance_rules(string id) => None(Instance, id);

        [Fact]
        public void Duplicate_router_id_on_one_interface_is_an_error()
        {
            var diagnostic = Single(Instance + Instance.Replace("VI_1", "VI_2"), "HA2003");
            (diagnostic.Line, diagnostic.Column, diagnostic.Message).Should().Be((13, 23, "VI_1 and VI_2 both use VRID 51 with IPv4 on interface eth0"));
        }

        [Fact]
        public void The_same_router_id_on_another_interface_or_family_is_fine()
        {
            None(Instance + Instance.Replace("VI_1", "VI_2").Replace("eth0", "eth1"), "HA2003");
            None(Instance + Instance.Replace("VI_1", "VI_2").Replace("10.0.0.10/24", "2001:db8::10/64"), "HA2003");
        }

        [Fact]
        public void A_duplicate_instance_name_is_an_error_on_the_second_block()
        {
            var diagnostic = Single(Instance + Instance.Replace("51", "52"), "HA2025");
            (diagnostic.Line, diagnostic.Column, diagnostic.Message).Should().Be((10, 15, "vrrp instance VI_1 already defined at line 1; keepalived skips this block"));
        }

        [Fact]
        public void A_script_defined_after_the_instance_is_reported_with_its_line()
        {
            string text = Instance.Replace("priority 100", "priority 100\n    track_script {\n        chk\n    }") + "vrrp_script chk {\n    script \"/bin/true\"\n}\n";
            Single(text, "HA2009").Message.Should().Be("(VI_1) track script chk not found: vrrp_script chk is defined later (line 13); move it above this block");
            None("vrrp_script chk {\n    script \"/bin/true\"\n}\n" + Instance.Replace("priority 100", "priority 100\n    track_script {\n        chk\n    }"), "HA2009");
        }

        [Theory]
        [InlineData("weight 300", "(chk) weight '300' invalid: must be between -253 and 253")]
        [InlineData("fall 0", "(chk) fall '0' invalid: must be 1 or more")]
        [InlineData("rise -1", "(chk) rise '-1' invalid: must be 1 or more")]
        [InlineData("interval 0", "(chk) interval '0' invalid: must be greater than 0")]
        public void Script_options_out_of_range_are_errors_on_the_value(string option, string message)
        {
            var diagnostic = Single("vrrp_script chk {\n    script /bin/true\n    " + option + "\n}\n", "HA2010");
            (diagnostic.Line, diagnostic.Message).Should().Be((3, message));
            None("vrrp_script chk {\n    script /bin/true\n    weight 2\n    fall 2\n    rise 1\n    interval 2\n}\n", "HA2010");
        }

        [Fact]
        public void Scripts_without_script_security_are_a_warning_on_the_first_script()
        {
            var diagnostic = Single("vrrp_script chk {\n    script /bin/true\n}\n", "HA2011");
            (diagnostic.Line, diagnostic.Column, diagnostic.Severity).Should().Be((2, 5, DiagnosticSeverity.Warning));
            None("global_defs {\n    enable_script_security\n    script_user nobody\n}\nvrrp_script chk {\n    script /bin/true\n}\n", "HA2011");
            Single("global_defs {\n    enable_script_security\n}\nvrrp_script chk {\n    script /bin/true\n}\n", "HA2012").Message.Should().Contain("vrrp_script chk has no user");
        }

        [Fact]
        public void Keywords_newer_than_the_target_version_are_errors()
        {
            string text = Instance.Replace("priority 100", "priority 100\n    no_virtual_ipaddress");
            Single(text, "HA2021", new ValidationOptions { KeepalivedVersion = new Version(2, 2, 7) }).Message
                .Should().Be("'no_virtual_ipaddress' needs keepalived 2.2.8; keepalived 2.2.7 reports Unknown keyword 'no_virtual_ipaddress'");
            None(text, "HA2021");
        }

        [Fact]
        public void Strict_mode_needs_master_to_be_the_address_owner()
        {
            string text = "global_defs {\n    vrrp_strict\n}\n" + Instance.Replace("BACKUP", "MASTER");
            var diagnostic = Single(text, "HA2005");
            (diagnostic.Line, diagnostic.Column).Should().Be((5, 11));
            None("global_defs {\n    vrrp_strict\n}\n" + Instance, "HA2005");
        }

        [Fact]
        public void Virtual_server_values_and_defaults_are_checked()
        {
            string text = "virtual_server 10.1.1.1 80 {\n    lvs_sched bogus\n    real_server 2001:db8::1 80 {\n        weight -1\n    }\n}\n";
            var diagnostics = KeepalivedConfig.Parse(text).Validate();
            diagnostics.Should().Contain(d => d.Id == "HA2018" && d.Line == 2 && d.Message.StartsWith("lvs_sched 'bogus' is not valid", StringComparison.Ordinal));
            diagnostics.Should().Contain(d => d.Id == "HA2018" && d.Line == 4);
            diagnostics.Should().Contain(d => d.Id == "HA2019" && d.Line == 3 && d.Column == 17);
            diagnostics.Should().Contain(d => d.Id == "HA2026" && d.Message.Contains("no protocol set"));
            KeepalivedConfig.Parse("virtual_server 10.1.1.1 81 {\n    protocol TCP\n}\n").Validate().Should().Contain(d => d.Id == "HA2027" && d.Line == 1);
        }

        [Fact]
        public void Too_many_vips_for_one_packet_is_an_error()
        {
            string vips = string.Concat(Enumerable.Range(0, 300).Select(i => $"        10.1.{i / 250}.{i % 250 + 1}\n"));
            Single(Instance.Replace("        10.0.0.10/24\n", vips), "HA2014").Message.Should().Contain("Number of VIPs (300)").And.Contain("max 255");
        }

        [Fact]
        public void Diagnostics_from_definitions_point_at_the_source_line_of_the_use()
        {
            string text = "$VRID=300\n" + Instance.Replace("virtual_router_id 51", "virtual_router_id $VRID");
            var diagnostic = Single(text, "HA2002");
            (diagnostic.Line, diagnostic.Column, diagnostic.Message).Should().Be((5, 5, "(VI_1): VRID '300' not valid - must be between 1 & 255"));
        }

        [Fact]
        public void Conditional_lines_are_validated_for_the_config_id()
        {
            string text = Instance.Replace("priority 100", "@a priority 100\n    @b priority 300");
            None(text, "HA2004", new ValidationOptions { ConfigId = "a" });
            Single(text, "HA2004", new ValidationOptions { ConfigId = "b" }).Line.Should().Be(6);
        }

        [Fact]
        public void The_linter_follows_includes_of_an_existing_file()
        {
            using var directory = new HaConfig.Tests.Infrastructure.TemporaryDirectory();
            string main = System.IO.Path.Combine(directory.Path, "keepalived.conf");
            System.IO.File.WriteAllText(main, "include sub.conf\n");
            System.IO.File.WriteAllText(System.IO.Path.Combine(directory.Path, "sub.conf"), "bogus_kw 1\n");
            var diagnostic = ConfigLinter.Lint("include sub.conf\n", main, ConfigFormat.Keepalived).Should().ContainSingle(d => d.Id == "HA2020").Subject;
            diagnostic.Path.Should().EndWith("sub.conf");
            diagnostic.Line.Should().Be(1);
        }
    }
}
