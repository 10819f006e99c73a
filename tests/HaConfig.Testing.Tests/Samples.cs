using System;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using Xunit.Sdk;

namespace HaConfig.Testing.Tests
{
    /// <summary>Small configurations with known line numbers, and the failure message of an assertion.</summary>
    internal static class Samples
    {
        public const string HAProxyText =
            "global\n" +                                                // 1
            "    daemon\n" +                                            // 2
            "\n" +                                                      // 3
            "defaults\n" +                                              // 4
            "    mode tcp\n" +                                          // 5
            "    timeout connect 5s\n" +                                // 6
            "    timeout client 30s\n" +                                // 7
            "    timeout server 30s\n" +                                // 8
            "\n" +                                                      // 9
            "frontend api\n" +                                          // 10
            "    bind *:6443\n" +                                       // 11
            "    default_backend apiserver\n" +                         // 12
            "\n" +                                                      // 13
            "backend apiserver\n" +                                     // 14
            "    balance roundrobin\n" +                                // 15
            "    server master1 192.168.0.11:6443 check\n" +            // 16
            "    server master2 192.168.0.12:6443 check inter 2s\n" +   // 17
            "    server master3 192.168.0.13:6443\n";                   // 18

        /// <summary>The sample with a health check on every server: no warnings from the catalogue.</summary>
        public static readonly string HAProxyCheckedText = HAProxyText.Replace("192.168.0.13:6443\n", "192.168.0.13:6443 check\n");

        public const string KeepalivedText =
            "vrrp_script check_apiserver {\n" +                         // 1
            "    script \"/etc/keepalived/check_apiserver.sh\"\n" +     // 2
            "    interval 3\n" +                                        // 3
            "}\n" +                                                     // 4
            "\n" +                                                      // 5
            "vrrp_instance VI_1 {\n" +                                  // 6
            "    state MASTER\n" +                                      // 7
            "    interface eth0\n" +                                    // 8
            "    virtual_router_id 51\n" +                              // 9
            "    priority 101\n" +                                      // 10
            "    virtual_ipaddress {\n" +                               // 11
            "        192.168.0.100\n" +                                 // 12
            "    }\n" +                                                 // 13
            "    track_script {\n" +                                    // 14
            "        check_apiserver\n" +                               // 15
            "    }\n" +                                                 // 16
            "}\n";                                                      // 17

        public static HAProxyConfig HAProxyCfg(string text = HAProxyText) => HAProxyConfig.Parse(text, "haproxy.cfg");

        public static KeepalivedConfig KeepalivedConf(string text = KeepalivedText) => KeepalivedConfig.Parse(text, "keepalived.conf");

        public static string FailureOf(Action assertion) =>
            assertion.Should().Throw<XunitException>().Which.Message;
    }
}
