using HaConfig.HAProxy.Syntax;
using HaConfig.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary><c>timeout name value</c>, e.g. <c>timeout client 30s</c>.</summary>
    public sealed class TimeoutDirective : HAProxyDirective
    {
        internal TimeoutDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The timeout's name (<c>client</c>, <c>server</c>, <c>connect</c>, <c>http-request</c>…), or null.</summary>
        public string? Name => GetArgument(0);

        /// <summary>The value word as written, or null.</summary>
        public string? ValueText => GetArgument(1);

        private VersionedValue<HaDuration?> _value;

        /// <summary><see cref="Value"/> parsed once per version of the document (the rules read inherited timeouts once per proxy).</summary>
        internal HaDuration? CachedValue
        {
            get
            {
                int version = Line.DocumentVersion;
                if (_value.TryGet(version, out var cached)) return cached;
                var value = Value;
                return _value.Set(version, value);
            }
        }

        /// <inheritdoc />
        internal override void PrepareForConcurrentReads() => _ = CachedValue;

        /// <summary>The value, or null when absent or invalid for HAProxy. Setting rewrites only the value word.</summary>
        public HaDuration? Value
        {
            get => HaDuration.TryParse(ValueText, out var value) ? value : null;
            set
            {
                if (value is null) throw new System.ArgumentNullException(nameof(value));
                if (Line.TokenCount > 2) SetArgument(1, value.Value.ToString());
                else Line.InsertValues(Line.TokenCount, value.Value.ToString());
            }
        }
    }
}
