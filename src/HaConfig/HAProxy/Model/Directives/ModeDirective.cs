using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary><c>mode tcp|http|log|spop</c>.</summary>
    public sealed class ModeDirective : HAProxyDirective
    {
        internal ModeDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The value as written, or null.</summary>
        public string? RawMode => GetArgument(0);

        /// <summary>The mode; <see cref="ProxyMode.Unknown"/> for anything else. Setting rewrites the value word.</summary>
        public ProxyMode Mode
        {
            get => Parse(RawMode);
            set
            {
                if (value == ProxyMode.Unknown) throw new System.ArgumentException("Cannot write an unknown mode.", nameof(value));
                if (Line.TokenCount > 1) SetArgument(0, Text(value));
                else Line.InsertValues(1, Text(value));
            }
        }

        /// <summary>Reads a mode word.</summary>
        public static ProxyMode Parse(string? text) => text switch
        {
            "tcp" => ProxyMode.Tcp,
            "http" => ProxyMode.Http,
            "log" => ProxyMode.Log,
            "spop" => ProxyMode.Spop,
            _ => ProxyMode.Unknown,
        };

        /// <summary>The word for <paramref name="mode"/>.</summary>
        public static string Text(ProxyMode mode) => mode switch
        {
            ProxyMode.Http => "http",
            ProxyMode.Log => "log",
            ProxyMode.Spop => "spop",
            _ => "tcp",
        };
    }
}
