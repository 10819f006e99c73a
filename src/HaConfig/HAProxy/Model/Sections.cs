using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>The <c>global</c> section.</summary>
    public sealed partial class GlobalSection : HAProxySection
    {
        internal GlobalSection(HAProxyConfig config, HAProxyLine header)
            : base(config, header, HAProxySectionKind.Global)
        {
        }

        /// <inheritdoc />
        public override string? Name => null;
    }

    /// <summary>A proxy section: <c>defaults</c>, <c>frontend</c>, <c>backend</c> or <c>listen</c>.</summary>
    public abstract partial class ProxySection : HAProxySection
    {
        private protected ProxySection(HAProxyConfig config, HAProxyLine header, HAProxySectionKind kind)
            : base(config, header, kind)
        {
        }

        /// <summary>The name of the defaults section named by <c>from</c> on the header, or null.</summary>
        public string? From
        {
            get
            {
                var header = Header;
                for (int i = 1; i + 1 < header.TokenCount; i++)
                {
                    if (header.ValueEquals(i, "from")) return header.GetValue(i + 1);
                }

                return null;
            }
        }

        /// <summary>Whether the proxy accepts connections (frontend capability).</summary>
        public abstract bool HasFrontendCapability { get; }

        /// <summary>Whether the proxy forwards to servers (backend capability).</summary>
        public abstract bool HasBackendCapability { get; }
    }

    /// <summary>A <c>defaults</c> section, anonymous or named (<c>defaults name [from other]</c>).</summary>
    public sealed class DefaultsSection : ProxySection
    {
        internal DefaultsSection(HAProxyConfig config, HAProxyLine header)
            : base(config, header, HAProxySectionKind.Defaults)
        {
        }

        /// <summary>The name, or null for an anonymous defaults section (<c>defaults</c> or <c>defaults from x</c>).</summary>
        public override string? Name => Header.TokenCount > 1 && !Header.ValueEquals(1, "from") ? Header.GetValue(1) : null;

        /// <inheritdoc />
        public override bool HasFrontendCapability => true;

        /// <inheritdoc />
        public override bool HasBackendCapability => true;
    }

    /// <summary>A <c>frontend</c>.</summary>
    public sealed class FrontendSection : ProxySection
    {
        internal FrontendSection(HAProxyConfig config, HAProxyLine header)
            : base(config, header, HAProxySectionKind.Frontend)
        {
        }

        /// <inheritdoc />
        public override bool HasFrontendCapability => true;

        /// <inheritdoc />
        public override bool HasBackendCapability => false;
    }

    /// <summary>A <c>backend</c>.</summary>
    public sealed partial class BackendSection : ProxySection
    {
        internal BackendSection(HAProxyConfig config, HAProxyLine header)
            : base(config, header, HAProxySectionKind.Backend)
        {
        }

        /// <inheritdoc />
        public override bool HasFrontendCapability => false;

        /// <inheritdoc />
        public override bool HasBackendCapability => true;
    }

    /// <summary>A <c>listen</c> section: frontend and backend in one.</summary>
    public sealed partial class ListenSection : ProxySection
    {
        internal ListenSection(HAProxyConfig config, HAProxyLine header)
            : base(config, header, HAProxySectionKind.Listen)
        {
        }

        /// <inheritdoc />
        public override bool HasFrontendCapability => true;

        /// <inheritdoc />
        public override bool HasBackendCapability => true;
    }
}
