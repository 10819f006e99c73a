using System;
using System.Linq;
using System.Net;
using System.Text;
using HaConfig.HAProxy;
using HaConfig.Keepalived;

namespace HaConfig.Topology
{
    /// <summary>Renders a node's files from an <see cref="HaPairTopology"/> with the builders, following the kubeadm guide.</summary>
    internal static class HaPairRenderer
    {
        public static HAProxyConfig HAProxy(HaPairTopology topology) =>
            HAProxyConfig.Create()
                .Global(g => g.Log("stdout", "local0", format: "raw").Daemon())
                .Defaults(d => d
                    .Mode(ProxyMode.Http)
                    .LogGlobal()
                    .Option("httplog")
                    .Option("dontlognull")
                    .Option("http-server-close")
                    .Option("forwardfor", "except", "127.0.0.0/8")
                    .Option("redispatch")
                    .Retries(1)
                    .Timeout(ProxyTimeout.HttpRequest, TimeSpan.FromSeconds(10))
                    .Timeout(ProxyTimeout.Queue, TimeSpan.FromSeconds(20))
                    .Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
                    .Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(35))
                    .Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(35))
                    .Timeout(ProxyTimeout.HttpKeepAlive, TimeSpan.FromSeconds(10))
                    .Timeout(ProxyTimeout.Check, TimeSpan.FromSeconds(10)))
                .Frontend(topology.Name, f => f
                    .Bind(topology.FrontendPort)
                    .Mode(ProxyMode.Tcp)
                    .Option("tcplog")
                    .DefaultBackend(topology.BackendName))
                .Backend(topology.BackendName, b =>
                {
                    b.OptionHttpChk()
                        .HttpCheckConnect(ssl: true)
                        .HttpCheckSend("GET", topology.HealthCheck.Path)
                        .HttpCheckExpectStatus(200)
                        .Mode(ProxyMode.Tcp)
                        .Balance(BalanceAlgorithm.RoundRobin);
                    foreach (var server in topology.Backends)
                    {
                        b.Server(server.Name, server.Address, server.Port ?? topology.BackendPort, s => s.Check().Verify(SslVerify.None));
                    }
                })
                .Build();

        public static KeepalivedConfig Keepalived(HaPairTopology topology, HaPairNode node) =>
            KeepalivedConfig.Create()
                .GlobalDefs(g => g.RouterId(node.Name))
                .VrrpScript(topology.CheckName, s => s
                    .Script(topology.CheckScriptPath)
                    .Interval(topology.HealthCheck.Interval)
                    .Weight(topology.HealthCheck.Weight)
                    .Fall(topology.HealthCheck.Fall)
                    .Rise(topology.HealthCheck.Rise))
                .VrrpInstance("VI_1", v =>
                {
                    v.State(node.State)
                        .Interface(topology.Interface)
                        .VirtualRouterId(topology.VirtualRouterId)
                        .Priority(node.Priority);
                    if (topology.Unicast)
                    {
                        v.UnicastSourceIp(node.Address)
                            .UnicastPeer(topology.Nodes.Where(n => n != node).Select(n => n.Address).ToArray());
                    }

                    v.Authentication(VrrpAuthType.Pass, topology.AuthPass)
                        .VirtualIpAddress(topology.VirtualIp, topology.PrefixLength)
                        .TrackScript(topology.CheckName);
                })
                .Build();

        /// <summary>
        /// The guide's check script: fail when the local HAProxy port does not answer, and, on the node that holds the
        /// VIP, when the VIP does not answer either. Every value in it is checked (addresses, ports, a URL path), so
        /// nothing needs shell quoting.
        /// </summary>
        public static string CheckScript(HaPairTopology topology)
        {
            string path = topology.HealthCheck.Path;
            string local = "https://localhost:" + topology.FrontendPort + path;
            string vipHost = topology.VirtualIp.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + topology.VirtualIp + "]" : topology.VirtualIp.ToString();
            string vip = "https://" + vipHost + ":" + topology.FrontendPort + path;
            var text = new StringBuilder()
                .Append("#!/bin/sh\n")
                .Append("# ").Append(topology.CheckScriptPath).Append(": tells keepalived whether this node can serve ").Append(topology.Name).Append(".\n")
                .Append('\n')
                .Append("errorExit() {\n")
                .Append("    echo \"*** $*\" 1>&2\n")
                .Append("    exit 1\n")
                .Append("}\n")
                .Append('\n')
                .Append("curl -sfk --max-time 2 ").Append(local).Append(" -o /dev/null || errorExit \"Error GET ").Append(local).Append("\"\n")
                .Append("if ip -o addr show | grep -qF \" ").Append(topology.VirtualIp).Append("/\"; then\n")
                .Append("    curl -sfk --max-time 2 ").Append(vip).Append(" -o /dev/null || errorExit \"Error GET ").Append(vip).Append("\"\n")
                .Append("fi\n");
            return text.ToString();
        }
    }
}
