using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.Validation;
using Xunit;
using static HaConfig.Testing.Tests.Samples;

namespace HaConfig.Testing.Tests
{
    public class ConfigPairTests
    {
        private const string SecureGlobals = "global_defs {\n    enable_script_security\n    script_user keepalived_script\n}\n";

        private static readonly DiagnosticDescriptor TeamRule = new(
            "TEAM001", "VIP not bound", "HAProxy binds no address on the VIP {0}", DiagnosticSeverity.Error, "Bind the VIP.", RuleCategory.HAProxy);

        [Fact]
        public void Two_valid_files_are_consistent() =>
            new ConfigPair(HAProxyCfg(), KeepalivedConf()).Should().BeConsistent();

        [Fact]
        public void Errors_in_either_file_are_listed_with_their_files()
        {
            var pair = new ConfigPair(
                HAProxyCfg(HAProxyText.Replace("default_backend apiserver", "default_backend missing")),
                KeepalivedConf(KeepalivedText.Replace("virtual_router_id 51", "virtual_router_id 300")));

            FailureOf(() => pair.Should().BeConsistent()).Should().Be(
                "Expected haproxy.cfg + keepalived.conf to be consistent, but found 2 errors:\n" +
                "  haproxy.cfg(12,21): HA1003 proxy 'api': unable to find required default_backend: 'missing'\n" +
                "  keepalived.conf(9,23): HA2002 (VI_1): VRID '300' not valid - must be between 1 & 255");
        }

        [Fact]
        public void HaveNoWarnings_covers_both_files() =>
            FailureOf(() => new ConfigPair(HAProxyCfg(HAProxyCheckedText), KeepalivedConf()).Should().HaveNoWarnings()).Should().StartWith(
                "Expected haproxy.cfg + keepalived.conf to have no warnings, but found 1 warning:\n  keepalived.conf(2,5): HA2011 'script' runs a script but global_defs has no enable_script_security; keepalived reports a SECURITY VIOLATION when it would run as root");

        [Fact]
        public void A_cross_check_reports_through_BeConsistent()
        {
            var pair = new ConfigPair(HAProxyCfg(), KeepalivedConf(SecureGlobals + KeepalivedText));
            pair.CrossChecks.Add(new VipIsBound());

            FailureOf(() => pair.Should().BeConsistent()).Should().Be(
                "Expected haproxy.cfg + keepalived.conf to be consistent, but found 1 error:\n" +
                "  keepalived.conf(16,9): TEAM001 HAProxy binds no address on the VIP 192.168.0.100");
        }

        [Fact]
        public void A_cross_check_satisfied_passes()
        {
            var pair = new ConfigPair(HAProxyCfg(HAProxyText.Replace("bind *:6443", "bind 192.168.0.100:6443")), KeepalivedConf());
            pair.CrossChecks.Add(new VipIsBound());

            pair.Should().BeConsistent();
        }

        [Fact]
        public void BeConsistent_runs_the_library_pair_rules()
        {
            var pair = new ConfigPair(HAProxyCfg(HAProxyText.Replace("bind *:6443", "bind 192.168.0.21:6443")), KeepalivedConf());

            FailureOf(() => pair.Should().BeConsistent()).Should().Be(
                "Expected haproxy.cfg + keepalived.conf to be consistent, but found 2 errors:\n" +
                "  haproxy.cfg(11,10): HA3001 node haproxy.cfg + keepalived.conf: frontend 'api' binds 192.168.0.21:6443, which is not a VIP of keepalived.conf (192.168.0.100); clients of the VIP never reach it\n" +
                "  keepalived.conf(12,9): HA3002 node haproxy.cfg + keepalived.conf: (VI_1) VIP 192.168.0.100 is not bound by HAProxy: no frontend binds 192.168.0.100 or a wildcard");
        }

        [Fact]
        public void The_check_script_port_is_checked_when_the_script_is_given()
        {
            var pair = new ConfigPair(HAProxyCfg(), KeepalivedConf())
            {
                CheckScript = "#!/bin/sh\ncurl -sfk https://localhost:8443/healthz -o /dev/null || exit 1\n",
            };

            FailureOf(() => pair.Should().BeConsistent()).Should().Contain("check_apiserver.sh(2,29): HA3004 node haproxy.cfg + keepalived.conf: the check script requests https://localhost:8443/healthz on port 8443, but HAProxy listens on *:6443 (frontend api)");
        }

        [Fact]
        public void Disabled_rules_apply_to_cross_checks()
        {
            var pair = new ConfigPair(HAProxyCfg(), KeepalivedConf());
            pair.CrossChecks.Add(new VipIsBound());
            var options = new ValidationOptions();
            options.DisabledRules.Add("TEAM001");

            pair.Should().BeConsistent(options);
        }

        [Fact]
        public void Load_reads_both_files()
        {
            using var folder = new TemporaryFolder();
            var pair = ConfigPair.Load(folder.Write("haproxy.cfg", HAProxyText), folder.Write("keepalived.conf", KeepalivedText));

            pair.HAProxy.FindFrontend("api").Should().NotBeNull();
            pair.Keepalived.FindVrrpInstance("VI_1").Should().NotBeNull();
        }

        /// <summary>A team's own convention: some bind line listens on each virtual IP keepalived moves.</summary>
        private sealed class VipIsBound : IConfigPairCheck
        {
            public IEnumerable<Diagnostic> Check(ConfigPair pair, ValidationOptions options)
            {
                foreach (var instance in pair.Keepalived.VrrpInstances)
                {
                    foreach (var vip in instance.VirtualIpAddresses)
                    {
                        bool bound = false;
                        foreach (var proxy in pair.HAProxy.Proxies)
                        {
                            foreach (var bind in proxy.Binds) bound |= bind.Addresses.Any(a => a.Host == vip.Address);
                        }

                        if (!bound) yield return new Diagnostic(TeamRule, TeamRule.DefaultSeverity, TeamRule.FormatMessage(vip.Address), vip.Statement.Location);
                    }
                }
            }
        }
    }
}
