using System;
using System.Collections.Generic;
using System.Globalization;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// An address as HAProxy reads it (<c>str2sa_range</c>): <c>[prefix@]host[:port[-port2]]</c>, a UNIX path, or a
    /// prefixed socket reference (<c>unix@</c>, <c>abns@</c>, <c>fd@</c>, <c>sockpair@</c>). For IPv6 without brackets the
    /// port is the text after the last colon. <c>${VAR}</c> references are kept as written.
    /// </summary>
    public sealed class HAProxyAddress
    {
        private HAProxyAddress(string text, string? prefix, string host, bool bracketed, string? portText, int? port, int? portEnd, int? portOffset)
        {
            Text = text;
            Prefix = prefix;
            Host = host;
            IsBracketed = bracketed;
            PortText = portText;
            Port = port;
            PortEnd = portEnd;
            PortOffset = portOffset;
        }

        /// <summary>The address as written.</summary>
        public string Text { get; }

        /// <summary>The prefix before <c>@</c> (<c>ipv4</c>, <c>unix</c>, <c>fd</c>, <c>quic4</c>, <c>stream+ipv6</c>…), or null.</summary>
        public string? Prefix { get; }

        /// <summary>The host (without brackets), the path for UNIX sockets, or the name/number after <c>fd@</c>/<c>sockpair@</c>.</summary>
        public string Host { get; }

        /// <summary>Whether the host was written in brackets (<c>[::1]:80</c>).</summary>
        public bool IsBracketed { get; }

        /// <summary>The text after the port colon as written (<c>80</c>, <c>8000-8010</c>, <c>+1</c>, <c>${PORT}</c>), or null without a colon.</summary>
        public string? PortText { get; }

        /// <summary>Whether a colon introduces a port part (possibly empty, as in <c>server s1 10.0.0.1:</c>).</summary>
        public bool HasPort => PortText is not null;

        /// <summary>The port, or the first port of a range; null when absent, an offset, or a variable.</summary>
        public int? Port { get; }

        /// <summary>The last port of a range (<c>8000-8010</c>), or null.</summary>
        public int? PortEnd { get; }

        /// <summary>The signed offset of <c>+N</c>/<c>-N</c> (servers: added to the client's destination port), or null.</summary>
        public int? PortOffset { get; }

        /// <summary>Whether the port part is a range.</summary>
        public bool IsPortRange => PortEnd is not null;

        /// <summary>Whether the address is a UNIX socket path (<c>/path</c>, <c>unix@</c>, <c>uxst@</c>, <c>uxdg@</c>) or an abstract one (<c>abns@</c>).</summary>
        public bool IsUnixSocket => FamilyIs("unix") || FamilyIs("uxst") || FamilyIs("uxdg") || IsAbstractSocket || (Prefix is null && Host.StartsWith("/", StringComparison.Ordinal));

        /// <summary>Whether the address is an abstract-namespace socket (<c>abns@</c>, <c>abnsz@</c>).</summary>
        public bool IsAbstractSocket => FamilyIs("abns") || FamilyIs("abnsz");

        /// <summary>Whether the address names an inherited file descriptor or a socket pair (<c>fd@</c>, <c>sockpair@</c>).</summary>
        public bool IsFileDescriptor => FamilyIs("fd") || FamilyIs("sockpair");

        /// <summary>Whether the host is an IPv6 literal (it contains a colon).</summary>
        public bool IsIPv6 => !IsUnixSocket && !IsFileDescriptor && Host.IndexOf(':') >= 0;

        /// <summary>Whether the host means every address: <c>*</c>, empty, <c>0.0.0.0</c> or <c>::</c>.</summary>
        public bool IsWildcard => !IsUnixSocket && !IsFileDescriptor && (Host.Length == 0 || Host == "*" || Host == "0.0.0.0" || Host == "::");

        /// <summary>Whether the text references environment variables (<c>${NAME}</c>), resolved by HAProxy at start.</summary>
        public bool ContainsVariables => Text.IndexOf("${", StringComparison.Ordinal) >= 0;

        /// <summary>Parses an address; throws <see cref="FormatException"/> with the reason.</summary>
        public static HAProxyAddress Parse(string text)
        {
            if (TryParse(text, out var address, out string? error)) return address!;
            throw new FormatException(error);
        }

        /// <summary>Parses an address; false when HAProxy would reject its shape.</summary>
        public static bool TryParse(string? text, out HAProxyAddress? address) => TryParse(text, out address, out _);

        /// <summary>Parses an address; on failure <paramref name="error"/> says why.</summary>
        public static bool TryParse(string? text, out HAProxyAddress? address, out string? error)
        {
            address = null;
            if (text is null)
            {
                error = "missing address";
                return false;
            }

            string? prefix = null;
            string rest = text;
            int at = text.IndexOf('@');
            if (at >= 0 && IsPrefix(text, at))
            {
                prefix = text.Substring(0, at);
                rest = text.Substring(at + 1);
            }

            if (prefix is not null && IsPathFamily(Family(prefix)))
            {
                address = new HAProxyAddress(text, prefix, rest, false, null, null, null, null);
                error = null;
                return true;
            }

            if (prefix is null && rest.StartsWith("/", StringComparison.Ordinal))
            {
                address = new HAProxyAddress(text, null, rest, false, null, null, null, null);
                error = null;
                return true;
            }

            string host;
            string? portText = null;
            bool bracketed = false;
            if (rest.StartsWith("[", StringComparison.Ordinal))
            {
                int close = rest.IndexOf(']');
                if (close < 0)
                {
                    error = $"invalid address: '{rest}' in '{text}'";
                    return false;
                }

                bracketed = true;
                host = rest.Substring(1, close - 1);
                string after = rest.Substring(close + 1);
                if (after.Length > 0)
                {
                    if (after[0] != ':')
                    {
                        error = $"invalid address: '{rest}' in '{text}'";
                        return false;
                    }

                    portText = after.Substring(1);
                }
            }
            else
            {
                int colon = LastColonOutsideVariables(rest);
                host = colon < 0 ? rest : rest.Substring(0, colon);
                portText = colon < 0 ? null : rest.Substring(colon + 1);
            }

            int? port = null, portEnd = null, offset = null;
            if (!string.IsNullOrEmpty(portText) && portText!.IndexOf("${", StringComparison.Ordinal) < 0)
            {
                if (!ParsePort(portText, out port, out portEnd, out offset))
                {
                    error = $"invalid port '{portText}' in '{text}'";
                    return false;
                }
            }

            address = new HAProxyAddress(text, prefix, host, bracketed, portText, port, portEnd, offset);
            error = null;
            return true;
        }

        /// <summary>Parses a comma-separated address list (one <c>bind</c> word); throws <see cref="FormatException"/> on the first bad one.</summary>
        public static IReadOnlyList<HAProxyAddress> ParseList(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var parts = text.Split(',');
            var list = new HAProxyAddress[parts.Length];
            for (int i = 0; i < parts.Length; i++) list[i] = Parse(parts[i]);
            return list;
        }

        /// <summary>Formats <c>host:port</c>, bracketing an IPv6 host.</summary>
        public static string Format(string host, int? port)
        {
            if (host is null) throw new ArgumentNullException(nameof(host));
            string h = host.IndexOf(':') >= 0 && !host.StartsWith("[", StringComparison.Ordinal) && port is not null ? "[" + host + "]" : host;
            return port is null ? h : h + ":" + port.Value.ToString(CultureInfo.InvariantCulture);
        }

        /// <inheritdoc />
        public override string ToString() => Text;

        private bool FamilyIs(string family) => Prefix is not null && Family(Prefix) == family;

        private static string Family(string prefix)
        {
            int plus = prefix.LastIndexOf('+');
            return plus < 0 ? prefix : prefix.Substring(plus + 1);
        }

        private static bool IsPathFamily(string family) =>
            family is "unix" or "abns" or "abnsz" or "uxst" or "uxdg" or "fd" or "sockpair" or "rhttp";

        private static bool IsPrefix(string text, int at)
        {
            if (at == 0) return false;
            for (int i = 0; i < at; i++)
            {
                char c = text[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+')) return false;
            }

            return true;
        }

        private static int LastColonOutsideVariables(string text)
        {
            int depth = 0;
            for (int i = text.Length - 1; i >= 0; i--)
            {
                char c = text[i];
                if (c == '}') depth++;
                else if (c == '{' && depth > 0) depth--;
                else if (c == ':' && depth == 0) return i;
            }

            return -1;
        }

        private static bool ParsePort(string text, out int? port, out int? portEnd, out int? offset)
        {
            port = portEnd = offset = null;
            if (text[0] == '+' || text[0] == '-')
            {
                if (!TryParseNumber(text.Substring(1), out int n)) return false;
                offset = text[0] == '-' ? -n : n;
                return true;
            }

            int dash = text.IndexOf('-');
            if (dash < 0)
            {
                if (!TryParseNumber(text, out int single)) return false;
                port = single;
                return true;
            }

            if (!TryParseNumber(text.Substring(0, dash), out int low) || !TryParseNumber(text.Substring(dash + 1), out int high) || high < low) return false;
            port = low;
            portEnd = high;
            return true;
        }

        private static bool TryParseNumber(string text, out int value)
        {
            value = 0;
            if (text.Length == 0 || text.Length > 5) return false;
            foreach (char c in text)
            {
                if (c < '0' || c > '9') return false;
                value = value * 10 + (c - '0');
            }

            return value <= 65535;
        }
    }
}
