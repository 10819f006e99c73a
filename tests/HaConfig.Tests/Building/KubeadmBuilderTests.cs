using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.Building
{
    public class KubeadmBuilderTests
    {
        [Fact]
        public void Built_haproxy_cfg_matches_the_golden_file()
        {
            Golden.Match("builder-kubeadm-haproxy.cfg", KubeadmPair.HAProxy().ToString());
        }

        [Fact]
        public void Built_keepalived_conf_matches_the_golden_file()
        {
            Golden.Match("builder-kubeadm-keepalived.conf", KubeadmPair.Keepalived(VrrpState.Master, 101).ToString());
        }

        [Fact]
        public void Built_haproxy_cfg_is_already_in_canonical_format()
        {
            var config = KubeadmPair.HAProxy();
            config.ToFormattedString().Should().Be(config.ToString());
        }

        [Fact]
        public void Built_keepalived_conf_is_already_in_canonical_format()
        {
            var config = KubeadmPair.Keepalived(VrrpState.Backup, 100);
            config.ToFormattedString().Should().Be(config.ToString());
        }

        [Fact]
        public void Built_haproxy_cfg_reads_back_with_the_typed_model()
        {
            var config = HAProxyConfig.Parse(KubeadmPair.HAProxy().ToString());
            config.Diagnostics.Should().BeEmpty();
            var backend = config.FindBackend("apiserverbackend")!;
            backend.Servers.Select(s => s.Name).Should().Equal("master1", "master2", "master3");
            backend.Servers.Should().OnlyContain(s => s.HasCheck && s.Verify == "none" && s.Port == 6443);
            backend.HttpChecks.Select(c => c.Action).Should().Equal("connect", "send", "expect");
            config.FindFrontend("apiserver")!.DefaultBackend!.GetArgument(0).Should().Be("apiserverbackend");
            config.Defaults.Single().GetTimeout("client").Should().Be(HaDuration.FromSeconds(35));
        }

        [Fact]
        public void Built_keepalived_conf_reads_back_with_the_typed_model()
        {
            var config = KeepalivedConfig.Parse(KubeadmPair.Keepalived(VrrpState.Master, 101).ToString());
            config.Diagnostics.Should().BeEmpty();
            var instance = config.FindVrrpInstance("VI_1")!;
            instance.State.Should().Be("MASTER");
            instance.VirtualRouterId.Should().Be(51);
            instance.Priority.Should().Be(101);
            instance.Authentication!.AuthPass.Should().Be("42");
            instance.VirtualIpAddresses.Select(v => v.Address).Should().Equal("192.168.0.100");
            instance.TrackScripts.Select(t => t.Name).Should().Equal("check_apiserver");
            config.FindVrrpScript("check_apiserver")!.Weight.Should().Be(-2);
        }

        [SkippableFact]
        public void Built_haproxy_cfg_is_accepted_by_haproxy()
        {
            OracleAssert.HAProxyAccepts(KubeadmPair.HAProxy().ToString());
        }

        [SkippableFact]
        public void Built_keepalived_conf_is_accepted_by_keepalived_on_both_nodes()
        {
            foreach (var (state, priority) in new[] { (VrrpState.Master, 101), (VrrpState.Backup, 100) })
            {
                OracleAssert.KeepalivedAccepts(KubeadmPair.Keepalived(state, priority).ToString());
            }
        }
    }
}
