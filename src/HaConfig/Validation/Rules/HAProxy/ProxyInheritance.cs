using System;
using System.Collections.Generic;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// Which defaults section each proxy inherits from (the last one above it, or the one named by <c>from</c>), and the
    /// effective values the rules need, computed in one pass over the sections. Read-only once made, so that rules
    /// running in parallel can share it.
    /// </summary>
    internal sealed class ProxyInheritance
    {
        private const int MaxChain = 16;

        // By HAProxySection.SectionIndex, the section's place in _sections: arrays rather than dictionaries keyed by
        // section, which every chain step of every rule looked up (hashing the object) and which cost as much to fill.
        private readonly IReadOnlyList<HAProxySection> _sections;
        private readonly DefaultsSection?[] _parents;
        private readonly ProxyMode[] _modes;
        private readonly ServerDirective?[] _defaultServers;

        /// <summary>The inheritance of <paramref name="config"/> computed once per validation and shared by every rule.</summary>
        public static ProxyInheritance For(HAProxyConfig config, ValidationContext context)
        {
            // A rule may be handed another configuration than the one this context was made for: keep one per config.
            var cache = context.Shared(() => new Dictionary<HAProxyConfig, ProxyInheritance>());
            lock (cache)
            {
                if (!cache.TryGetValue(config, out var inheritance))
                {
                    inheritance = new ProxyInheritance(config);
                    cache[config] = inheritance;
                }

                return inheritance;
            }
        }

        public ProxyInheritance(HAProxyConfig config)
        {
            _sections = config.Sections;
            int count = _sections.Count;
            _parents = new DefaultsSection?[count];
            _modes = new ProxyMode[count];
            _defaultServers = new ServerDirective?[count];
            var named = new Dictionary<string, DefaultsSection>(StringComparer.Ordinal);
            DefaultsSection? last = null;
            for (int i = 0; i < count; i++)
            {
                if (_sections[i] is not ProxySection proxy) continue;
                _parents[i] = proxy.From is { } from ? (named.TryGetValue(from, out var d) ? d : null) : proxy is DefaultsSection ? null : last;
                if (proxy is DefaultsSection defaults)
                {
                    if (defaults.Name is { } name) named[name] = defaults;
                    last = defaults;
                }
            }

            for (int i = 0; i < count; i++)
            {
                if (_sections[i] is not ProxySection proxy) continue;
                _modes[i] = FindMode(proxy);
                _defaultServers[i] = FindDefaultServer(proxy);
            }
        }

        /// <summary>The section's index in the sections this was computed from, or -1 when it is not one of them.</summary>
        private int IndexOf(HAProxySection section)
        {
            int index = section.SectionIndex;
            return (uint)index < (uint)_sections.Count && ReferenceEquals(_sections[index], section) ? index : -1;
        }

        /// <summary>The defaults section <paramref name="proxy"/> inherits from, or null.</summary>
        public DefaultsSection? ParentOf(HAProxySection proxy) => IndexOf(proxy) is int i and >= 0 ? _parents[i] : null;

        /// <summary><paramref name="proxy"/> then its defaults chain (bounded).</summary>
        /// <remarks>A struct enumerable: the rules walk a chain per proxy and per question, and an iterator allocated each time.</remarks>
        public ChainEnumerable Chain(ProxySection proxy) => new(this, proxy);

        /// <summary>The sections of a defaults chain, enumerated without allocating.</summary>
        public readonly struct ChainEnumerable
        {
            private readonly ProxyInheritance _inheritance;
            private readonly ProxySection _start;

            public ChainEnumerable(ProxyInheritance inheritance, ProxySection start)
            {
                _inheritance = inheritance;
                _start = start;
            }

            public ChainEnumerator GetEnumerator() => new(_inheritance, _start);
        }

        /// <summary>The enumerator of <see cref="ChainEnumerable"/>.</summary>
        public struct ChainEnumerator
        {
            private readonly ProxyInheritance _inheritance;
            private ProxySection? _next;
            private int _count;

            public ChainEnumerator(ProxyInheritance inheritance, ProxySection start)
            {
                _inheritance = inheritance;
                _next = start;
                _count = 0;
                Current = null!;
            }

            public ProxySection Current { get; private set; }

            public bool MoveNext()
            {
                if (_next is null || _count >= MaxChain) return false;
                Current = _next;
                _next = _inheritance.ParentOf(_next);
                _count++;
                return true;
            }
        }

        /// <summary>The proxy's mode, inherited when absent; <see cref="ProxyMode.Tcp"/> by default.</summary>
        public ProxyMode ModeOf(ProxySection proxy) => IndexOf(proxy) is int i and >= 0 ? _modes[i] : FindMode(proxy);

        private ProxyMode FindMode(ProxySection proxy)
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
            ProxySection? p = proxy;
            for (int i = 0; i < MaxChain && p is not null; i++, p = ParentOf(p))
            {
                if (p.TimeoutTable.TryGetValue(name, out var timeout)) return timeout;
            }

            return null;
        }

        /// <summary>The default-server line that applies (own or inherited), or null.</summary>
        public ServerDirective? DefaultServerOf(ProxySection proxy) => IndexOf(proxy) is int i and >= 0 ? _defaultServers[i] : FindDefaultServer(proxy);

        private ServerDirective? FindDefaultServer(ProxySection proxy)
        {
            foreach (var p in Chain(proxy))
            {
                if (p.DefaultServer is { } server) return server;
            }

            return null;
        }

        /// <summary>Whether an option is enabled in the proxy or inherited (the nearest line wins).</summary>
        public bool IsOptionEnabled(ProxySection proxy, string name) => IsOptionEnabled(proxy, name, proxy.FindOption(name));

        /// <summary>
        /// <see cref="IsOptionEnabled(ProxySection, string)"/> for a rule that found the proxy's own last line about the
        /// option (<paramref name="own"/>, null when it has none) in its own pass over the proxy's directives.
        /// </summary>
        public bool IsOptionEnabled(ProxySection proxy, string name, OptionDirective? own)
        {
            if (own is not null) return own.Enables;
            ProxySection? p = ParentOf(proxy);
            for (int i = 1; i < MaxChain && p is not null; i++, p = ParentOf(p))
            {
                if (p.FindOption(name) is { } option) return option.Enables;
            }

            return false;
        }

        /// <summary>Whether <paramref name="proxy"/> or its defaults has a <paramref name="keyword"/> directive.</summary>
        public bool HasKeyword(ProxySection proxy, string keyword) => HasKeyword(proxy, keyword, proxy.Find(keyword) is not null);

        /// <summary>
        /// <see cref="HasKeyword(ProxySection, string)"/> for a rule that already knows whether the proxy itself has the
        /// keyword (<paramref name="own"/>) from its own pass over the proxy's directives.
        /// </summary>
        public bool HasKeyword(ProxySection proxy, string keyword, bool own)
        {
            if (own) return true;
            ProxySection? p = ParentOf(proxy);
            for (int i = 1; i < MaxChain && p is not null; i++, p = ParentOf(p))
            {
                if (p.Find(keyword) is not null) return true;
            }

            return false;
        }
    }
}
