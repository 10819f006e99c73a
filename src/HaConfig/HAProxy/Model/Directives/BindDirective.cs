using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary><c>bind addr[:port][,addr2:port…] [param*]</c>: the listening addresses and their parameters.</summary>
    public sealed class BindDirective : ParameterizedDirective
    {
        internal BindDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The address word as written (possibly a comma-separated list), or null.</summary>
        public string? AddressText => GetArgument(0);

        /// <summary>The addresses of the list; entries HAProxy would reject are left out.</summary>
        public IReadOnlyList<HAProxyAddress> Addresses
        {
            get
            {
                var result = new List<HAProxyAddress>();
                string? text = AddressText;
                if (text is null) return result;
                foreach (var part in text.Split(','))
                {
                    if (HAProxyAddress.TryParse(part, out var address)) result.Add(address!);
                }

                return result;
            }
        }

        /// <summary>The first address, or null.</summary>
        public HAProxyAddress? Address => Addresses.Count > 0 ? Addresses[0] : null;

        /// <summary>The port of the first address, or null.</summary>
        public int? Port => Address?.Port;

        /// <summary>Replaces the address word.</summary>
        public void SetAddress(string address)
        {
            if (Line.TokenCount > 1) SetArgument(0, address);
            else Line.InsertValues(1, address);
        }

        /// <summary>Whether <c>ssl</c> is present.</summary>
        public bool Ssl => HasOption("ssl");

        /// <summary>The <c>crt</c> values (certificate files or directories), in order.</summary>
        public IReadOnlyList<string> Certificates
        {
            get
            {
                var result = new List<string>();
                foreach (var (index, count) in Parameters)
                {
                    if (count == 1 && Line.ValueEquals(index, "crt")) result.Add(Line.GetValue(index + 1));
                }

                return result;
            }
        }

        /// <summary>The <c>alpn</c> protocols (<c>h2,http/1.1</c> split), empty when absent.</summary>
        public IReadOnlyList<string> Alpn => GetOption("alpn") is { Length: > 0 } alpn ? alpn.Split(',') : System.Array.Empty<string>();

        /// <summary>Whether <c>accept-proxy</c> is present.</summary>
        public bool AcceptProxy => HasOption("accept-proxy");

        /// <summary>The <c>verify</c> value, or null.</summary>
        public string? Verify => GetOption("verify");

        private protected override OptionTable Table => BindOptions.Table;

        private protected override int ParametersStart => 2;
    }
}
