using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Testing;
using HaConfig.Testing.Oracles;
using Xunit;

namespace KubeadmPair.Tests
{
    /// <summary>
    /// The kubeadm high-availability load balancer (docs/examples): HAProxy in front of three API servers, keepalived
    /// moving the virtual IP. What a platform team checks before a change reaches the nodes.
    /// </summary>
    public class LoadBalancerTests
    {
        private static readonly HAProxyConfig HAProxy = HAProxyConfig.Load("examples/haproxy.cfg");
        private static readonly KeepalivedConfig Keepalived = KeepalivedConfig.Load("examples/keepalived.conf");

        [Theory]
        [HaConfigFiles("examples")]
        public void Every_config_is_valid(ConfigFile file) => file.Should().BeValid();

        [Fact]
        public void The_api_server_frontend_listens_on_6443() =>
            HAProxy.Should().HaveFrontend("apiserver").ThatBinds("*:6443").WithDefaultBackend("apiserverbackend");

        [Fact]
        public void Every_control_plane_node_is_behind_the_balancer_and_health_checked() =>
            HAProxy.Should().HaveBackend("apiserverbackend").WithServers(3).AllWithHealthChecks();

        [Fact]
        public void The_first_master_is_checked_without_certificate_verification() =>
            HAProxy.Should().HaveBackend("apiserverbackend").Server("master1").HaveOption("check").HaveOptionValue("verify", "none");

        [Fact]
        public void The_master_node_owns_the_vip_and_follows_the_api_server() =>
            Keepalived.Should().HaveVrrpInstance("VI_1")
                .WithState("MASTER").WithRouterId(51).WithPriority(101).Tracking("check_apiserver");

        [Fact]
        public void The_pair_is_consistent() =>
            new ConfigPair(HAProxy, Keepalived).Should().BeConsistent();

        [SkippableFact]
        public void Haproxy_itself_accepts_the_config()
        {
            var result = HAProxyOracle.Check(HAProxy);
            Skip.If(result.SkipReason is not null, result.SkipReason);

            result.Accepted.Should().BeTrue(result.Output);
        }
    }
}
