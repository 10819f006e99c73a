using System;
using System.Collections.Generic;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// Which defaults section each proxy inherits from (the last one above it, or the one named by <c>from</c>), and the
    /// effective values the rules need, computed in one pass over the sections.
    /// </summary>
    internal sealed class ProxyInheritance
    {
        private const int MaxChain = 16;
        private readonly Dictionary<HAProxySection, DefaultsSection> _parent = new();

        public ProxyInheritance(HAProxyConfig config)
        {
            var named = new Dictionary<string, DefaultsSection>(StringComparer.Ordinal);
            DefaultsSection? last = null;
            foreach (var section in config.Sections)
            {
                if (section is not ProxySection proxy) continue;
                DefaultsSection? parent = proxy.From is { } from ? (named.TryGetValue(from, out var d) ? d : null) : proxy is DefaultsSection ? null : last;
                if (parent is not null) _parent[proxy] = parent;
                if (proxy is DefaultsSection defaults)
                {
                    if (defaults.Name is { } name) named[name] = defaults;
                    last = defaults;
                }
            }
        }

        /// <summary>The defaults section <paramref name="proxy"/> inherits from, or null.</summary>
        public DefaultsSection? ParentOf(HAProxySection proxy) => _parent.TryGetValue(proxy, out var parent) ? parent : null;

        /// <summary><paramref name="proxy"/> then its defaults chain (bounded).</summary>
        public IEnumerable<ProxySection> Chain(ProxySection proxy)
        {
            HAProxySection? current = proxy;
            for (int i = 0; i < MaxChain && current is ProxySection p; i++)
            {
                yield return p;
                current = ParentOf(p);
            }
        }

        /// <summary>The proxy's mode, inherited when absent; <see cref="ProxyMode.Tcp"/> by default.</summary>
        public ProxyMode ModeOf(ProxySection proxy)
        {
            foreach (var p in Chain(proxy))
            {
                if (p.Mode is { } mode) return mode;
            }

            return ProxyMode.Tcp;
        }

        /// <summary>The timeout directive that applies (own or inherited), or null.</summary>
        public TimeoutDirective? TimeoutOf(ProxySection proxy, string name)
        {
            foreach (var p in Chain(proxy))
            {
                if (p.Timeouts.TryGetValue(name, out var timeout)) return timeout;
            }

            return null;
        }

        /// <summary>The default-server line that applies (own or inherited), or null.</summary>
        public ServerDirective? DefaultServerOf(ProxySection proxy)
        {
            foreach (var p in Chain(proxy))
            {
                if (p.DefaultServer is { } server) return server;
            }

            return null;
        }

        /// <summary>Whether an option is enabled in the proxy or inherited (the nearest line wins).</summary>
        public bool IsOptionEnabled(ProxySection proxy, string name)
        {
            foreach (var p in Chain(proxy))
            {
                if (p.FindOption(name) is { } option) return option.Enables;
            }

            return false;
        }

        /// <summary>Whether <paramref name="proxy"/> or its defaults has a <paramref name="keyword"/> directive.</summary>
        public bool HasKeyword(ProxySection proxy, string keyword)
        {
            foreach (var p in Chain(proxy))
            {
                if (p.Find(keyword) is not null) return true;
            }

            return false;
        }
    }
}
