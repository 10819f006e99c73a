using System;
using System.Net;
using HaConfig.Building;

namespace HaConfig.Keepalived
{
    /// <summary>Builds an LVS <c>virtual_server</c>.</summary>
    public sealed class VirtualServerBuilder : KeepalivedBlockBuilder<VirtualServerBuilder>
    {
        private const string Format = "virtual_server";

        internal VirtualServerBuilder(KeepalivedBlock block)
            : base(block)
        {
        }

        /// <summary><c>delay_loop seconds</c>: the interval between checker runs.</summary>
        [ConfigKeyword("delay_loop", Format = ConfigFormat.Keepalived, Block = Format)]
        public VirtualServerBuilder DelayLoop(TimeSpan interval) => Write("delay_loop", KeepalivedValues.Seconds(interval));

        /// <summary><c>lb_algo scheduler</c>.</summary>
        [ConfigKeyword("lb_algo", Format = ConfigFormat.Keepalived, Block = Format)]
        public VirtualServerBuilder LbAlgo(LvsScheduler scheduler) => Write("lb_algo", KeepalivedValues.Text(scheduler));

        /// <summary><c>lb_kind NAT|DR|TUN</c>.</summary>
        [ConfigKeyword("lb_kind", Format = ConfigFormat.Keepalived, Block = Format)]
        public VirtualServerBuilder LbKind(LvsMethod method) => Write("lb_kind", KeepalivedValues.Text(method));

        /// <summary><c>protocol TCP|UDP|SCTP</c>.</summary>
        [ConfigKeyword("protocol", Format = ConfigFormat.Keepalived, Block = Format)]
        public VirtualServerBuilder Protocol(LvsProtocol protocol) => Write("protocol", KeepalivedValues.Text(protocol));

        /// <summary><c>persistence_timeout seconds</c>.</summary>
        [ConfigKeyword("persistence_timeout", Format = ConfigFormat.Keepalived, Block = Format)]
        public VirtualServerBuilder PersistenceTimeout(int seconds) => Write("persistence_timeout", KeepalivedValues.Int(seconds));

        /// <summary><c>sorry_server address port</c>: used when every real server is down.</summary>
        [ConfigKeyword("sorry_server", Format = ConfigFormat.Keepalived, Block = Format)]
        public VirtualServerBuilder SorryServer(IPAddress address, int port) =>
            Write("sorry_server", KeepalivedValues.Address(address), KeepalivedValues.Port(port));

        /// <summary><c>real_server address port { … }</c>.</summary>
        [ConfigKeyword("real_server", Format = ConfigFormat.Keepalived, Block = Format)]
        public VirtualServerBuilder RealServer(IPAddress address, int port, Action<RealServerBuilder>? configure = null)
        {
            var block = Block.AddBlock("real_server", KeepalivedValues.Address(address), KeepalivedValues.Port(port));
            configure?.Invoke(new RealServerBuilder(block));
            return this;
        }
    }

    /// <summary>Builds a <c>real_server</c> and its checkers.</summary>
    public sealed class RealServerBuilder : KeepalivedBlockBuilder<RealServerBuilder>
    {
        private const string Format = "real_server";

        internal RealServerBuilder(KeepalivedBlock block)
            : base(block)
        {
        }

        /// <summary><c>weight N</c>.</summary>
        [ConfigKeyword("weight", Format = ConfigFormat.Keepalived, Block = Format)]
        public RealServerBuilder Weight(int weight) => Write("weight", KeepalivedValues.Int(weight));

        /// <summary><c>inhibit_on_failure</c>: set the weight to 0 instead of removing the server when it fails.</summary>
        [ConfigKeyword("inhibit_on_failure", Format = ConfigFormat.Keepalived, Block = Format)]
        public RealServerBuilder InhibitOnFailure() => Write("inhibit_on_failure");

        /// <summary><c>TCP_CHECK { … }</c>: a TCP connect check.</summary>
        [ConfigKeyword("TCP_CHECK", Format = ConfigFormat.Keepalived, Block = Format)]
        public RealServerBuilder TcpCheck(Action<CheckerBuilder>? configure = null) => Checker("TCP_CHECK", configure);

        /// <summary><c>HTTP_GET { url { … } … }</c>.</summary>
        [ConfigKeyword("HTTP_GET", Format = ConfigFormat.Keepalived, Block = Format)]
        public RealServerBuilder HttpGet(Action<CheckerBuilder> configure) => Checker("HTTP_GET", configure ?? throw new ArgumentNullException(nameof(configure)));

        /// <summary><c>SSL_GET { url { … } … }</c>.</summary>
        [ConfigKeyword("SSL_GET", Format = ConfigFormat.Keepalived, Block = Format)]
        public RealServerBuilder SslGet(Action<CheckerBuilder> configure) => Checker("SSL_GET", configure ?? throw new ArgumentNullException(nameof(configure)));

        /// <summary><c>MISC_CHECK { misc_path command … }</c>: an external script decides.</summary>
        [ConfigKeyword("MISC_CHECK", Format = ConfigFormat.Keepalived, Block = Format)]
        [ConfigKeyword("misc_path", Format = ConfigFormat.Keepalived, Block = "MISC_CHECK")]
        public RealServerBuilder MiscCheck(string command, Action<CheckerBuilder>? configure = null) =>
            Checker("MISC_CHECK", checker =>
            {
                checker.Directive("misc_path", Required(command, nameof(command)));
                configure?.Invoke(checker);
            });

        private RealServerBuilder Checker(string keyword, Action<CheckerBuilder>? configure)
        {
            var block = Block.AddBlock(keyword);
            configure?.Invoke(new CheckerBuilder(block));
            return this;
        }
    }

    /// <summary>Builds a checker block (<c>TCP_CHECK</c>, <c>HTTP_GET</c>, <c>SSL_GET</c>, <c>MISC_CHECK</c>).</summary>
    public sealed class CheckerBuilder : KeepalivedBlockBuilder<CheckerBuilder>
    {
        private const string Format = "checker";

        internal CheckerBuilder(KeepalivedBlock block)
            : base(block)
        {
        }

        /// <summary><c>connect_timeout seconds</c>.</summary>
        [ConfigKeyword("connect_timeout", Format = ConfigFormat.Keepalived, Block = Format)]
        public CheckerBuilder ConnectTimeout(TimeSpan timeout) => Write("connect_timeout", KeepalivedValues.Seconds(timeout));

        /// <summary><c>connect_port N</c>: check this port instead of the real server's.</summary>
        [ConfigKeyword("connect_port", Format = ConfigFormat.Keepalived, Block = Format)]
        public CheckerBuilder ConnectPort(int port) => Write("connect_port", KeepalivedValues.Port(port));

        /// <summary><c>connect_ip address</c>: check this address instead of the real server's.</summary>
        [ConfigKeyword("connect_ip", Format = ConfigFormat.Keepalived, Block = Format)]
        public CheckerBuilder ConnectIp(IPAddress address) => Write("connect_ip", KeepalivedValues.Address(address));

        /// <summary><c>retry N</c>: attempts before the server is marked down.</summary>
        [ConfigKeyword("retry", Format = ConfigFormat.Keepalived, Block = Format)]
        public CheckerBuilder Retry(int count) => Write("retry", KeepalivedValues.Int(count));

        /// <summary><c>delay_before_retry seconds</c>.</summary>
        [ConfigKeyword("delay_before_retry", Format = ConfigFormat.Keepalived, Block = Format)]
        public CheckerBuilder DelayBeforeRetry(TimeSpan delay) => Write("delay_before_retry", KeepalivedValues.Seconds(delay));

        /// <summary><c>url { path P; status_code N }</c> (HTTP_GET and SSL_GET only).</summary>
        [ConfigKeyword("url", Format = ConfigFormat.Keepalived, Block = Format)]
        [ConfigKeyword("path", Format = ConfigFormat.Keepalived, Block = "url")]
        [ConfigKeyword("status_code", Format = ConfigFormat.Keepalived, Block = "url")]
        public CheckerBuilder Url(string path, int? statusCode = 200)
        {
            var url = Block.AddBlock("url");
            url.Add("path", Required(path, nameof(path)));
            if (statusCode is not null) url.Add("status_code", KeepalivedValues.Int(statusCode.Value));
            return this;
        }
    }
}
