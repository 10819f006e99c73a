using System;
using System.IO;
using System.Linq;
using System.Net;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Tests.Building;
using HaConfig.Topology;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Tests.Topology
{
    /// <summary>
    /// The pair rules (HA3xxx) on the kubeadm pair rendered from its topology, and on mutations of its files. Line
    /// numbers are those of the rendered files (see Fixtures/golden/topology-lb*-*): keepalived.conf line 14 state,
    /// 15 interface, 16 virtual_router_id, 17 priority, 18 authentication, 22 virtual_ipaddress, 23 the VIP,
    /// 25 track_script; haproxy.cfg line 23 bind, 28 backend; check_apiserver.sh line 9 the curl of the local port.
    /// </summary>
    public class HaPairRuleTests
    {
        private static HaPair Pair(Func<string, string, string>? keepalived = null, Func<string, string, string>? haproxy = null, Func<string, string, string>? script = null)
        {
            var rendered = HaPair.FromTopology(KubeadmTopology.Create());
            return new HaPair(rendered.Nodes.Select(n => new HaPairNodeConfig(
                n.Name,
                KeepalivedConfig.Parse(keepalived?.Invoke(n.Name, n.Keepalived.ToString()) ?? n.Keepalived.ToString(), n.Keepalived.Path),
                HAProxyConfig.Parse(haproxy?.Invoke(n.Name, n.HAProxy.ToString()) ?? n.HAProxy.ToString(), n.HAProxy.Path),
                script?.Invoke(n.Name, n.CheckScript!) ?? n.CheckScript,
                n.CheckScriptPath)
            {
                Address = n.Address,
            }));
        }

        private static Func<string, string, string> On(string node, string from, string to) =>
            (name, text) =>
            {
                if (name != node) return text;
                text.Should().Contain(from, "the mutation must apply");
                return text.Replace(from, to);
            };

        private static Diagnostic Single(HaPair pair, string id)
        {
            var found = pair.Validate().Where(d => d.Id == id).ToList();
            found.Should().ContainSingle($"exactly one {id} is expected, found: {string.Join(" | ", pair.Validate())}");
            return found[0];
        }

        private static void ShouldBeAt(Diagnostic d, string path, int line, int column)
        {
            d.Path.Should().Be(path);
            (d.Line, d.Column).Should().Be((line, column), d.ToString());
        }

        private static string P(string node, string file) => Path.Combine(node, file);

        [Fact]
        public void The_kubeadm_pair_from_the_topology_is_clean_as_a_pair()
        {
            var diagnostics = HaPair.FromTopology(KubeadmTopology.Create()).Validate();
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
            diagnostics.Where(d => d.Id.StartsWith("HA3", StringComparison.Ordinal)).Should().BeEmpty();
            diagnostics.Select(d => d.Id).Distinct().Should().BeEquivalentTo(new[] { "HA1009", "HA2011", "HA2036" },
                "the guide's defaults enable 'option forwardfor' for its mode tcp proxies (haproxy -c warns about it too), run the script without enable_script_security and authenticate VRRP with auth_type PASS (info); nothing else is reported");
        }

        [Fact]
        public void Pair_from_topology_names_each_file_of_each_node()
        {
            var pair = HaPair.FromTopology(KubeadmTopology.Create(), "out");
            pair.Nodes.Select(n => n.Name).Should().Equal("lb1", "lb2");
            pair.Nodes[1].Keepalived.Path.Should().Be(Path.Combine("out", "lb2", "keepalived.conf"));
            pair.Nodes[1].HAProxy.Path.Should().Be(Path.Combine("out", "lb2", "haproxy.cfg"));
            pair.Nodes[1].CheckScriptPath.Should().Be(Path.Combine("out", "lb2", "check_apiserver.sh"));
            pair.Nodes[1].Address.Should().Be(IPAddress.Parse("192.168.0.22"));
        }

        [Fact]
        public void HA3001_a_specific_bind_that_is_not_the_vip()
        {
            var pair = Pair(haproxy: On("lb1", "bind *:6443", "bind 192.168.0.21:6443"));
            var d = Single(pair, "HA3001");
            ShouldBeAt(d, P("lb1", "haproxy.cfg"), 23, 10);
            d.Severity.Should().Be(DiagnosticSeverity.Error);
            d.Message.Should().Be("node lb1: frontend 'apiserver' binds 192.168.0.21:6443, which is not a VIP of keepalived.conf (192.168.0.100); clients of the VIP never reach it");
        }

        [Fact]
        public void HA3001_not_reported_for_wildcards_loopback_or_the_vip()
        {
            foreach (var bind in new[] { "bind 0.0.0.0:6443", "bind :::6443", "bind 192.168.0.100:6443\n    bind 127.0.0.1:8404" })
            {
                Pair(haproxy: On("lb1", "bind *:6443", bind)).Validate().Should().NotContain(d => d.Id == "HA3001" || d.Id == "HA3002", bind);
            }
        }

        [Fact]
        public void HA3002_the_vip_is_not_bound()
        {
            var pair = Pair(haproxy: On("lb1", "bind *:6443", "bind 127.0.0.1:6443"));
            var d = Single(pair, "HA3002");
            ShouldBeAt(d, P("lb1", "keepalived.conf"), 23, 9);
            d.Message.Should().Be("node lb1: (VI_1) VIP 192.168.0.100 is not bound by HAProxy: no frontend binds 192.168.0.100 or a wildcard");
        }

        [Fact]
        public void HA3002_an_ipv4_wildcard_does_not_cover_an_ipv6_vip()
        {
            var pair = Pair(keepalived: (_, text) => text.Replace("192.168.0.100", "fd00::100"));
            pair.Validate().Where(d => d.Id == "HA3002").Select(d => d.Path).Should().Equal(P("lb1", "keepalived.conf"), P("lb2", "keepalived.conf"));
        }

        [Fact]
        public void HA3003_a_vip_bind_on_the_backup_node_needs_nonlocal_bind()
        {
            var pair = Pair(haproxy: (_, text) => text.Replace("bind *:6443", "bind 192.168.0.100:6443"));
            var d = Single(pair, "HA3003");
            ShouldBeAt(d, P("lb2", "haproxy.cfg"), 23, 10);
            d.Severity.Should().Be(DiagnosticSeverity.Warning);
            d.Message.Should().Contain("node lb2 starts as BACKUP and does not hold VIP 192.168.0.100").And.Contain("net.ipv4.ip_nonlocal_bind=1");

            pair.Nodes[1].NonLocalBind = true;
            pair.Validate().Should().NotContain(x => x.Id == "HA3003");
        }

        [Fact]
        public void HA3004_the_check_script_tests_another_port()
        {
            var pair = Pair(script: On("lb1", "https://localhost:6443/healthz -o", "https://localhost:6444/healthz -o"));
            var d = Single(pair, "HA3004");
            ShouldBeAt(d, P("lb1", "check_apiserver.sh"), 9, 42);
            d.Message.Should().Be("node lb1: the check script requests https://localhost:6444/healthz on port 6444, but HAProxy listens on *:6443 (frontend apiserver)");
        }

        [Fact]
        public void HA3004_resolves_the_guide_variables_from_assignments()
        {
            const string Script = "#!/bin/sh\nAPISERVER_DEST_PORT=8443\nAPISERVER_VIP=192.168.0.100\ncurl -sfk --max-time 2 https://localhost:${APISERVER_DEST_PORT}/healthz -o /dev/null\n";
            var pair = Pair(script: (name, text) => name == "lb2" ? Script : text);
            var d = Single(pair, "HA3004");
            ShouldBeAt(d, P("lb2", "check_apiserver.sh"), 4, 42);
            d.Message.Should().Contain("on port 8443");

            var unresolved = Pair(script: (name, text) => name == "lb2" ? Script.Replace("APISERVER_DEST_PORT=8443\n", string.Empty) : text);
            unresolved.Validate().Should().NotContain(x => x.Id == "HA3004", "a port that cannot be resolved is not guessed");
        }

        [Fact]
        public void HA3005_the_tracked_script_does_not_run_the_check_script()
        {
            var pair = Pair(keepalived: On("lb2", "script /etc/keepalived/check_apiserver.sh", "script \"/usr/bin/pgrep haproxy\""));
            var d = Single(pair, "HA3005");
            ShouldBeAt(d, P("lb2", "keepalived.conf"), 25, 5);
            d.Message.Should().Be("node lb2: (VI_1) no tracked vrrp_script runs the check script check_apiserver.sh: vrrp_script check_apiserver runs '/usr/bin/pgrep haproxy'");
        }

        [Fact]
        public void HA3005_no_track_script_at_all()
        {
            var pair = Pair(keepalived: On("lb1", "    track_script {\n        check_apiserver\n    }\n", string.Empty));
            var d = Single(pair, "HA3005");
            ShouldBeAt(d, P("lb1", "keepalived.conf"), 13, 15);
            d.Message.Should().StartWith("node lb1: (VI_1) tracks no vrrp_script");
        }

        [Fact]
        public void HA3006_the_vip_is_a_backend_server_address()
        {
            var pair = Pair(haproxy: On("lb1", "server master1 192.168.0.11:6443", "server master1 192.168.0.100:6443"));
            var found = pair.Validate().Where(d => d.Id == "HA3006").ToList();
            found.Select(d => d.Path).Should().Equal(P("lb1", "keepalived.conf"), P("lb2", "keepalived.conf"));
            ShouldBeAt(found[0], P("lb1", "keepalived.conf"), 23, 9);
            found[0].Message.Should().Be("node lb1: (VI_1) VIP 192.168.0.100 is also the address of server master1 in backend apiserverbackend (haproxy.cfg of node lb1)");
        }

        [Fact]
        public void HA3006_the_vip_is_a_node_address()
        {
            var topology = KubeadmTopology.Create();
            topology.Nodes[1].Address = IPAddress.Parse("192.168.0.100");
            var d = HaPair.FromTopology(topology).Validate().Where(x => x.Id == "HA3006").ToList();
            d.Should().HaveCount(2).And.OnlyContain(x => x.Message.EndsWith("is also the address of node lb2", StringComparison.Ordinal));
        }

        [Fact]
        public void HA3007_the_same_priority_on_both_nodes()
        {
            var pair = Pair(keepalived: On("lb2", "priority 100", "priority 101"));
            var d = Single(pair, "HA3007");
            ShouldBeAt(d, P("lb2", "keepalived.conf"), 17, 14);
            d.Severity.Should().Be(DiagnosticSeverity.Warning);
            d.Message.Should().StartWith("(VI_1) nodes lb1 and lb2 both have priority 101");
        }

        [Fact]
        public void HA3008_two_initial_masters()
        {
            var pair = Pair(keepalived: On("lb2", "state BACKUP", "state MASTER"));
            var d = Single(pair, "HA3008");
            ShouldBeAt(d, P("lb2", "keepalived.conf"), 14, 11);
            d.Message.Should().Be("(VI_1) nodes lb1 and lb2 both start as MASTER; exactly one node, or none (all BACKUP), may");
        }

        [Fact]
        public void HA3008_not_reported_when_all_nodes_start_as_backup()
        {
            Pair(keepalived: On("lb1", "state MASTER", "state BACKUP")).Validate().Should().NotContain(d => d.Id == "HA3008");
        }

        [Fact]
        public void HA3009_a_different_router_id_on_node_2()
        {
            var pair = Pair(keepalived: On("lb2", "virtual_router_id 51", "virtual_router_id 52"));
            var d = Single(pair, "HA3009");
            ShouldBeAt(d, P("lb2", "keepalived.conf"), 16, 23);
            d.Message.Should().StartWith("(VI_1) node lb2 has virtual_router_id 52 but node lb1 has 51");
        }

        [Fact]
        public void HA3010_a_different_password_is_reported_without_showing_it()
        {
            var pair = Pair(keepalived: On("lb2", "auth_pass 42", "auth_pass 43"));
            var d = Single(pair, "HA3010");
            ShouldBeAt(d, P("lb2", "keepalived.conf"), 18, 5);
            d.Message.Should().Be("(VI_1) node lb2 authenticates with PASS auth_pass <redacted> but node lb1 with PASS with another auth_pass; the nodes drop each other's adverts and both hold the VIP");

            var shown = pair.Validate(new ValidationOptions { ShowSecrets = true }).Single(x => x.Id == "HA3010");
            shown.Message.Should().Contain("PASS auth_pass '43' but node lb1 with PASS auth_pass '42'");
        }

        [Fact]
        public void HA3010_only_the_first_8_characters_of_the_password_count()
        {
            var pair = Pair(keepalived: (name, text) => text.Replace("auth_pass 42", name == "lb1" ? "auth_pass 12345678x" : "auth_pass 12345678y"));
            pair.Validate().Should().NotContain(d => d.Id == "HA3010");
        }

        [Fact]
        public void HA3011_a_different_vip_set()
        {
            var pair = Pair(keepalived: On("lb2", "        192.168.0.100\n", "        192.168.0.100\n        192.168.0.101\n"));
            var d = Single(pair, "HA3011");
            ShouldBeAt(d, P("lb2", "keepalived.conf"), 22, 5);
            d.Message.Should().Be("(VI_1) node lb2 moves 192.168.0.100, 192.168.0.101 but node lb1 moves 192.168.0.100");
        }

        [Fact]
        public void HA3012_a_different_interface_name_is_only_a_warning()
        {
            var pair = Pair(keepalived: On("lb2", "interface eth0", "interface ens192"));
            var d = Single(pair, "HA3012");
            ShouldBeAt(d, P("lb2", "keepalived.conf"), 15, 15);
            d.Severity.Should().Be(DiagnosticSeverity.Warning);
            pair.Validate().Should().NotContain(x => x.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public void HA3013_backends_that_differ_between_nodes()
        {
            var pair = Pair(haproxy: On("lb2", "server master3 192.168.0.13:6443 check verify none\n", string.Empty));
            var d = Single(pair, "HA3013");
            ShouldBeAt(d, P("lb2", "haproxy.cfg"), 28, 9);
            d.Severity.Should().Be(DiagnosticSeverity.Warning);
            d.Message.Should().Be("backend 'apiserverbackend' on node lb2 has servers master1 192.168.0.11:6443, master2 192.168.0.12:6443 but on node lb1 servers master1 192.168.0.11:6443, master2 192.168.0.12:6443, master3 192.168.0.13:6443; the service changes when the VIP moves");
        }

        [Fact]
        public void Pair_rules_obey_disabled_rules_and_severity_overrides()
        {
            var pair = Pair(keepalived: On("lb2", "virtual_router_id 51", "virtual_router_id 52"));
            var disabled = new ValidationOptions();
            disabled.DisabledRules.Add("HA3009");
            pair.Validate(disabled).Should().NotContain(d => d.Id == "HA3009");

            var lowered = new ValidationOptions();
            lowered.SeverityOverrides["HA3009"] = DiagnosticSeverity.Info;
            pair.Validate(lowered).Single(d => d.Id == "HA3009").Severity.Should().Be(DiagnosticSeverity.Info);
        }

        [Fact]
        public void ValidatePairRules_reports_only_the_pair_rules()
        {
            var pair = Pair(keepalived: On("lb2", "virtual_router_id 51", "virtual_router_id 300"));
            pair.ValidatePairRules().Should().NotContain(d => !d.Id.StartsWith("HA3", StringComparison.Ordinal));
            pair.Validate().Should().Contain(d => d.Id == "HA2002", "Validate runs each file's catalogue as well");
        }

        [Fact]
        public void A_node_directory_is_loaded_with_its_check_script()
        {
            string root = Path.Combine(Path.GetTempPath(), "haconfig-pair-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            try
            {
                foreach (var node in HaPair.FromTopology(KubeadmTopology.Create(), root).Nodes)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(node.HAProxy.Path)!);
                    File.WriteAllText(node.HAProxy.Path!, node.HAProxy.ToString());
                    File.WriteAllText(node.Keepalived.Path!, node.Keepalived.ToString());
                    File.WriteAllText(node.CheckScriptPath!, node.CheckScript!.Replace("localhost:6443/", "localhost:7443/"));
                }

                var pair = new HaPair(new[] { HaPairNodeConfig.Load(Path.Combine(root, "lb1")), HaPairNodeConfig.Load(Path.Combine(root, "lb2")) });
                pair.Nodes.Select(n => n.Name).Should().Equal("lb1", "lb2");
                pair.Validate().Where(d => d.Id == "HA3004").Select(d => d.Path).Should().Equal(
                    Path.Combine(root, "lb1", "check_apiserver.sh"), Path.Combine(root, "lb2", "check_apiserver.sh"));
                Directory.Delete(Path.Combine(root, "lb2"), true);
                Directory.CreateDirectory(Path.Combine(root, "lb2"));
                FluentActions.Invoking(() => HaPairNodeConfig.Load(Path.Combine(root, "lb2"))).Should().Throw<FileNotFoundException>().WithMessage("*keepalived.conf: no such file*");
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }
    }
}
