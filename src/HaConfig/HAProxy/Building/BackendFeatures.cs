using System;
using System.Collections.Generic;
using System.Net;
using HaConfig.Building;

namespace HaConfig.HAProxy
{
    /// <summary>Builder methods for proxies with the backend capability (<c>backend</c>, <c>listen</c>, <c>defaults</c>).</summary>
    public static class BackendFeatures
    {
        /// <summary><c>balance algorithm</c>.</summary>
        [ConfigKeyword("balance")]
        public static T Balance<T>(this T builder, BalanceAlgorithm algorithm)
            where T : ProxyBuilder<T>, IForwardsToServers => builder.WriteLine("balance", new[] { Values.Text(algorithm) });

        /// <summary><c>server name address:port [params]</c>.</summary>
        [ConfigKeyword("server")]
        public static T Server<T>(this T builder, string name, IPAddress address, int port, Action<ServerBuilder>? configure = null)
            where T : ProxyBuilder<T>, IHoldsServers => Server(builder, name, Values.ServerAddress(address, port), configure);

        /// <summary><c>server name address [params]</c> with the address word as given (a host name, <c>host:port</c>, <c>${VAR}</c>…).</summary>
        [ConfigKeyword("server")]
        public static T Server<T>(this T builder, string name, string address, Action<ServerBuilder>? configure = null)
            where T : ProxyBuilder<T>, IHoldsServers
        {
            var server = new ServerBuilder();
            configure?.Invoke(server);
            var words = new List<string> { ProxyBuilder<T>.Required(name, nameof(name)), ProxyBuilder<T>.Required(address, nameof(address)) };
            words.AddRange(server.Words);
            return builder.WriteLine("server", words);
        }

        /// <summary><c>default-server [params]</c>: parameters every following server inherits.</summary>
        [ConfigKeyword("default-server")]
        public static T DefaultServer<T>(this T builder, Action<ServerBuilder> configure)
            where T : ProxyBuilder<T>, IForwardsToServers
        {
            var server = new ServerBuilder();
            (configure ?? throw new ArgumentNullException(nameof(configure)))(server);
            return builder.WriteLine("default-server", server.Words);
        }

        /// <summary><c>option httpchk</c>: HTTP health checks, the request described by <see cref="HttpCheckSend{T}"/>.</summary>
        [ConfigKeyword("option")]
        public static T OptionHttpChk<T>(this T builder)
            where T : ProxyBuilder<T>, IForwardsToServers => builder.Option("httpchk");

        /// <summary><c>option httpchk method uri</c>.</summary>
        [ConfigKeyword("option")]
        public static T OptionHttpChk<T>(this T builder, string method, string uri)
            where T : ProxyBuilder<T>, IForwardsToServers =>
            builder.Option("httpchk", ProxyBuilder<T>.Required(method, nameof(method)), ProxyBuilder<T>.Required(uri, nameof(uri)));

        /// <summary><c>http-check connect [ssl] [port N]</c>.</summary>
        [ConfigKeyword("http-check")]
        public static T HttpCheckConnect<T>(this T builder, bool ssl = false, int? port = null)
            where T : ProxyBuilder<T>, IForwardsToServers
        {
            var words = new List<string> { "connect" };
            if (port is not null) words.AddRange(new[] { "port", Values.Port(port.Value) });
            if (ssl) words.Add("ssl");
            return builder.WriteLine("http-check", words);
        }

        /// <summary><c>http-check send meth M uri U [ver V] [hdr name value]…</c>.</summary>
        [ConfigKeyword("http-check")]
        public static T HttpCheckSend<T>(this T builder, string method, string uri, string? version = null, IEnumerable<KeyValuePair<string, string>>? headers = null)
            where T : ProxyBuilder<T>, IForwardsToServers
        {
            var words = new List<string> { "send", "meth", ProxyBuilder<T>.Required(method, nameof(method)), "uri", ProxyBuilder<T>.Required(uri, nameof(uri)) };
            if (version is not null) words.AddRange(new[] { "ver", version });
            foreach (var header in headers ?? Array.Empty<KeyValuePair<string, string>>()) words.AddRange(new[] { "hdr", header.Key, header.Value });
            return builder.WriteLine("http-check", words);
        }

        /// <summary><c>http-check expect status code</c>.</summary>
        [ConfigKeyword("http-check")]
        public static T HttpCheckExpectStatus<T>(this T builder, int status)
            where T : ProxyBuilder<T>, IForwardsToServers =>
            builder.WriteLine("http-check", new[] { "expect", "status", Values.Int(status) });

        /// <summary><c>http-check expect [!] matcher pattern</c> (<c>status</c>, <c>rstatus</c>, <c>string</c>, <c>rstring</c>, <c>hdr</c>…).</summary>
        [ConfigKeyword("http-check")]
        public static T HttpCheckExpect<T>(this T builder, string matcher, string pattern, bool negate = false)
            where T : ProxyBuilder<T>, IForwardsToServers
        {
            var words = new List<string> { "expect" };
            if (negate) words.Add("!");
            words.Add(ProxyBuilder<T>.Required(matcher, nameof(matcher)));
            words.Add(pattern ?? throw new ArgumentNullException(nameof(pattern)));
            return builder.WriteLine("http-check", words);
        }
    }

    /// <summary>The parameters of a <c>server</c> or <c>default-server</c> line, written in call order.</summary>
    public sealed class ServerBuilder
    {
        internal List<string> Words { get; } = new();

        /// <summary><c>check</c>: health-check the server.</summary>
        [ConfigKeyword("check", Block = "server")]
        public ServerBuilder Check() => Parameter("check");

        /// <summary><c>inter time</c>: the interval between checks.</summary>
        [ConfigKeyword("inter", Block = "server")]
        public ServerBuilder Inter(TimeSpan interval) => Parameter("inter", Values.Duration(interval));

        /// <summary><c>inter time</c> with the caller's unit.</summary>
        [ConfigKeyword("inter", Block = "server")]
        public ServerBuilder Inter(HaDuration interval) => Parameter("inter", interval.ToString());

        /// <summary><c>fastinter time</c>: the interval while a state change is pending.</summary>
        [ConfigKeyword("fastinter", Block = "server")]
        public ServerBuilder FastInter(TimeSpan interval) => Parameter("fastinter", Values.Duration(interval));

        /// <summary><c>downinter time</c>: the interval while the server is down.</summary>
        [ConfigKeyword("downinter", Block = "server")]
        public ServerBuilder DownInter(TimeSpan interval) => Parameter("downinter", Values.Duration(interval));

        /// <summary><c>fall N</c>: failed checks before the server is marked down.</summary>
        [ConfigKeyword("fall", Block = "server")]
        public ServerBuilder Fall(int count) => Parameter("fall", Values.Int(count));

        /// <summary><c>rise N</c>: successful checks before the server is marked up.</summary>
        [ConfigKeyword("rise", Block = "server")]
        public ServerBuilder Rise(int count) => Parameter("rise", Values.Int(count));

        /// <summary><c>weight N</c> (HAProxy accepts 0..256).</summary>
        [ConfigKeyword("weight", Block = "server")]
        public ServerBuilder Weight(int weight) => Parameter("weight", Values.Int(weight));

        /// <summary><c>maxconn N</c>.</summary>
        [ConfigKeyword("maxconn", Block = "server")]
        public ServerBuilder MaxConn(int connections) => Parameter("maxconn", Values.Int(connections));

        /// <summary><c>backup</c>: used only when every non-backup server is down.</summary>
        [ConfigKeyword("backup", Block = "server")]
        public ServerBuilder Backup() => Parameter("backup");

        /// <summary><c>ssl</c>: talk TLS to the server (pair with <see cref="Verify"/> or <see cref="CaFile"/>).</summary>
        [ConfigKeyword("ssl", Block = "server")]
        public ServerBuilder Ssl() => Parameter("ssl");

        /// <summary><c>verify none|required</c>.</summary>
        [ConfigKeyword("verify", Block = "server")]
        public ServerBuilder Verify(SslVerify verify) => Parameter("verify", Values.Text(verify));

        /// <summary><c>ca-file path</c>: the CAs that verify the server's certificate.</summary>
        [ConfigKeyword("ca-file", Block = "server")]
        public ServerBuilder CaFile(string path) => Parameter("ca-file", path ?? throw new ArgumentNullException(nameof(path)));

        /// <summary><c>sni expression</c>, for example <c>str(api.example.com)</c>.</summary>
        [ConfigKeyword("sni", Block = "server")]
        public ServerBuilder Sni(string expression) => Parameter("sni", expression ?? throw new ArgumentNullException(nameof(expression)));

        /// <summary><c>port N</c>: the port health checks use.</summary>
        [ConfigKeyword("port", Block = "server")]
        public ServerBuilder CheckPort(int port) => Parameter("port", Values.Port(port));

        /// <summary><c>send-proxy</c>: send the PROXY protocol header.</summary>
        [ConfigKeyword("send-proxy", Block = "server")]
        public ServerBuilder SendProxy() => Parameter("send-proxy");

        /// <summary>Any other server parameter, with its value when it takes one.</summary>
        public ServerBuilder Parameter(string name, string? value = null)
        {
            Words.Add(name ?? throw new ArgumentNullException(nameof(name)));
            if (value is not null) Words.Add(value);
            return this;
        }
    }
}
