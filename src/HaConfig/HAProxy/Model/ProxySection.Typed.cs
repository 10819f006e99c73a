using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>Typed access to a proxy section (each call reads the current lines, through caches keyed by the document version).</summary>
    public abstract partial class ProxySection
    {
        /// <summary>The last <c>mode</c> line, or null.</summary>
        public ModeDirective? ModeDirective
        {
            get
            {
                // A type test of the sealed class rather than LastOf<T>, whose shared generic code tests each directive
                // through the runtime's cast helper: the rules ask every proxy for its mode and its defaults' mode.
                var directives = DirectiveList;
                for (int i = directives.Length - 1; i >= 0; i--)
                {
                    if (directives[i] is ModeDirective mode) return mode;
                }

                return null;
            }
        }

        /// <summary>The mode set in this section, or null when the section sets none (inherited, or <c>tcp</c> by default).</summary>
        public ProxyMode? Mode => ModeDirective?.Mode;

        /// <summary>Sets <c>mode</c>: rewrites the value of the last line, or adds one.</summary>
        public ModeDirective SetMode(ProxyMode mode)
        {
            var existing = ModeDirective;
            if (existing is not null)
            {
                existing.Mode = mode;
                return existing;
            }

            return (ModeDirective)Add("mode", HaConfig.HAProxy.ModeDirective.Text(mode));
        }

        /// <summary>The last <c>balance</c> line, or null.</summary>
        public BalanceDirective? Balance => LastOf<BalanceDirective>();

        /// <summary>The <c>option</c>, <c>no option</c> and <c>default option</c> lines.</summary>
        public IReadOnlyList<OptionDirective> Options => DirectivesOf<OptionDirective>();

        /// <summary>The last line about option <paramref name="name"/>, or null.</summary>
        public OptionDirective? FindOption(string name)
        {
            var directives = DirectiveList;
            for (int i = directives.Length - 1; i >= 0; i--)
            {
                if (directives[i] is OptionDirective option && option.NameEquals(name)) return option;
            }

            return null;
        }

        /// <summary>Whether the last line about option <paramref name="name"/> in this section turns it on (false when absent).</summary>
        public bool IsOptionEnabled(string name) => FindOption(name)?.Enables ?? false;

        /// <summary><c>option httpchk</c> (the last one), or null.</summary>
        public HttpCheckOptionDirective? HttpCheckOption => Directives.OfType<HttpCheckOptionDirective>().LastOrDefault(o => o.Enables);

        /// <summary>The timeouts by name; for a repeated name, the last line (the one HAProxy keeps).</summary>
        public IReadOnlyDictionary<string, TimeoutDirective> Timeouts => new Dictionary<string, TimeoutDirective>(TimeoutTable, StringComparer.Ordinal);

        private static readonly Dictionary<string, TimeoutDirective> NoTimeouts = new(StringComparer.Ordinal);
        private VersionedValue<Dictionary<string, TimeoutDirective>> _timeouts;

        /// <summary>
        /// The timeouts by name, built once per version of the document (the rules ask for them for every proxy and its
        /// defaults). Internal and never handed out: the public <see cref="Timeouts"/> returns a copy.
        /// </summary>
        internal Dictionary<string, TimeoutDirective> TimeoutTable
        {
            get
            {
                // Never modified once kept: rules on several threads read it.
                int version = Config.Document.Version;
                if (_timeouts.TryGet(version, out var cached)) return cached;
                Dictionary<string, TimeoutDirective>? result = null;
                foreach (var directive in DirectiveList)
                {
                    if (directive is TimeoutDirective timeout && timeout.Name is { } name)
                    {
                        (result ??= new Dictionary<string, TimeoutDirective>(StringComparer.Ordinal))[name] = timeout;
                    }
                }

                // Most proxies set no timeout of their own: they share one empty table (never modified).
                return _timeouts.Set(version, result ?? NoTimeouts);
            }
        }

        /// <summary>The value of <c>timeout name</c>, or null when absent or invalid.</summary>
        public HaDuration? GetTimeout(string name) => TimeoutTable.TryGetValue(name, out var timeout) ? timeout.Value : null;

        /// <summary>
        /// Sets <c>timeout name value</c>: rewrites only the value word of the existing line, or adds a line after the
        /// last <c>timeout</c> (copying its indentation).
        /// </summary>
        public TimeoutDirective SetTimeout(string name, HaDuration value)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            if (TimeoutTable.TryGetValue(name, out var existing))
            {
                existing.Value = value;
                return existing;
            }

            return (TimeoutDirective)AddGrouped("timeout", name, value.ToString());
        }

        /// <summary>The <c>bind</c> lines.</summary>
        public IReadOnlyList<BindDirective> Binds => DirectivesOf<BindDirective>();

        /// <summary>The <c>server</c> lines (not <c>default-server</c> nor templates).</summary>
        public IReadOnlyList<ServerDirective> Servers => ServersOfKind(ServerKind.Server);

        /// <summary>The server named <paramref name="name"/>, or null.</summary>
        public ServerDirective? FindServer(string name) => Servers.FirstOrDefault(s => s.Name == name);

        /// <summary>The last <c>default-server</c> line, or null.</summary>
        public ServerDirective? DefaultServer
        {
            get
            {
                var directives = DirectiveList;
                for (int i = directives.Length - 1; i >= 0; i--)
                {
                    if (directives[i] is ServerDirective server && server.Kind == ServerKind.DefaultServer) return server;
                }

                return null;
            }
        }

        /// <summary>Whether the section has a <c>server</c> or <c>server-template</c> line (what makes a backend need timeouts).</summary>
        internal bool HasServerLines
        {
            get
            {
                foreach (var directive in DirectiveList)
                {
                    if (directive is ServerDirective server && server.Kind != ServerKind.DefaultServer) return true;
                }

                return false;
            }
        }

        private List<ServerDirective> ServersOfKind(ServerKind kind)
        {
            var result = new List<ServerDirective>();
            foreach (var directive in DirectiveList)
            {
                if (directive is ServerDirective server && server.Kind == kind) result.Add(server);
            }

            return result;
        }

        /// <summary>The <c>server-template</c> lines.</summary>
        public IReadOnlyList<ServerDirective> ServerTemplates => ServersOfKind(ServerKind.ServerTemplate);

        /// <summary>The <c>acl</c> lines.</summary>
        public IReadOnlyList<AclDirective> Acls => DirectivesOf<AclDirective>();

        /// <summary>The <c>use_backend</c> lines.</summary>
        public IReadOnlyList<UseBackendDirective> UseBackends => DirectivesOf<UseBackendDirective>();

        /// <summary>The last <c>default_backend</c> line, or null.</summary>
        public DefaultBackendDirective? DefaultBackend => LastOf<DefaultBackendDirective>();

        /// <summary>Every <c>http-request</c>, <c>http-response</c>, <c>http-after-response</c>, <c>tcp-request</c> and <c>tcp-response</c> rule.</summary>
        public IReadOnlyList<RuleDirective> Rules => DirectivesOf<RuleDirective>();

        /// <summary>The rules of one ruleset: <c>http-request</c>, <c>tcp-request content</c>…</summary>
        public IReadOnlyList<RuleDirective> GetRules(string ruleset) => Directives.OfType<RuleDirective>().Where(r => r.Ruleset == ruleset).ToList();

        /// <summary>The <c>http-check</c> steps.</summary>
        public IReadOnlyList<HttpCheckDirective> HttpChecks => DirectivesOf<HttpCheckDirective>();

        /// <summary>
        /// Adds <c>server name address [options]</c> after the last <c>server</c> line with its indentation (or after the
        /// last <c>server-template</c>/<c>default-server</c>, or at the end of the section).
        /// </summary>
        private protected ServerDirective AddServerLine(string name, string address, string[] options)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            if (address is null) throw new ArgumentNullException(nameof(address));
            var words = new List<string> { name, address };
            words.AddRange(options ?? Array.Empty<string>());
            var anchor = Servers.LastOrDefault() ?? Directives.OfType<ServerDirective>().LastOrDefault();
            var added = anchor is null ? Add("server", words.ToArray()) : AddAfter(anchor, "server", words.ToArray());
            return (ServerDirective)added;
        }
    }
}
