using System.Collections.Generic;
using System.Net;
using HaConfig.Keepalived;
using HaConfig.Topology;

namespace HaConfig.Tests.Building
{
    internal static class KubeadmTopology
    {
        public static HaPairTopology Create() => new()
        {
            VirtualIp = IPAddress.Parse("192.168.0.100"),
            Interface = "eth0",
            VirtualRouterId = 51,
            AuthPass = "42",
            FrontendPort = 6443,
            BackendPort = 6443,
            Nodes = new List<HaPairNode>
            {
                new() { Name = "lb1", Address = IPAddress.Parse("192.168.0.21"), Priority = 101, State = VrrpState.Master },
                new() { Name = "lb2", Address = IPAddress.Parse("192.168.0.22"), Priority = 100 },
            },
            Backends = new List<HaPairBackend>
            {
                new() { Name = "master1", Address = IPAddress.Parse("192.168.0.11") },
                new() { Name = "master2", Address = IPAddress.Parse("192.168.0.12") },
                new() { Name = "master3", Address = IPAddress.Parse("192.168.0.13") },
            },
        };
    }
}
