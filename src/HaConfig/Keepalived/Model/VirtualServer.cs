using System.Collections.Generic;
using HaConfig.Keepalived.Syntax;

namespace HaConfig.Keepalived
{
    /// <summary>A <c>virtual_server IP PORT | fwmark N | group NAME { … }</c> block.</summary>
    public sealed class VirtualServer : KeepalivedBlock
    {
        internal VirtualServer(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <inheritdoc />
        public override string? Name => string.Join(" ", Arguments);

        /// <summary>The address, or null for <c>fwmark</c> and <c>group</c> servers.</summary>
        public string? Address => IsAddressBased ? GetArgument(0) : null;

        /// <summary>The port, or null.</summary>
        public int? Port => IsAddressBased ? ParseInt(GetArgument(1)) : null;

        /// <summary>The firewall mark of <c>virtual_server fwmark N</c>, or null.</summary>
        public int? Fwmark => GetArgument(0) == "fwmark" ? ParseInt(GetArgument(1)) : null;

        /// <summary>The group name of <c>virtual_server group NAME</c>, or null.</summary>
        public string? GroupName => GetArgument(0) == "group" ? GetArgument(1) : null;

        private bool IsAddressBased => GetArgument(0) is { } first && first != "fwmark" && first != "group";

        /// <summary><c>delay_loop</c> as written.</summary>
        public string? DelayLoop { get => GetValue("delay_loop"); set => SetValue("delay_loop", value); }

        /// <summary>The scheduler: <c>lvs_sched</c> or its legacy spelling <c>lb_algo</c>.</summary>
        public string? LbAlgo { get => GetValue("lvs_sched") ?? GetValue("lb_algo"); set => SetValue(Find("lvs_sched") is null ? "lb_algo" : "lvs_sched", value); }

        /// <summary>The forwarding method: <c>lvs_method</c> or its legacy spelling <c>lb_kind</c>.</summary>
        public string? LbKind { get => GetValue("lvs_method") ?? GetValue("lb_kind"); set => SetValue(Find("lvs_method") is null ? "lb_kind" : "lvs_method", value); }

        /// <summary><c>protocol TCP|UDP|SCTP</c>.</summary>
        public string? Protocol { get => GetValue("protocol"); set => SetValue("protocol", value); }

        /// <summary><c>persistence_timeout</c> in seconds.</summary>
        public int? PersistenceTimeout { get => GetInt("persistence_timeout"); set => SetInt("persistence_timeout", value); }

        /// <summary><c>sorry_server IP [PORT]</c> as written.</summary>
        public string? SorryServer => Find("sorry_server") is { } s ? string.Join(" ", s.Arguments) : null;

        /// <summary>The <c>real_server</c> blocks.</summary>
        public IReadOnlyList<RealServer> RealServers
        {
            get
            {
                var list = new List<RealServer>();
                foreach (var child in ChildSlice)
                {
                    if (child is RealServer server) list.Add(server);
                }

                return list;
            }
        }
    }

    /// <summary>A <c>real_server IP [PORT] { … }</c> block.</summary>
    public sealed class RealServer : KeepalivedBlock
    {
        internal RealServer(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <summary>The address.</summary>
        public string? Address => GetArgument(0);

        /// <summary>The port, or null.</summary>
        public int? Port => ParseInt(GetArgument(1));

        /// <summary><c>weight</c>.</summary>
        public int? Weight { get => GetInt("weight"); set => SetInt("weight", value); }

        /// <summary>The health checkers (<c>HTTP_GET</c>, <c>TCP_CHECK</c>, …).</summary>
        public IReadOnlyList<Checker> Checkers
        {
            get
            {
                var list = new List<Checker>();
                foreach (var child in ChildSlice)
                {
                    if (child is Checker checker) list.Add(checker);
                }

                return list;
            }
        }
    }

    /// <summary>The kind of a real server health checker.</summary>
    public enum CheckerKind
    {
        /// <summary><c>HTTP_GET</c>.</summary>
        HttpGet,

        /// <summary><c>SSL_GET</c>.</summary>
        SslGet,

        /// <summary><c>TCP_CHECK</c>.</summary>
        TcpCheck,

        /// <summary><c>SMTP_CHECK</c>.</summary>
        SmtpCheck,

        /// <summary><c>DNS_CHECK</c>.</summary>
        DnsCheck,

        /// <summary><c>MISC_CHECK</c>.</summary>
        MiscCheck,

        /// <summary><c>FILE_CHECK</c>.</summary>
        FileCheck,

        /// <summary><c>BFD_CHECK</c>.</summary>
        BfdCheck,

        /// <summary><c>UDP_CHECK</c>.</summary>
        UdpCheck,

        /// <summary><c>PING_CHECK</c>.</summary>
        PingCheck,
    }

    /// <summary>A health checker block inside a <c>real_server</c>: its kind, the common settings and raw access to the rest.</summary>
    public sealed class Checker : KeepalivedBlock
    {
        internal Checker(KeepalivedConfig config, int lineId, int tokenStart, CheckerKind kind) : base(config, lineId, tokenStart) => Kind = kind;

        /// <summary>Which checker this is.</summary>
        public CheckerKind Kind { get; }

        /// <summary><c>connect_timeout</c> as written.</summary>
        public string? ConnectTimeout { get => GetValue("connect_timeout"); set => SetValue("connect_timeout", value); }

        /// <summary><c>connect_port</c>.</summary>
        public int? ConnectPort { get => GetInt("connect_port"); set => SetInt("connect_port", value); }

        /// <summary><c>connect_ip</c>.</summary>
        public string? ConnectIp { get => GetValue("connect_ip"); set => SetValue("connect_ip", value); }

        /// <summary><c>retry</c> (or the deprecated <c>nb_get_retry</c>).</summary>
        public int? Retry => GetInt("retry") ?? GetInt("nb_get_retry");

        /// <summary><c>delay_before_retry</c> as written.</summary>
        public string? DelayBeforeRetry { get => GetValue("delay_before_retry"); set => SetValue("delay_before_retry", value); }

        /// <summary>The <c>url { … }</c> blocks of <c>HTTP_GET</c>/<c>SSL_GET</c>.</summary>
        public IEnumerable<KeepalivedStatement> Urls => FindAll("url");

        /// <summary><c>misc_path</c> of a <c>MISC_CHECK</c>.</summary>
        public string? MiscPath => GetValue("misc_path");

        internal static CheckerKind? KindOf(string keyword) => keyword switch
        {
            "HTTP_GET" => CheckerKind.HttpGet,
            "SSL_GET" => CheckerKind.SslGet,
            "TCP_CHECK" => CheckerKind.TcpCheck,
            "SMTP_CHECK" => CheckerKind.SmtpCheck,
            "DNS_CHECK" => CheckerKind.DnsCheck,
            "MISC_CHECK" => CheckerKind.MiscCheck,
            "FILE_CHECK" => CheckerKind.FileCheck,
            "BFD_CHECK" => CheckerKind.BfdCheck,
            "UDP_CHECK" => CheckerKind.UdpCheck,
            "PING_CHECK" => CheckerKind.PingCheck,
            _ => null,
        };
    }
}
