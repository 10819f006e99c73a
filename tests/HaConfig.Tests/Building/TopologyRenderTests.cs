using System;
using System.Linq;
using FluentAssertions;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using HaConfig.Topology;
using Xunit;

namespace HaConfig.Tests.Building
{
    public class TopologyRenderTests
    {
        [Fact]
        public void Topology_renders_one_set_of_files_per_node_matching_the_golden_files()
        {
            foreach (var files in KubeadmTopology.Create().Render())
            {
                Golden.Match($"topology-{files.Node.Name}-haproxy.cfg", files.HAProxy.ToString());
                Golden.Match($"topology-{files.Node.Name}-keepalived.conf", files.Keepalived.ToString());
                Golden.Match($"topology-{files.Node.Name}-check_apiserver.sh", files.CheckScript);
            }
        }

        [Fact]
        public void Topology_haproxy_cfg_is_what_the_builders_make_of_the_guide()
        {
            var files = KubeadmTopology.Create().Render("lb1");
            files.HAProxy.ToString().Should().Be(KubeadmPair.HAProxy().ToString());
        }

        [Fact]
        public void Each_node_gets_its_state_and_priority_and_the_shared_vrrp_settings()
        {
            var nodes = KubeadmTopology.Create().Render();
            var instances = nodes.Select(n => KeepalivedConfig.Parse(n.Keepalived.ToString()).FindVrrpInstance("VI_1")!).ToList();
            instances.Select(i => i.State).Should().Equal("MASTER", "BACKUP");
            instances.Select(i => i.Priority).Should().Equal(101, 100);
            instances.Should().OnlyContain(i => i.VirtualRouterId == 51 && i.Interface == "eth0" && i.Authentication!.AuthPass == "42");
        }

        [Fact]
        public void Check_script_checks_the_local_port_and_the_vip_where_the_node_holds_it()
        {
            string script = KubeadmTopology.Create().Render("lb2").CheckScript;
            script.Should().StartWith("#!/bin/sh\n");
            script.Should().Contain("curl -sfk --max-time 2 https://localhost:6443/healthz -o /dev/null");
            script.Should().Contain("if ip -o addr show | grep -qF \" 192.168.0.100/\"; then");
            script.Should().Contain("curl -sfk --max-time 2 https://192.168.0.100:6443/healthz -o /dev/null");
        }

        [Fact]
        public void Unicast_topology_names_the_node_as_source_and_the_others_as_peers()
        {
            var topology = KubeadmTopology.Create();
            topology.Unicast = true;
            var instance = KeepalivedConfig.Parse(topology.Render("lb1").Keepalived.ToString()).FindVrrpInstance("VI_1")!;
            instance.UnicastSrcIp.Should().Be("192.168.0.21");
            instance.UnicastPeers.Should().Equal("192.168.0.22");
        }

        [Fact]
        public void Two_initial_masters_are_refused()
        {
            var topology = KubeadmTopology.Create();
            topology.Nodes[1].State = VrrpState.Master;
            topology.GetProblems().Should().ContainSingle().Which.Should().Contain("2 nodes start as MASTER");
            topology.Invoking(t => t.Render()).Should().Throw<InvalidOperationException>();
        }

        [Fact]
        public void All_backup_nodes_are_accepted()
        {
            var topology = KubeadmTopology.Create();
            topology.Nodes[0].State = VrrpState.Backup;
            topology.GetProblems().Should().BeEmpty();
        }

        [Fact]
        public void A_health_check_path_that_would_need_shell_quoting_is_refused()
        {
            var topology = KubeadmTopology.Create();
            topology.HealthCheck.Path = "/healthz; rm -rf /";
            topology.GetProblems().Should().ContainSingle().Which.Should().Contain("healthCheck.path");
        }

        [SkippableFact]
        public void Every_node_s_files_are_accepted_by_haproxy_and_keepalived()
        {
            foreach (var files in KubeadmTopology.Create().Render())
            {
                OracleAssert.HAProxyAccepts(files.HAProxy.ToString());
                OracleAssert.KeepalivedAccepts(files.Keepalived.ToString());
            }
        }
    }
}
