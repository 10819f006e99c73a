using System.Net;
using HaConfig.Keepalived;
using HaConfig.Topology;

namespace HaConfig.Fuzz
{
    /// <summary>One small input per target, so every target runs even without a folder of real files.</summary>
    internal static class BuiltIn
    {
        public const string HAProxy =
            "global\n    log /dev/log local0\n    maxconn 4096\n    stats socket /run/haproxy.sock mode 660 level admin\n\n" +
            "defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n    option httplog\n\n" +
            "userlist admins\n    user admin insecure-password secret\n\n" +
            "frontend fe # the public side\n    bind *:80\n    bind [::]:443 ssl crt /etc/ssl/site.pem alpn h2,http/1.1\n" +
            "    acl is_api path_beg /api\n    http-request deny if { src 10.0.0.0/8 } !is_api\n    use_backend api if is_api\n    default_backend web\n\n" +
            ".if version_atleast(2.4)\nbackend api\n    balance roundrobin\n    option httpchk GET /healthz\n    http-check expect status 200\n" +
            "    default-server inter 2s fall 3 rise 2\n    server api1 10.0.0.11:8080 check weight 10\n    server-template api 3 api.local:8080 check\n.endif\n\n" +
            "backend web\n    mode tcp\n    server web1 \"10.0.0.21\":80 check backup\n    server web2 10.0.0.22:80 check\n";

        public const string Keepalived =
            "! keepalived for the API VIP\nglobal_defs {\n    router_id lb1\n    enable_script_security\n    script_user root\n}\n\n" +
            "$IF=eth0\n@lb1 $PRIO=101\n@lb2 $PRIO=100\n\n" +
            "vrrp_script check_apiserver {\n    script \"/etc/keepalived/check_apiserver.sh\"\n    interval 3\n    weight -2\n    fall 10\n    rise 2\n}\n\n" +
            "vrrp_instance VI_1 {\n    state MASTER\n    interface $IF\n    virtual_router_id 51\n    priority $PRIO\n    authentication {\n" +
            "        auth_type PASS\n        auth_pass 42\n    }\n    virtual_ipaddress {\n        192.168.0.100/24 dev $IF label $IF:vip\n    }\n" +
            "    unicast_peer {\n~SEQ(n,21,22)        192.168.0.$n\n    }\n    track_script {\n        check_apiserver\n    }\n}\n\n" +
            "virtual_server 192.168.0.100 6443 {\n    delay_loop 6\n    lb_algo rr\n    real_server 10.0.0.11 6443 {\n        TCP_CHECK {\n            connect_timeout 3\n        }\n    }\n}\n" +
            "include /etc/keepalived/conf.d/*.conf\n";

        public static HaPairTopology Topology(IPAddress vip, bool unicast)
        {
            var topology = new HaPairTopology
            {
                Name = "apiserver",
                VirtualIp = vip,
                PrefixLength = vip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 64 : 24,
                AuthPass = "42",
                Unicast = unicast,
            };
            byte[] bytes = vip.GetAddressBytes();
            for (int i = 1; i <= 2; i++)
            {
                bytes[bytes.Length - 1] = (byte)(20 + i);
                topology.Nodes.Add(new HaPairNode { Name = "lb" + i, Address = new IPAddress(bytes), Priority = 102 - i, State = i == 1 ? VrrpState.Master : VrrpState.Backup });
            }

            for (int i = 1; i <= 3; i++)
            {
                bytes[bytes.Length - 1] = (byte)(10 + i);
                topology.Backends.Add(new HaPairBackend { Name = "master" + i, Address = new IPAddress(bytes), Port = i == 3 ? 6444 : null });
            }

            return topology;
        }
    }
}
