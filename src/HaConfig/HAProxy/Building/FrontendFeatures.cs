using System;
using System.Collections.Generic;
using System.Net;
using HaConfig.Building;

namespace HaConfig.HAProxy
{
    /// <summary>Builder methods for proxies with the frontend capability (<c>frontend</c>, <c>listen</c>).</summary>
    public static class FrontendFeatures
    {
        /// <summary><c>bind *:port [params]</c>: listen on every address.</summary>
        [ConfigKeyword("bind")]
        public static T Bind<T>(this T builder, PortRange ports, Action<BindBuilder>? configure = null)
            where T : ProxyBuilder<T>, IAcceptsConnections => Bind(builder, Values.Address(null, ports), configure);

        /// <summary><c>bind address:port [params]</c>.</summary>
        [ConfigKeyword("bind")]
        public static T Bind<T>(this T builder, IPAddress address, PortRange ports, Action<BindBuilder>? configure = null)
            where T : ProxyBuilder<T>, IAcceptsConnections =>
            Bind(builder, Values.Address(address ?? throw new ArgumentNullException(nameof(address)), ports), configure);

        /// <summary><c>bind address [params]</c> with the address word as given (<c>unix@/run/x.sock</c>, <c>${VIP}:443</c>…).</summary>
        [ConfigKeyword("bind")]
        public static T Bind<T>(this T builder, string address, Action<BindBuilder>? configure = null)
            where T : ProxyBuilder<T>, IAcceptsConnections
        {
            var bind = new BindBuilder();
            configure?.Invoke(bind);
            var words = new List<string> { ProxyBuilder<T>.Required(address, nameof(address)) };
            words.AddRange(bind.Words);
            return builder.WriteLine("bind", words);
        }

        /// <summary><c>acl name criterion [flags/values…]</c>, for example <c>Acl("is_api", "path_beg", "/api")</c>.</summary>
        [ConfigKeyword("acl")]
        public static T Acl<T>(this T builder, string name, string criterion, params string[] values)
            where T : ProxyBuilder<T>, IAcceptsConnections
        {
            var words = new List<string> { ProxyBuilder<T>.Required(name, nameof(name)), ProxyBuilder<T>.Required(criterion, nameof(criterion)) };
            words.AddRange(values ?? Array.Empty<string>());
            return builder.WriteLine("acl", words);
        }

        /// <summary><c>use_backend name if|unless cond</c>.</summary>
        [ConfigKeyword("use_backend")]
        public static T UseBackend<T>(this T builder, string backend, HaCondition condition)
            where T : ProxyBuilder<T>, IAcceptsConnections
        {
            if (condition is null) throw new ArgumentNullException(nameof(condition));
            var words = new List<string> { ProxyBuilder<T>.Required(backend, nameof(backend)) };
            words.AddRange(condition.Words);
            return builder.WriteLine("use_backend", words);
        }

        /// <summary><c>default_backend name</c>.</summary>
        [ConfigKeyword("default_backend")]
        public static T DefaultBackend<T>(this T builder, string backend)
            where T : ProxyBuilder<T>, IAcceptsConnections =>
            builder.WriteLine("default_backend", new[] { ProxyBuilder<T>.Required(backend, nameof(backend)) });
    }

    /// <summary>The parameters of a <c>bind</c> line.</summary>
    public sealed class BindBuilder
    {
        internal List<string> Words { get; } = new();

        /// <summary><c>ssl crt path</c>: terminate TLS with this certificate (a file or a directory).</summary>
        [ConfigKeyword("ssl", Block = "bind")]
        [ConfigKeyword("crt", Block = "bind")]
        public BindBuilder Ssl(string certificate)
        {
            Words.AddRange(new[] { "ssl", "crt", certificate ?? throw new ArgumentNullException(nameof(certificate)) });
            return this;
        }

        /// <summary><c>alpn h2,http/1.1</c>.</summary>
        [ConfigKeyword("alpn", Block = "bind")]
        public BindBuilder Alpn(params string[] protocols) => Parameter("alpn", string.Join(",", protocols ?? Array.Empty<string>()));

        /// <summary><c>accept-proxy</c>: expect the PROXY protocol header.</summary>
        [ConfigKeyword("accept-proxy", Block = "bind")]
        public BindBuilder AcceptProxy() => Parameter("accept-proxy");

        /// <summary><c>verify none|optional|required</c> for client certificates.</summary>
        [ConfigKeyword("verify", Block = "bind")]
        public BindBuilder Verify(SslVerify verify) => Parameter("verify", Values.Text(verify));

        /// <summary>Any other bind parameter, with its value when it takes one.</summary>
        public BindBuilder Parameter(string name, string? value = null)
        {
            Words.Add(name ?? throw new ArgumentNullException(nameof(name)));
            if (value is not null) Words.Add(value);
            return this;
        }
    }
}
