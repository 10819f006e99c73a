using System;
using System.Globalization;
using System.Net;

namespace HaConfig.Keepalived
{
    /// <summary>The initial VRRP state (<c>state</c>).</summary>
    public enum VrrpState
    {
        /// <summary><c>BACKUP</c>: wait for adverts, take over when the master is gone.</summary>
        Backup,

        /// <summary><c>MASTER</c>: claim the addresses at start (the highest priority still wins).</summary>
        Master,
    }

    /// <summary>VRRPv2 authentication (<c>auth_type</c>).</summary>
    public enum VrrpAuthType
    {
        /// <summary><c>PASS</c>: a clear-text password of up to 8 characters.</summary>
        Pass,

        /// <summary><c>AH</c>: IPsec authentication header.</summary>
        Ah,
    }

    /// <summary>The LVS scheduler (<c>lb_algo</c>).</summary>
    public enum LvsScheduler
    {
        /// <summary><c>rr</c>: round robin.</summary>
        RoundRobin,

        /// <summary><c>wrr</c>: weighted round robin.</summary>
        WeightedRoundRobin,

        /// <summary><c>lc</c>: least connections.</summary>
        LeastConnection,

        /// <summary><c>wlc</c>: weighted least connections (keepalived's default).</summary>
        WeightedLeastConnection,

        /// <summary><c>sh</c>: source hashing.</summary>
        SourceHashing,

        /// <summary><c>dh</c>: destination hashing.</summary>
        DestinationHashing,

        /// <summary><c>mh</c>: Maglev hashing.</summary>
        MaglevHashing,

        /// <summary><c>sed</c>: shortest expected delay.</summary>
        ShortestExpectedDelay,

        /// <summary><c>nq</c>: never queue.</summary>
        NeverQueue,

        /// <summary><c>lblc</c>: locality-based least connections.</summary>
        LocalityBasedLeastConnection,
    }

    /// <summary>The LVS forwarding method (<c>lb_kind</c>).</summary>
    public enum LvsMethod
    {
        /// <summary><c>NAT</c>.</summary>
        Nat,

        /// <summary><c>DR</c>: direct routing.</summary>
        DirectRouting,

        /// <summary><c>TUN</c>: IP tunnelling.</summary>
        Tunnel,
    }

    /// <summary>The protocol of an LVS virtual server (<c>protocol</c>).</summary>
    public enum LvsProtocol
    {
        /// <summary><c>TCP</c>.</summary>
        Tcp,

        /// <summary><c>UDP</c>.</summary>
        Udp,

        /// <summary><c>SCTP</c>.</summary>
        Sctp,
    }

    /// <summary>Renders typed values as keepalived words.</summary>
    internal static class KeepalivedValues
    {
        public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Port(int port) =>
            port is >= 0 and <= 65535 ? Int(port) : throw new ArgumentOutOfRangeException(nameof(port), port, "A port is 0..65535.");

        public static string Address(IPAddress address) => (address ?? throw new ArgumentNullException(nameof(address))).ToString();

        public static string Prefix(IPAddress address, int? prefixLength)
        {
            string text = Address(address);
            if (prefixLength is null) return text;
            int max = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32;
            if (prefixLength < 0 || prefixLength > max) throw new ArgumentOutOfRangeException(nameof(prefixLength), prefixLength, $"A prefix length is 0..{max}.");
            return text + "/" + Int(prefixLength.Value);
        }

        /// <summary>Decimal seconds, as keepalived reads <c>advert_int</c>, <c>interval</c>, <c>delay_loop</c>: <c>3</c>, <c>0.5</c>.</summary>
        public static string Seconds(TimeSpan value)
        {
            if (value < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(value), value, "A time cannot be negative.");
            decimal seconds = value.Ticks / (decimal)TimeSpan.TicksPerSecond;
            return seconds.ToString("0.######", CultureInfo.InvariantCulture);
        }

        public static string Text(VrrpState state) => state switch
        {
            VrrpState.Master => "MASTER",
            VrrpState.Backup => "BACKUP",
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };

        public static string Text(VrrpAuthType type) => type switch
        {
            VrrpAuthType.Pass => "PASS",
            VrrpAuthType.Ah => "AH",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };

        public static string Text(LvsScheduler scheduler) => scheduler switch
        {
            LvsScheduler.RoundRobin => "rr",
            LvsScheduler.WeightedRoundRobin => "wrr",
            LvsScheduler.LeastConnection => "lc",
            LvsScheduler.WeightedLeastConnection => "wlc",
            LvsScheduler.SourceHashing => "sh",
            LvsScheduler.DestinationHashing => "dh",
            LvsScheduler.MaglevHashing => "mh",
            LvsScheduler.ShortestExpectedDelay => "sed",
            LvsScheduler.NeverQueue => "nq",
            LvsScheduler.LocalityBasedLeastConnection => "lblc",
            _ => throw new ArgumentOutOfRangeException(nameof(scheduler), scheduler, null),
        };

        public static string Text(LvsMethod method) => method switch
        {
            LvsMethod.Nat => "NAT",
            LvsMethod.DirectRouting => "DR",
            LvsMethod.Tunnel => "TUN",
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
        };

        public static string Text(LvsProtocol protocol) => protocol switch
        {
            LvsProtocol.Tcp => "TCP",
            LvsProtocol.Udp => "UDP",
            LvsProtocol.Sctp => "SCTP",
            _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, null),
        };
    }
}
