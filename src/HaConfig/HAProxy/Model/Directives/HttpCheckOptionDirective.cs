using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// <c>option httpchk</c>: <c>option httpchk</c>, <c>option httpchk &lt;uri&gt;</c>, or
    /// <c>option httpchk &lt;method&gt; &lt;uri&gt; [&lt;version&gt;] [&lt;host&gt;]</c> (host: 3.1+).
    /// Unspecified parts read as HAProxy's defaults: <c>OPTIONS</c>, <c>/</c>, <c>HTTP/1.0</c>.
    /// </summary>
    public sealed class HttpCheckOptionDirective : OptionDirective
    {
        /// <summary>The method HAProxy uses when none is given.</summary>
        public const string DefaultMethod = "OPTIONS";

        /// <summary>The URI HAProxy uses when none is given.</summary>
        public const string DefaultUri = "/";

        /// <summary>The HTTP version HAProxy uses when none is given.</summary>
        public const string DefaultVersion = "HTTP/1.0";

        internal HttpCheckOptionDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        private int ArgumentCount => System.Math.Max(0, Line.TokenCount - NameIndex - 1);

        private string? Word(int offset) => offset < ArgumentCount ? Line.GetValue(NameIndex + 1 + offset) : null;

        /// <summary>The method written, or null (one-argument and bare forms).</summary>
        public string? ExplicitMethod => ArgumentCount >= 2 ? Word(0) : null;

        /// <summary>The method, <c>OPTIONS</c> when not written.</summary>
        public string Method => ExplicitMethod ?? DefaultMethod;

        /// <summary>The URI, <c>/</c> when not written.</summary>
        public string Uri => ArgumentCount switch
        {
            0 => DefaultUri,
            1 => Word(0)!,
            _ => Word(1)!,
        };

        /// <summary>The version word as written (it may hide headers in the pre-2.2 style), <c>HTTP/1.0</c> when not written.</summary>
        public string Version => Word(2) ?? DefaultVersion;

        /// <summary>The host (fourth word, 3.1+), or null.</summary>
        public string? Host => Word(3);

        /// <summary>Whether the version word carries headers or a body after the version, the pre-2.2 hack.</summary>
        public bool HidesHeadersInVersion => Word(2) is { } version && (version.IndexOf('\r') >= 0 || version.IndexOf('\n') >= 0);
    }
}
