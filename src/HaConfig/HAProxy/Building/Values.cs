using System;
using System.Globalization;
using System.Net;

namespace HaConfig.HAProxy
{
    /// <summary>A <c>balance</c> algorithm that takes no argument.</summary>
    public enum BalanceAlgorithm
    {
        /// <summary><c>roundrobin</c>: weighted round robin, dynamic weights.</summary>
        RoundRobin,

        /// <summary><c>static-rr</c>: weighted round robin, static weights.</summary>
        StaticRoundRobin,

        /// <summary><c>leastconn</c>: the server with the fewest connections.</summary>
        LeastConn,

        /// <summary><c>first</c>: the first server with a free slot.</summary>
        First,

        /// <summary><c>source</c>: a hash of the client address.</summary>
        Source,

        /// <summary><c>random</c>: random with power-of-two choices.</summary>
        Random,
    }

    /// <summary>A proxy timeout name (<c>timeout &lt;name&gt; &lt;time&gt;</c>).</summary>
    public enum ProxyTimeout
    {
        /// <summary><c>timeout client</c> (frontend side).</summary>
        Client,

        /// <summary><c>timeout client-fin</c>.</summary>
        ClientFin,

        /// <summary><c>timeout server</c> (backend side).</summary>
        Server,

        /// <summary><c>timeout server-fin</c>.</summary>
        ServerFin,

        /// <summary><c>timeout connect</c>.</summary>
        Connect,

        /// <summary><c>timeout check</c>.</summary>
        Check,

        /// <summary><c>timeout queue</c>.</summary>
        Queue,

        /// <summary><c>timeout tunnel</c>.</summary>
        Tunnel,

        /// <summary><c>timeout http-request</c>.</summary>
        HttpRequest,

        /// <summary><c>timeout http-keep-alive</c>.</summary>
        HttpKeepAlive,

        /// <summary><c>timeout tarpit</c>.</summary>
        Tarpit,
    }

    /// <summary>TLS peer verification (<c>verify</c> on <c>server</c> and <c>bind</c>, <c>ssl-server-verify</c>).</summary>
    public enum SslVerify
    {
        /// <summary><c>none</c>.</summary>
        None,

        /// <summary><c>optional</c> (bind only).</summary>
        Optional,

        /// <summary><c>required</c>.</summary>
        Required,
    }

    /// <summary>A port or an inclusive range of ports (<c>8000-8010</c>).</summary>
    public readonly struct PortRange : IEquatable<PortRange>
    {
        /// <summary>The range <paramref name="first"/>..<paramref name="last"/> (both 1..65535, first ≤ last).</summary>
        public PortRange(int first, int last)
        {
            if (first < 1 || first > 65535) throw new ArgumentOutOfRangeException(nameof(first), first, "A port is 1..65535.");
            if (last < first || last > 65535) throw new ArgumentOutOfRangeException(nameof(last), last, "The last port is first..65535.");
            First = first;
            Last = last;
        }

        /// <summary>The first port.</summary>
        public int First { get; }

        /// <summary>The last port (equal to <see cref="First"/> for a single port).</summary>
        public int Last { get; }

        /// <summary>A single port.</summary>
        public static implicit operator PortRange(int port) => new(port, port);

        /// <summary><c>8000</c> or <c>8000-8010</c>.</summary>
        public override string ToString() => First == Last ? Values.Int(First) : Values.Int(First) + "-" + Values.Int(Last);

        /// <inheritdoc />
        public bool Equals(PortRange other) => First == other.First && Last == other.Last;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PortRange other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => (First * 65536) ^ Last;
    }

    /// <summary>The words of a rule condition: <c>if</c>/<c>unless</c> followed by ACL terms.</summary>
    public sealed class HaCondition
    {
        private HaCondition(string keyword, string[] terms)
        {
            if (terms is null || terms.Length == 0) throw new ArgumentException("A condition needs at least one term.", nameof(terms));
            Words = Prepend(keyword, terms);
        }

        /// <summary>The words as written (<c>if</c>, <c>is_api</c>, <c>!is_admin</c>…).</summary>
        public string[] Words { get; }

        /// <summary><c>if term…</c>; terms are ACL names (<c>!name</c> negates), <c>or</c>, or anonymous ACL words (<c>{</c>, <c>path_beg</c>, <c>/api</c>, <c>}</c>).</summary>
        public static HaCondition If(params string[] terms) => new("if", terms);

        /// <summary><c>unless term…</c>.</summary>
        public static HaCondition Unless(params string[] terms) => new("unless", terms);

        /// <inheritdoc />
        public override string ToString() => string.Join(" ", Words);

        internal static string[] Prepend(string first, string[] rest)
        {
            var words = new string[rest.Length + 1];
            words[0] = first;
            Array.Copy(rest, 0, words, 1, rest.Length);
            return words;
        }
    }

    /// <summary>Renders typed values as HAProxy words.</summary>
    internal static class Values
    {
        public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Port(int port) =>
            port is >= 0 and <= 65535 ? Int(port) : throw new ArgumentOutOfRangeException(nameof(port), port, "A port is 0..65535.");

        public static string ServerAddress(IPAddress address, int? port)
        {
            if (address is null) throw new ArgumentNullException(nameof(address));
            return HAProxyAddress.Format(address.ToString(), port is null ? null : int.Parse(Port(port.Value), CultureInfo.InvariantCulture));
        }

        public static string Address(IPAddress? address, PortRange ports)
        {
            string host = address is null ? "*" : address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + address + "]" : address.ToString();
            return host + ":" + ports;
        }

        public static string Duration(TimeSpan value) => HaDuration.FromTimeSpan(value).ToString();

        public static string Text(BalanceAlgorithm algorithm) => algorithm switch
        {
            BalanceAlgorithm.RoundRobin => "roundrobin",
            BalanceAlgorithm.StaticRoundRobin => "static-rr",
            BalanceAlgorithm.LeastConn => "leastconn",
            BalanceAlgorithm.First => "first",
            BalanceAlgorithm.Source => "source",
            BalanceAlgorithm.Random => "random",
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, null),
        };

        public static string Text(ProxyTimeout timeout) => timeout switch
        {
            ProxyTimeout.Client => "client",
            ProxyTimeout.ClientFin => "client-fin",
            ProxyTimeout.Server => "server",
            ProxyTimeout.ServerFin => "server-fin",
            ProxyTimeout.Connect => "connect",
            ProxyTimeout.Check => "check",
            ProxyTimeout.Queue => "queue",
            ProxyTimeout.Tunnel => "tunnel",
            ProxyTimeout.HttpRequest => "http-request",
            ProxyTimeout.HttpKeepAlive => "http-keep-alive",
            ProxyTimeout.Tarpit => "tarpit",
            _ => throw new ArgumentOutOfRangeException(nameof(timeout), timeout, null),
        };

        public static string Text(SslVerify verify) => verify switch
        {
            SslVerify.None => "none",
            SslVerify.Optional => "optional",
            SslVerify.Required => "required",
            _ => throw new ArgumentOutOfRangeException(nameof(verify), verify, null),
        };
    }
}
