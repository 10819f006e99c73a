using System.IO;
using FluentAssertions;
using HaConfig.Tests.Building;
using HaConfig.Tests.Infrastructure;
using HaConfig.Topology;
using Xunit;

namespace HaConfig.Tests.Topology
{
    /// <summary>docs/examples/topology.yaml, the input of <c>haconfig generate</c>: clean as a pair, and accepted by the daemons.</summary>
    public class TopologyPairOracleTests
    {
        private static HaPairTopology Example => HaPairTopologyYaml.Load(Path.Combine(Repository.Root, "docs", "examples", "topology.yaml"));

        [Fact]
        public void The_example_topology_is_the_kubeadm_pair_and_validates_clean_as_a_pair()
        {
            var topology = Example;
            topology.VirtualIp.ToString().Should().Be("192.168.0.100");
            topology.PrefixLength.Should().Be(24);
            topology.Nodes.Should().HaveCount(2);
            topology.Backends.Should().HaveCount(3);
            HaPair.FromTopology(topology).Validate().Should().OnlyContain(d => d.Id == "HA2011" || d.Id == "HA2036" || (d.Id == "HA1009" && d.Message.Contains("'option forwardfor'")),
                "haproxy -c itself warns that the guide's inherited 'option forwardfor' is ignored in mode tcp, and the guide's auth_type PASS is information");
        }

        [SkippableFact]
        public void The_files_generated_from_the_example_are_accepted_by_haproxy_and_keepalived()
        {
            Oracle.RequireHAProxy();
            Oracle.RequireKeepalived();
            foreach (var node in HaPair.FromTopology(Example).Nodes)
            {
                OracleAssert.HAProxyAccepts(node.HAProxy.ToString());
                OracleAssert.KeepalivedAccepts(node.Keepalived.ToString());
            }
        }
    }
}
