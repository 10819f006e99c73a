using FluentAssertions;
using HaConfig.Testing.Oracles;
using Xunit;
using static HaConfig.Testing.Tests.Samples;

namespace HaConfig.Testing.Tests
{
    public class OracleTests
    {
        // keepalived -t fails on track scripts whose file is missing: the daemon checks use an instance without one.
        private const string KeepalivedWithoutScripts =
            "vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priority 100\n" +
            "    virtual_ipaddress {\n        192.168.0.100\n    }\n}\n";

        private const string Absent = "/nonexistent/haproxy-or-keepalived";

        [Fact]
        public void A_missing_haproxy_is_a_skip_reason_not_a_pass()
        {
            var result = HAProxyOracle.Check(HAProxyCfg(), Absent);

            result.Status.Should().Be(OracleStatus.NotInstalled);
            result.Accepted.Should().BeFalse();
            result.ExitCode.Should().BeNull();
            result.SkipReason.Should().Be($"'{Absent}' is not installed (apt-get install haproxy); the configuration was not checked by haproxy");
        }

        [Fact]
        public void A_missing_keepalived_is_a_skip_reason_not_a_pass()
        {
            var result = KeepalivedOracle.Check(KeepalivedConf(), Absent);

            result.Status.Should().Be(OracleStatus.NotInstalled);
            result.ToString().Should().Be($"keepalived not run: '{Absent}' is not installed (apt-get install keepalived); the configuration was not checked by keepalived");
        }

        [SkippableFact]
        public void Haproxy_accepts_a_valid_configuration()
        {
            var result = HAProxyOracle.Check(HAProxyCfg());
            Skip.If(result.SkipReason is not null, result.SkipReason);

            result.Status.Should().Be(OracleStatus.Accepted, result.Output);
        }

        [SkippableFact]
        public void Haproxy_rejects_an_undefined_backend()
        {
            var result = HAProxyOracle.Check(HAProxyCfg(HAProxyText.Replace("default_backend apiserver", "default_backend missing")));
            Skip.If(result.SkipReason is not null, result.SkipReason);

            result.Status.Should().Be(OracleStatus.Rejected);
            result.ExitCode.Should().NotBe(0);
            result.Output.Should().Contain("missing");
        }

        [SkippableFact]
        public void Keepalived_accepts_a_valid_configuration()
        {
            var result = KeepalivedOracle.Check(KeepalivedConf(KeepalivedWithoutScripts));
            Skip.If(result.SkipReason is not null, result.SkipReason);

            result.Status.Should().Be(OracleStatus.Accepted, result.Output);
        }

        [SkippableFact]
        public void Keepalived_rejects_a_router_id_out_of_range()
        {
            var result = KeepalivedOracle.Check(KeepalivedConf(KeepalivedWithoutScripts.Replace("virtual_router_id 51", "virtual_router_id 300")));
            Skip.If(result.SkipReason is not null, result.SkipReason);

            result.Status.Should().Be(OracleStatus.Rejected, result.Output);
        }
    }
}
