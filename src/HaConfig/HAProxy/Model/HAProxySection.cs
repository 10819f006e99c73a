using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.HAProxy.Syntax;
using HaConfig.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>A section of <c>haproxy.cfg</c>: its header line and the lines up to the next header.</summary>
    public partial class HAProxySection
    {
        private const string DefaultIndentation = "    ";
        private VersionedValue<HAProxyDirective[]> _directives;
        private VersionedValue<string?> _name;

        internal HAProxySection(HAProxyConfig config, HAProxyLine header, HAProxySectionKind kind)
        {
            Config = config;
            Header = header;
            Kind = kind;
        }

        /// <summary>
        /// The section's index in <see cref="HAProxyConfig.Sections"/> when that list was last built: lets the rules keep
        /// per-section facts in arrays. Check that the list's entry there is this section before trusting it.
        /// </summary>
        internal int SectionIndex { get; set; } = -1;

        /// <summary>The configuration holding the section.</summary>
        public HAProxyConfig Config { get; }

        /// <summary>The header line.</summary>
        public HAProxyLine Header { get; }

        /// <summary>The kind of section.</summary>
        public HAProxySectionKind Kind { get; }

        /// <summary>The section keyword (<c>backend</c>, …).</summary>
        public string Keyword => HAProxyDirective.InternedKeyword(Header);

        /// <summary>The section's name, or null for sections without one (<c>global</c>, anonymous <c>defaults</c>).</summary>
        public virtual string? Name
        {
            get
            {
                // Cached per document version: the rules ask every proxy for its name many times.
                int version = Config.Document.Version;
                if (_name.TryGet(version, out var cached)) return cached;
                string? name = Header.TokenCount > 1 ? Header.GetValue(1) : null;
                return _name.Set(version, name);
            }
        }

        /// <summary>The lines after the header up to the next section, blank and comment lines included.</summary>
        public IReadOnlyList<HAProxyLine> BodyLines
        {
            get
            {
                int start = Header.Index + 1;
                int end = Config.SectionEnd(this);
                var lines = new HAProxyLine[end - start];
                for (int i = start; i < end; i++) lines[i - start] = Config.LineAt(i);
                return lines;
            }
        }

        /// <summary>Every keyword line of the section, in order, typed where the library knows the keyword.</summary>
        public IEnumerable<HAProxyDirective> Directives => DirectiveList;

        /// <summary>
        /// The typed directives, built once per version of the document: every typed property reads this list, so
        /// reading a section many times (as the rules do) does not rebuild its views each time.
        /// </summary>
        /// <remarks>
        /// An array rather than an interface or a list: the rules' <c>foreach</c> then neither boxes an enumerator nor
        /// calls one (NativeAOT does not inline the shared generic enumerator of a list of classes).
        /// </remarks>
        internal HAProxyDirective[] DirectiveList
        {
            get
            {
                // Built before rules run in parallel (HAProxyConfig.PrepareForConcurrentReads): two threads building it
                // would make two views of each directive.
                int version = Config.Document.Version;
                if (_directives.TryGet(version, out var cached)) return cached;
                var document = Config.Document;
                int start = Header.Index + 1;
                int end = Config.SectionEnd(this);
                int count = 0;
                for (int i = start; i < end; i++)
                {
                    if (document.GetLine(i).Kind == (byte)HAProxyLineKind.Directive) count++;
                }

                var directives = count == 0 ? Array.Empty<HAProxyDirective>() : new HAProxyDirective[count];
                for (int i = start, n = 0; n < count; i++)
                {
                    if (document.GetLine(i).Kind == (byte)HAProxyLineKind.Directive) directives[n++] = CreateDirective(Config.LineAt(i));
                }

                return _directives.Set(version, directives);
            }
        }

        /// <summary>The directives whose keyword is <paramref name="keyword"/>.</summary>
        public IEnumerable<HAProxyDirective> FindAll(string keyword) => Directives.Where(d => d.Line.ValueEquals(0, keyword));

        /// <summary>The first directive whose keyword is <paramref name="keyword"/>, or null.</summary>
        public HAProxyDirective? Find(string keyword)
        {
            foreach (var directive in DirectiveList)
            {
                if (directive.Line.ValueEquals(0, keyword)) return directive;
            }

            return null;
        }

        /// <summary>The last directive whose keyword is <paramref name="keyword"/> (the one HAProxy keeps for single-valued settings), or null.</summary>
        public HAProxyDirective? FindLast(string keyword)
        {
            var directives = DirectiveList;
            for (int i = directives.Length - 1; i >= 0; i--)
            {
                if (directives[i].Line.ValueEquals(0, keyword)) return directives[i];
            }

            return null;
        }

        /// <summary>The directives whose keyword is <paramref name="keyword"/>, as a list (the rules' loop-friendly form of <see cref="FindAll"/>).</summary>
        internal List<HAProxyDirective> FindAllList(string keyword)
        {
            var result = new List<HAProxyDirective>();
            foreach (var directive in DirectiveList)
            {
                if (directive.Line.ValueEquals(0, keyword)) result.Add(directive);
            }

            return result;
        }

        /// <summary>
        /// Adds a directive after the last keyword line of the section, copying the indentation of its siblings
        /// (4 spaces in an empty section). Values are quoted as needed.
        /// </summary>
        public HAProxyDirective Add(string keyword, params string[] arguments)
        {
            var last = BodyLines.LastOrDefault(l => l.Kind is HAProxyLineKind.Directive or HAProxyLineKind.Conditional or HAProxyLineKind.Message);
            return InsertAfterLine(last ?? Header, keyword, arguments, last?.Indentation ?? DefaultIndentation);
        }

        /// <summary>Adds a directive right after <paramref name="sibling"/>, with its indentation.</summary>
        public HAProxyDirective AddAfter(HAProxyDirective sibling, string keyword, params string[] arguments)
        {
            if (sibling is null) throw new ArgumentNullException(nameof(sibling));
            return InsertAfterLine(sibling.Line, keyword, arguments, sibling.Line.Indentation);
        }

        /// <summary>Adds a directive after the last one with the same keyword (or at the end), copying its indentation.</summary>
        public HAProxyDirective AddGrouped(string keyword, params string[] arguments)
        {
            var sibling = FindLast(keyword);
            return sibling is null ? Add(keyword, arguments) : AddAfter(sibling, keyword, arguments);
        }

        /// <summary>Removes the section: its header and every line up to the next section.</summary>
        public void Remove()
        {
            int start = Header.Index;
            int end = Config.SectionEnd(this);
            for (int i = end - 1; i >= start; i--) Config.Document.RemoveLine(i);
        }

        private HAProxyDirective InsertAfterLine(HAProxyLine anchor, string keyword, string[] arguments, string indentation)
        {
            if (keyword is null) throw new ArgumentNullException(nameof(keyword));
            var lexer = Config.Document.Lexer;
            var words = new List<string> { lexer.Quote(keyword) };
            foreach (var argument in arguments ?? Array.Empty<string>()) words.Add(lexer.Quote(argument));
            int id = Config.Document.InsertLine(anchor.Index + 1, indentation + string.Join(" ", words));
            var line = Config.LineAt(Config.Document.IndexOfId(id));
            return CreateDirective(line);
        }

        /// <summary>Creates the typed view of a directive line of this section.</summary>
        private protected virtual HAProxyDirective CreateDirective(HAProxyLine line) => DirectiveFactory.Create(this, line);

        internal static HAProxySection Create(HAProxyConfig config, HAProxyLine header)
        {
            string keyword = header.GetValue(0);
            return keyword switch
            {
                "global" => new GlobalSection(config, header),
                "defaults" => new DefaultsSection(config, header),
                "frontend" => new FrontendSection(config, header),
                "backend" => new BackendSection(config, header),
                "listen" => new ListenSection(config, header),
                _ => new HAProxySection(config, header, KindOf(keyword)),
            };
        }

        private static HAProxySectionKind KindOf(string keyword) => keyword switch
        {
            "userlist" => HAProxySectionKind.Userlist,
            "peers" => HAProxySectionKind.Peers,
            "resolvers" => HAProxySectionKind.Resolvers,
            "mailers" => HAProxySectionKind.Mailers,
            "program" => HAProxySectionKind.Program,
            "http-errors" => HAProxySectionKind.HttpErrors,
            "ring" => HAProxySectionKind.Ring,
            "cache" => HAProxySectionKind.Cache,
            "fcgi-app" => HAProxySectionKind.FcgiApp,
            "log-forward" => HAProxySectionKind.LogForward,
            "namespace_list" => HAProxySectionKind.NamespaceList,
            "crt-store" => HAProxySectionKind.CrtStore,
            "log-profile" => HAProxySectionKind.LogProfile,
            "traces" => HAProxySectionKind.Traces,
            "acme" => HAProxySectionKind.Acme,
            "healthcheck" => HAProxySectionKind.Healthcheck,
            _ => HAProxySectionKind.Other,
        };

        /// <inheritdoc />
        public override string ToString() => Name is null ? Keyword : Keyword + " " + Name;
    }
}
