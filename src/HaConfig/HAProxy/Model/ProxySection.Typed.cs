using System;
using System.Collections.Generic;
using System.Linq;

namespace HaConfig.HAProxy
{
    /// <summary>Typed access to a proxy section (each call reads the current lines; nothing is cached).</summary>
    public abstract partial class ProxySection
    {
        /// <summary>The last <c>mode</c> line, or null.</summary>
        public ModeDirective? ModeDirective => Directives.OfType<ModeDirective>().LastOrDefault();

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
        public BalanceDirective? Balance => Directives.OfType<BalanceDirective>().LastOrDefault();

        /// <summary>The <c>option</c>, <c>no option</c> and <c>default option</c> lines.</summary>
        public IReadOnlyList<OptionDirective> Options => DirectivesOf<OptionDirective>();

        /// <summary>The last line about option <paramref name="name"/>, or null.</summary>
        public OptionDirective? FindOption(string name) => Directives.OfType<OptionDirective>().LastOrDefault(o => o.Name == name);

        /// <summary>Whether the last line about option <paramref name="name"/> in this section turns it on (false when absent).</summary>
        public bool IsOptionEnabled(string name) => FindOption(name)?.Enables ?? false;

        /// <summary><c>option httpchk</c> (the last one), or null.</summary>
        public HttpCheckOptionDirective? HttpCheckOption => Directives.OfType<HttpCheckOptionDirective>().LastOrDefault(o => o.Enables);

        /// <summary>The timeouts by name; for a repeated name, the last line (the one HAProxy keeps).</summary>
        public IReadOnlyDictionary<string, TimeoutDirective> Timeouts
        {
            get
            {
                var result = new Dictionary<string, TimeoutDirective>(StringComparer.Ordinal);
                foreach (var timeout in Directives.OfType<TimeoutDirective>())
                {
                    if (timeout.Name is not null) result[timeout.Name] = timeout;
                }

                return result;
            }
        }

        /// <summary>The value of <c>timeout name</c>, or null when absent or invalid.</summary>
        public HaDuration? GetTimeout(string name) => Timeouts.TryGetValue(name, out var timeout) ? timeout.Value : null;

        /// <summary>
        /// Sets <c>timeout name value</c>: rewrites only the value word of the existing line, or adds a line after the
        /// last <c>timeout</c> (copying its indentation).
        /// </summary>
        public TimeoutDirective SetTimeout(string name, HaDuration value)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            if (Timeouts.TryGetValue(name, out var existing))
            {
                existing.Value = value;
                return existing;
            }

            return (TimeoutDirective)AddGrouped("timeout", name, value.ToString());
        }

        /// <summary>The <c>bind</c> lines.</summary>
        public IReadOnlyList<BindDirective> Binds => DirectivesOf<BindDirective>();

        /// <summary>The <c>server</c> lines (not <c>default-server</c> nor templates).</summary>
        public IReadOnlyList<ServerDirective> Servers => Directives.OfType<ServerDirective>().Where(s => s.Kind == ServerKind.Server).ToList();

        /// <summary>The server named <paramref name="name"/>, or null.</summary>
        public ServerDirective? FindServer(string name) => Servers.FirstOrDefault(s => s.Name == name);

        /// <summary>The last <c>default-server</c> line, or null.</summary>
        public ServerDirective? DefaultServer => Directives.OfType<ServerDirective>().LastOrDefault(s => s.Kind == ServerKind.DefaultServer);

        /// <summary>The <c>server-template</c> lines.</summary>
        public IReadOnlyList<ServerDirective> ServerTemplates => Directives.OfType<ServerDirective>().Where(s => s.Kind == ServerKind.ServerTemplate).ToList();

        /// <summary>The <c>acl</c> lines.</summary>
        public IReadOnlyList<AclDirective> Acls => DirectivesOf<AclDirective>();

        /// <summary>The <c>use_backend</c> lines.</summary>
        public IReadOnlyList<UseBackendDirective> UseBackends => DirectivesOf<UseBackendDirective>();

        /// <summary>The last <c>default_backend</c> line, or null.</summary>
        public DefaultBackendDirective? DefaultBackend => Directives.OfType<DefaultBackendDirective>().LastOrDefault();

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
