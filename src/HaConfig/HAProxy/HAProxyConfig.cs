using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using HaConfig.Diagnostics;
using HaConfig.HAProxy.Syntax;
using HaConfig.Syntax;
using HaConfig.Validation;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// A <c>haproxy.cfg</c>: the lossless text, its lines, its syntax diagnostics and a typed view of its sections.
    /// <see cref="ToString"/> returns the exact text, with edits made through the model applied to their lines only.
    /// </summary>
    public sealed partial class HAProxyConfig
    {
        private readonly LineViews<HAProxyLine> _lineViews;
        private readonly Dictionary<int, HAProxySection> _sectionViews = new();
        private List<Diagnostic>? _diagnostics;
        private List<Diagnostic>? _redactedDiagnostics;
        private int _diagnosticsVersion = -1;
        private VersionedValue<List<HAProxySection>> _sections;

        internal HAProxyConfig(SyntaxDocument document)
        {
            Document = document;
            _lineViews = new LineViews<HAProxyLine>(document, static (d, id) => new HAProxyLine(d, id));
        }

        internal SyntaxDocument Document { get; }

        /// <summary>The file this configuration was read from, or null.</summary>
        public string? Path => Document.Path;

        /// <summary>Parses text; never throws on bad input (problems become <see cref="Diagnostics"/>).</summary>
        /// <param name="text">The whole file.</param>
        /// <param name="path">The file name diagnostics carry.</param>
        public static HAProxyConfig Parse(string text, string? path = null) => Parse(text, path, HaConfigLimits.Default);

        /// <summary>Parses text under <paramref name="limits"/>; never throws on bad input, a limit hit becomes a diagnostic.</summary>
        public static HAProxyConfig Parse(string text, string? path, HaConfigLimits limits) =>
            new(LimitChecks.Parse(text ?? throw new ArgumentNullException(nameof(text)), path, HAProxyLexer.Instance, limits ?? throw new ArgumentNullException(nameof(limits)))) { Limits = limits };

        /// <summary>Reads and parses a file. Bytes that are not UTF-8 are kept as read by the UTF-8 decoder.</summary>
        public static HAProxyConfig Load(string path) => Load(path, HaConfigLimits.Default);

        /// <summary>Reads and parses a file under <paramref name="limits"/>; a UTF-16 file is reported (HA0044), not parsed.</summary>
        public static HAProxyConfig Load(string path, HaConfigLimits limits)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            if (limits is null) throw new ArgumentNullException(nameof(limits));
            var text = ConfigText.Read(path);
            var document = text.WideEncoding is { } wide
                ? SyntaxDocument.Parse(text.Text, path, new OpaqueLexer(HAProxyLexer.Instance, RuleCatalogue.Utf16File, wide))
                : LimitChecks.Parse(text.Text, path, HAProxyLexer.Instance, limits, text.ByteLength);
            return new HAProxyConfig(document) { Limits = limits, Encoding = text.Encoding };
        }

        /// <summary>The limits this configuration was parsed under.</summary>
        public HaConfigLimits Limits { get; private init; } = HaConfigLimits.Default;

        /// <summary>The encoding the file was read with; <see cref="Save"/> writes with it so the bytes round-trip.</summary>
        public Encoding Encoding { get; private set; } = new UTF8Encoding(false);

        /// <summary>Every physical line, blank and comment lines included.</summary>
        public IReadOnlyList<HAProxyLine> Lines
        {
            get
            {
                var lines = new HAProxyLine[Document.LineCount];
                for (int i = 0; i < lines.Length; i++) lines[i] = LineAt(i);
                return lines;
            }
        }

        /// <summary>
        /// Lexical and structural problems (HA0xxx), in file order. A secret a message would quote is shown as
        /// <c>&lt;redacted&gt;</c>; <see cref="Validate"/> with <see cref="ValidationOptions.ShowSecrets"/> shows it.
        /// </summary>
        public IReadOnlyList<Diagnostic> Diagnostics
        {
            get
            {
                var diagnostics = SyntaxDiagnostics;
                if (_redactedDiagnostics is null)
                {
                    var secrets = new SecretValues();
                    secrets.Add(this);
                    _redactedDiagnostics = diagnostics.Count == 0 ? diagnostics : secrets.Redact(diagnostics);
                }

                return _redactedDiagnostics;
            }
        }

        /// <summary>The syntax diagnostics as made, secrets included: validation redacts them as its options say.</summary>
        internal List<Diagnostic> SyntaxDiagnostics
        {
            get
            {
                if (_diagnostics is null || _diagnosticsVersion != Document.Version)
                {
                    var diagnostics = new List<Diagnostic>();
                    LimitChecks.Check(Document, Limits, diagnostics);
                    if (Document.Lexer is not OpaqueLexer) diagnostics.AddRange(HAProxyStructure.CollectDiagnostics(Document));
                    _diagnostics = diagnostics.Count == 0 || Document.Lexer is OpaqueLexer ? diagnostics : diagnostics.OrderBy(d => d.Line).ToList();
                    _redactedDiagnostics = null;
                    _diagnosticsVersion = Document.Version;
                }

                return _diagnostics;
            }
        }

        /// <summary>Whether any diagnostic is an error.</summary>
        public bool HasErrors => SyntaxDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>Every section in file order.</summary>
        public IReadOnlyList<HAProxySection> Sections
        {
            get
            {
                // Built before rules run in parallel (PrepareForConcurrentReads): two threads building it would make two
                // views of a section.
                int version = Document.StructureVersion;
                if (_sections.TryGet(version, out var cached)) return cached;
                var ranges = HAProxyStructure.FindSections(Document);
                var sections = new List<HAProxySection>(ranges.Count);
                foreach (var range in ranges)
                {
                    var header = LineAt(range.HeaderIndex);
                    if (!_sectionViews.TryGetValue(header.Id, out var section) || section.Keyword != header.Keyword)
                    {
                        section = HAProxySection.Create(this, header);
                        _sectionViews[header.Id] = section;
                    }

                    section.SectionIndex = sections.Count;
                    sections.Add(section);
                }

                return _sections.Set(version, sections);
            }
        }

        /// <summary>The first <c>global</c> section, or null.</summary>
        public GlobalSection? Global => Sections.OfType<GlobalSection>().FirstOrDefault();

        /// <summary>Every <c>defaults</c> section, named or anonymous.</summary>
        public IEnumerable<DefaultsSection> Defaults => Sections.OfType<DefaultsSection>();

        /// <summary>Every <c>frontend</c>.</summary>
        public IEnumerable<FrontendSection> Frontends => Sections.OfType<FrontendSection>();

        /// <summary>Every <c>backend</c>.</summary>
        public IEnumerable<BackendSection> Backends => Sections.OfType<BackendSection>();

        /// <summary>Every <c>listen</c>.</summary>
        public IEnumerable<ListenSection> Listens => Sections.OfType<ListenSection>();

        /// <summary>Every proxy: frontends, backends and listens, in file order.</summary>
        public IEnumerable<ProxySection> Proxies => Sections.OfType<ProxySection>().Where(p => p is not DefaultsSection);

        /// <summary>Every <c>userlist</c>.</summary>
        public IEnumerable<HAProxySection> Userlists => OfKind(HAProxySectionKind.Userlist);

        /// <summary>Every <c>peers</c> section.</summary>
        public IEnumerable<HAProxySection> Peers => OfKind(HAProxySectionKind.Peers);

        /// <summary>Every <c>resolvers</c> section.</summary>
        public IEnumerable<HAProxySection> Resolvers => OfKind(HAProxySectionKind.Resolvers);

        /// <summary>Every <c>mailers</c> section.</summary>
        public IEnumerable<HAProxySection> Mailers => OfKind(HAProxySectionKind.Mailers);

        /// <summary>Every <c>program</c> section.</summary>
        public IEnumerable<HAProxySection> Programs => OfKind(HAProxySectionKind.Program);

        /// <summary>Every <c>http-errors</c> section.</summary>
        public IEnumerable<HAProxySection> HttpErrors => OfKind(HAProxySectionKind.HttpErrors);

        /// <summary>Every <c>ring</c> section.</summary>
        public IEnumerable<HAProxySection> Rings => OfKind(HAProxySectionKind.Ring);

        /// <summary>Every <c>cache</c> section.</summary>
        public IEnumerable<HAProxySection> Caches => OfKind(HAProxySectionKind.Cache);

        /// <summary>The frontend, backend or listen with this name (backend capability first), or null.</summary>
        public BackendSection? FindBackend(string name) => Backends.FirstOrDefault(b => b.Name == name);

        /// <summary>The frontend with this name, or null.</summary>
        public FrontendSection? FindFrontend(string name) => Frontends.FirstOrDefault(f => f.Name == name);

        /// <summary>The listen section with this name, or null.</summary>
        public ListenSection? FindListen(string name) => Listens.FirstOrDefault(l => l.Name == name);

        private IEnumerable<HAProxySection> OfKind(HAProxySectionKind kind) => Sections.Where(s => s.Kind == kind);

        /// <summary>The exact text: the source as read, with model edits applied to their lines.</summary>
        public override string ToString() => Document.ToString();

        /// <summary>
        /// The text in canonical formatting (section headers at column 0, four-space indentation, single spaces,
        /// a final line feed). Words keep their raw text, so the formatted file means what this one means.
        /// </summary>
        public string ToFormattedString() => HAProxyFormatter.Format(Document);

        /// <summary>Writes the exact text.</summary>
        public void WriteTo(TextWriter writer) => Document.WriteTo(writer);

        /// <summary>
        /// Writes the text to <paramref name="path"/> safely: to a temporary file in the same directory, then renamed
        /// over the target, so a failed write leaves the original intact.
        /// </summary>
        public void Save(string path) => AtomicFile.WriteAllBytes(path, ConfigText.Encode(ToString(), Encoding));

        internal HAProxyLine LineAt(int index) => _lineViews.At(index);

        /// <summary>
        /// Builds what the rules read lazily (sections, their names and directives, the parameters of every directive,
        /// the timeouts of every proxy), so that rules running on several threads only read the model. The sections'
        /// directives are built in parallel: each section owns its lines, and the array of line views is sized first so
        /// that it does not grow meanwhile.
        /// </summary>
        internal void PrepareForConcurrentReads(int threads)
        {
            _lineViews.PrepareForConcurrentReads();
            var sections = Sections;
            Parallel.For(0, sections.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                var section = sections[i];
                _ = section.Name;
                foreach (var directive in section.DirectiveList) directive.PrepareForConcurrentReads();
                if (section is ProxySection proxy) _ = proxy.TimeoutTable;
            });
        }

        internal int SectionEnd(HAProxySection section)
        {
            int header = section.Header.Index;
            for (int i = header + 1; i < Document.LineCount; i++)
            {
                if (Document.GetLine(i).Kind == (byte)HAProxyLineKind.SectionHeader) return i;
            }

            return Document.LineCount;
        }

        /// <summary>Appends a section at the end of the file: a blank separator line when needed, then its header.</summary>
        public HAProxySection AddSection(string keyword, params string[] arguments)
        {
            if (keyword is null) throw new ArgumentNullException(nameof(keyword));
            if (!HAProxyLexer.IsSectionKeyword(keyword)) throw new ArgumentException($"'{keyword}' is not a section keyword.", nameof(keyword));
            int at = Document.LineCount;
            if (at > 0 && Document.GetLine(at - 1).Kind != (byte)HAProxyLineKind.Blank)
            {
                Document.InsertLine(at++, string.Empty);
            }

            var words = new List<string> { keyword };
            words.AddRange(arguments ?? Array.Empty<string>());
            int id = Document.InsertLine(at, string.Join(" ", words.Select(Document.Lexer.Quote)));
            return Sections.First(s => s.Header.Id == id);
        }
    }
}
