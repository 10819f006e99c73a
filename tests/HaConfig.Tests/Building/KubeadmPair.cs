using System;
using System.Net;
using HaConfig.HAProxy;
using HaConfig.Keepalived;

namespace HaConfig.Tests.Building
{
    /// <summary>The kubeadm HA guide's pair (3 API servers behind HAProxy, 2 LB nodes sharing a VIP), built with the builders.</summary>
    internal static class KubeadmPair
    {
        public static HAProxyConfig HAProxy() =>
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
                .Frontend("apiserver", f => f
                    .Bind(6443)
                    .Mode(ProxyMode.Tcp)
                    .Option("tcplog")
                    .DefaultBackend("apiserverbackend"))
                .Backend("apiserverbackend", b => b
                    .OptionHttpChk()
                    .HttpCheckConnect(ssl: true)
                    .HttpCheckSend("GET", "/healthz")
                    .HttpCheckExpectStatus(200)
                    .Mode(ProxyMode.Tcp)
                    .Balance(BalanceAlgorithm.RoundRobin)
                    .Server("master1", IPAddress.Parse("192.168.0.11"), 6443, s => s.Check().Verify(SslVerify.None))
                    .Server("master2", IPAddress.Parse("192.168.0.12"), 6443, s => s.Check().Verify(SslVerify.None))
                    .Server("master3", IPAddress.Parse("192.168.0.13"), 6443, s => s.Check().Verify(SslVerify.None)))
                .Build();

        public static KeepalivedConfig Keepalived(VrrpState state, int priority) =>
            KeepalivedConfig.Create()
                .GlobalDefs(g => g.RouterId("LVS_DEVEL"))
                .VrrpScript("check_apiserver", s => s
                    .Script("/etc/keepalived/check_apiserver.sh")
                    .Interval(TimeSpan.FromSeconds(3))
                    .Weight(-2)
                    .Fall(10)
                    .Rise(2))
                .VrrpInstance("VI_1", v => v
                    .State(state)
                    .Interface("eth0")
                    .VirtualRouterId(51)
                    .Priority(priority)
                    .Authentication(VrrpAuthType.Pass, "42")
                    .VirtualIpAddress(IPAddress.Parse("192.168.0.100"))
                    .TrackScript("check_apiserver"))
                .Build();
    }
}
