using System;
using HaConfig.Building;

namespace HaConfig.HAProxy
{
    public sealed partial class HAProxyConfig
    {
        /// <summary>
        /// Starts a fluent builder for a new <c>haproxy.cfg</c>. Sections are written in call order, in canonical
        /// formatting, through the same syntax layer the parser uses.
        /// </summary>
        public static HAProxyBuilder Create() => new(Parse(string.Empty));
    }

    /// <summary>
    /// Builds a <c>haproxy.cfg</c> section by section: headers at column 0, directives indented by four spaces, a blank
    /// line between sections. <see cref="Build"/> returns the configuration without validating it.
    /// </summary>
    public sealed class HAProxyBuilder
    {
        private readonly HAProxyConfig _config;

        internal HAProxyBuilder(HAProxyConfig config)
        {
            _config = config;
        }

        /// <summary>Adds the <c>global</c> section.</summary>
        [ConfigKeyword("global", Format = ConfigFormat.HAProxy)]
        public HAProxyBuilder Global(Action<GlobalBuilder> configure) =>
            Section(new GlobalBuilder(AddSection("global")), configure);

        /// <summary>Adds an anonymous <c>defaults</c> section.</summary>
        [ConfigKeyword("defaults", Format = ConfigFormat.HAProxy)]
        public HAProxyBuilder Defaults(Action<DefaultsBuilder> configure) =>
            Section(new DefaultsBuilder(AddSection("defaults")), configure);

        /// <summary>Adds a named <c>defaults</c> section.</summary>
        [ConfigKeyword("defaults", Format = ConfigFormat.HAProxy)]
        public HAProxyBuilder Defaults(string name, Action<DefaultsBuilder> configure) =>
            Section(new DefaultsBuilder(AddSection("defaults", Name(name))), configure);

        /// <summary>Adds a <c>frontend</c>.</summary>
        [ConfigKeyword("frontend", Format = ConfigFormat.HAProxy)]
        public HAProxyBuilder Frontend(string name, Action<FrontendBuilder> configure) =>
            Section(new FrontendBuilder(AddSection("frontend", Name(name))), configure);

        /// <summary>Adds a <c>backend</c>.</summary>
        [ConfigKeyword("backend", Format = ConfigFormat.HAProxy)]
        public HAProxyBuilder Backend(string name, Action<BackendBuilder> configure) =>
            Section(new BackendBuilder(AddSection("backend", Name(name))), configure);

        /// <summary>Adds a <c>listen</c> section (frontend and backend in one).</summary>
        [ConfigKeyword("listen", Format = ConfigFormat.HAProxy)]
        public HAProxyBuilder Listen(string name, Action<ListenBuilder> configure) =>
            Section(new ListenBuilder(AddSection("listen", Name(name))), configure);

        /// <summary>
        /// Adds any other section (<c>userlist</c>, <c>peers</c>, <c>resolvers</c>…) whose lines are written with
        /// <see cref="HAProxySectionBuilder{TSelf}.Directive"/>.
        /// </summary>
        public HAProxyBuilder Section(string keyword, string name, Action<RawSectionBuilder> configure) =>
            Section(new RawSectionBuilder(AddSection(keyword, Name(name))), configure);

        /// <summary>The configuration built so far (not validated; call <see cref="HAProxyConfig.Validate"/> for that).</summary>
        public HAProxyConfig Build() => _config;

        private HAProxySection AddSection(string keyword, params string[] arguments)
        {
            var section = _config.AddSection(keyword, arguments);
            if (section.Header.Index == 1 && _config.Document.GetLine(0).Length == 0)
            {
                // A new document is one empty line; the first section takes its place.
                _config.Document.RemoveLine(0);
            }

            return section;
        }

        private HAProxyBuilder Section<T>(T builder, Action<T> configure)
        {
            if (configure is null) throw new ArgumentNullException(nameof(configure));
            configure(builder);
            return this;
        }

        private static string Name(string name) =>
            string.IsNullOrEmpty(name) ? throw new ArgumentException("A section name cannot be empty.", nameof(name)) : name;
    }
}
