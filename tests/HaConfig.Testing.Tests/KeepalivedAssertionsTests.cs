using FluentAssertions;
using HaConfig.Validation;
using Xunit;
using static HaConfig.Testing.Tests.Samples;

namespace HaConfig.Testing.Tests
{
    public class KeepalivedAssertionsTests
    {
        private const string SecureGlobals = "global_defs {\n    enable_script_security\n    script_user keepalived_script\n}\n";

        [Fact]
        public void A_valid_configuration_passes_BeValid() =>
            KeepalivedConf().Should().BeValid();

        [Fact]
        public void BeValid_lists_each_error_with_file_line_and_column() =>
            FailureOf(() => KeepalivedConf(KeepalivedText.Replace("virtual_router_id 51", "virtual_router_id 300")).Should().BeValid()).Should().Be(
                "Expected keepalived.conf to be valid, but found 1 error:\n" +
                "  keepalived.conf(9,23): HA2002 (VI_1): VRID '300' not valid - must be between 1 & 255");

        [Fact]
        public void HaveNoWarnings_lists_each_warning() =>
            FailureOf(() => KeepalivedConf().Should().HaveNoWarnings("the nodes run scripts as root")).Should().Be(
                "Expected keepalived.conf to have no warnings because the nodes run scripts as root, but found 1 warning:\n" +
                "  keepalived.conf(2,5): HA2011 'script' runs a script but global_defs has no enable_script_security; keepalived reports a SECURITY VIOLATION when it would run as root");

        [Fact]
        public void A_configuration_with_script_security_has_no_warnings() =>
            KeepalivedConf(SecureGlobals + KeepalivedText).Should().HaveNoWarnings().And.BeValid();

        [Fact]
        public void A_disabled_rule_is_not_reported()
        {
            var options = new ValidationOptions();
            options.DisabledRules.Add("HA2011");

            KeepalivedConf().Should().HaveNoWarnings(options);
        }

        [Fact]
        public void An_instance_with_the_expected_settings_passes() =>
            KeepalivedConf().Should().HaveVrrpInstance("VI_1")
                .WithRouterId(51).WithPriority(101).WithState("MASTER").WithInterface("eth0").Tracking("check_apiserver");

        [Fact]
        public void A_missing_instance_names_the_instances_found() =>
            FailureOf(() => KeepalivedConf().Should().HaveVrrpInstance("VI_2")).Should().Be(
                "Expected keepalived.conf to have vrrp_instance \"VI_2\", but found \"VI_1\" at keepalived.conf(6,1).");

        [Fact]
        public void A_missing_instance_in_a_file_without_instances_says_so() =>
            FailureOf(() => KeepalivedConf("global_defs {\n}\n").Should().HaveVrrpInstance("VI_1")).Should().Be(
                "Expected keepalived.conf to have vrrp_instance \"VI_1\", but it has no vrrp_instance.");

        [Fact]
        public void WithRouterId_names_the_line_of_the_id_found() =>
            FailureOf(() => KeepalivedConf().Should().HaveVrrpInstance("VI_1").WithRouterId(52, "the backup uses {0}", 52)).Should().Be(
                "Expected vrrp_instance \"VI_1\" at keepalived.conf(6,1) to have virtual_router_id 52 because the backup uses 52, but found 51 at keepalived.conf(9,5).");

        [Fact]
        public void WithRouterId_on_an_instance_without_one_says_so() =>
            FailureOf(() => KeepalivedConf(KeepalivedText.Replace("    virtual_router_id 51\n", string.Empty)).Should().HaveVrrpInstance("VI_1").WithRouterId(51)).Should().Be(
                "Expected vrrp_instance \"VI_1\" at keepalived.conf(6,1) to have virtual_router_id 51, but it has no virtual_router_id.");

        [Fact]
        public void WithPriority_names_the_line_of_the_priority_found() =>
            FailureOf(() => KeepalivedConf().Should().HaveVrrpInstance("VI_1").WithPriority(100)).Should().Be(
                "Expected vrrp_instance \"VI_1\" at keepalived.conf(6,1) to have priority 100, but found 101 at keepalived.conf(10,5).");

        [Fact]
        public void WithState_names_the_line_of_the_state_found() =>
            FailureOf(() => KeepalivedConf().Should().HaveVrrpInstance("VI_1").WithState("BACKUP")).Should().Be(
                "Expected vrrp_instance \"VI_1\" at keepalived.conf(6,1) to have state BACKUP, but found MASTER at keepalived.conf(7,5).");

        [Fact]
        public void WithInterface_names_the_line_of_the_interface_found() =>
            FailureOf(() => KeepalivedConf().Should().HaveVrrpInstance("VI_1").WithInterface("eth1")).Should().Be(
                "Expected vrrp_instance \"VI_1\" at keepalived.conf(6,1) to have interface eth1, but found eth0 at keepalived.conf(8,5).");

        [Fact]
        public void Tracking_names_the_scripts_tracked() =>
            FailureOf(() => KeepalivedConf().Should().HaveVrrpInstance("VI_1").Tracking("check_haproxy")).Should().Be(
                "Expected vrrp_instance \"VI_1\" at keepalived.conf(6,1) to track script \"check_haproxy\", but it tracks \"check_apiserver\" at keepalived.conf(15,9).");

        [Fact]
        public void Tracking_on_an_instance_without_track_script_says_so() =>
            FailureOf(() => KeepalivedConf("vrrp_instance VI_1 {\n    priority 100\n}\n").Should().HaveVrrpInstance("VI_1").Tracking("check_apiserver")).Should().Be(
                "Expected vrrp_instance \"VI_1\" at keepalived.conf(1,1) to track script \"check_apiserver\", but it tracks no script.");

        [Fact]
        public void And_returns_to_the_configuration() =>
            KeepalivedConf(SecureGlobals + KeepalivedText).Should().HaveVrrpInstance("VI_1").WithPriority(101).And.HaveNoWarnings();
    }
}
