using System;
using System.Collections.Generic;
using System.IO;

namespace HaConfig.HAProxy.Catalogue
{
    /// <summary>Which table a keyword belongs to.</summary>
    internal enum KeywordKind
    {
        Global,
        Proxy,
        Option,
        Server,
        Bind,
        Section,
    }

    /// <summary>The proxy kinds a keyword may appear in (columns of the keyword matrix).</summary>
    [Flags]
    internal enum ProxyPlaces
    {
        None = 0,
        Defaults = 1,
        Frontend = 2,
        Listen = 4,
        Backend = 8,
        All = Defaults | Frontend | Listen | Backend,
    }

    /// <summary>One row of <c>haproxy-keywords.tsv</c>.</summary>
    internal sealed class KeywordInfo
    {
        public KeywordInfo(KeywordKind kind, string keyword, ProxyPlaces places, bool misplacedIsError, int arguments, Version? since, Version? deprecated, Version? removed, string? note)
        {
            Kind = kind;
            Keyword = keyword;
            Places = places;
            MisplacedIsError = misplacedIsError;
            Arguments = arguments;
            Since = since;
            Deprecated = deprecated;
            Removed = removed;
            Note = note;
        }

        public KeywordKind Kind { get; }

        public string Keyword { get; }

        public ProxyPlaces Places { get; }

        public bool MisplacedIsError { get; }

        /// <summary>Value words after a server/bind parameter; -1 when variable.</summary>
        public int Arguments { get; }

        public Version? Since { get; }

        public Version? Deprecated { get; }

        public Version? Removed { get; }

        public string? Note { get; }

        /// <summary>Whether <paramref name="version"/> accepts the keyword (added and not removed).</summary>
        public bool ExistsIn(Version version) => (Since is null || version >= Since) && (Removed is null || version < Removed);

        private Version? _plainIn;

        /// <summary>
        /// Whether <paramref name="version"/> has the keyword, neither deprecated nor removed: the common answer,
        /// remembered for the last version asked (validations reuse one Version object), since every keyword and
        /// parameter of a file is checked. A race only recomputes.
        /// </summary>
        public bool IsPlainIn(Version version)
        {
            if (ReferenceEquals(_plainIn, version)) return true;
            bool plain = ExistsIn(version) && (Deprecated is null || version < Deprecated);
            if (plain) _plainIn = version;
            return plain;
        }
    }

    /// <summary>
    /// The HAProxy keyword catalogue, read once from the embedded <c>haproxy-keywords.tsv</c>: for each keyword, where
    /// it may appear and the versions that added, deprecated or removed it. Rules consult it instead of hard-coding lists.
    /// </summary>
    internal sealed class HAProxyKeywordCatalogue
    {
        private const string ResourceName = "HaConfig.HAProxy.Catalogue.haproxy-keywords.tsv";
        private static readonly Lazy<HAProxyKeywordCatalogue> Shared = new(Load);

        private readonly Dictionary<KeywordKind, Dictionary<string, KeywordInfo>> _byKind = new();
        private readonly HaConfig.Syntax.SpanKeyTable<KeywordInfo>?[] _bySpan = new HaConfig.Syntax.SpanKeyTable<KeywordInfo>?[(int)KeywordKind.Section + 1]; // indexed by kind: Section is the last
        private HaConfig.Syntax.SpanKeyTable<bool> _firstWords = null!;
        private readonly HaConfig.Syntax.SpanKeyTable<(KeywordInfo? Info, bool StartsLonger)>?[] _firstWordsByKind = new HaConfig.Syntax.SpanKeyTable<(KeywordInfo? Info, bool StartsLonger)>?[(int)KeywordKind.Section + 1];

        private HAProxyKeywordCatalogue()
        {
        }

        public static HAProxyKeywordCatalogue Instance => Shared.Value;

        public KeywordInfo? Find(KeywordKind kind, string keyword) =>
            _byKind.TryGetValue(kind, out var table) && table.TryGetValue(keyword, out var info) ? info : null;

        /// <summary>The same lookup on a span (a word of a line), without allocating.</summary>
        public KeywordInfo? Find(KeywordKind kind, ReadOnlySpan<char> keyword) =>
            _bySpan[(int)kind] is { } table && table.TryGetValue(keyword, out var info) ? info : null;

        /// <summary>
        /// <see cref="Find(KeywordKind, ReadOnlySpan{char})"/>, and whether some keyword of <paramref name="kind"/> starts
        /// with <paramref name="words"/> followed by a blank (<c>tcp-request</c> for <c>tcp-request content</c>): only
        /// then can a lookup of more words find anything. One search for both: most lines' first words start none, and
        /// the lookup of the first two words was one more search per line.
        /// </summary>
        public KeywordInfo? Find(KeywordKind kind, ReadOnlySpan<char> words, out bool startsLonger)
        {
            if (_firstWordsByKind[(int)kind] is { } table && table.TryGetValue(words, out var found))
            {
                startsLonger = found.StartsLonger;
                return found.Info;
            }

            startsLonger = false;
            return null;
        }

        /// <summary>
        /// The catalogue's own string for a line's first word when it is a known keyword (of any kind), or null: the
        /// model hands out keywords through this, so reading the keyword of every line allocates nothing.
        /// </summary>
        public string? InternFirstWord(ReadOnlySpan<char> word) => _firstWords.TryGetValue(word, out _, out var stored) ? stored : null;

        public IEnumerable<KeywordInfo> All(KeywordKind kind) =>
            _byKind.TryGetValue(kind, out var table) ? table.Values : Array.Empty<KeywordInfo>();

        /// <summary>
        /// The known keyword closest to <paramref name="word"/> that <paramref name="version"/> accepts, as HAProxy's
        /// "did you mean ... maybe ?" hint; null when nothing is close enough.
        /// </summary>
        public string? Suggest(KeywordKind kind, string word, Version version)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            int limit = Math.Max(1, Math.Min(3, word.Length / 3));
            foreach (var info in All(kind))
            {
                if (!info.ExistsIn(version) || info.Keyword.IndexOf(' ') >= 0) continue;
                if (Math.Abs(info.Keyword.Length - word.Length) > limit) continue;
                int distance = HaConfig.Validation.EditDistance.Compute(word, info.Keyword, limit);
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(info.Keyword, best) < 0))
                {
                    bestDistance = distance;
                    best = info.Keyword;
                }
            }

            return bestDistance <= limit ? best : null;
        }


        private static HAProxyKeywordCatalogue Load()
        {
            var catalogue = new HAProxyKeywordCatalogue();
            using var stream = typeof(HAProxyKeywordCatalogue).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("embedded resource " + ResourceName + " is missing");
            using var reader = new StreamReader(stream);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var c = line.Split('\t');
                if (c.Length < 9) throw new InvalidDataException("malformed keyword row: " + line);
                var kind = c[0] switch
                {
                    "global" => KeywordKind.Global,
                    "proxy" => KeywordKind.Proxy,
                    "option" => KeywordKind.Option,
                    "server" => KeywordKind.Server,
                    "bind" => KeywordKind.Bind,
                    "section" => KeywordKind.Section,
                    _ => throw new InvalidDataException("unknown keyword kind: " + c[0]),
                };
                var info = new KeywordInfo(kind, c[1], ParsePlaces(c[2]), c[3] == "error", c[4] == "v" ? -1 : c[4] == "-" ? 0 : int.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture),
                    ParseVersion(c[5]), ParseVersion(c[6]), ParseVersion(c[7]), c[8] == "-" ? null : c[8]);
                if (!catalogue._byKind.TryGetValue(kind, out var table))
                {
                    table = new Dictionary<string, KeywordInfo>(StringComparer.Ordinal);
                    catalogue._byKind[kind] = table;
                }

                table[info.Keyword] = info;
            }

            foreach (var pair in catalogue._byKind)
            {
                catalogue._bySpan[(int)pair.Key] = new HaConfig.Syntax.SpanKeyTable<KeywordInfo>(pair.Value);
                // Every keyword, and every prefix of one that ends before one of its blanks ("a" and "a b" for "a b c").
                var byWords = new Dictionary<string, (KeywordInfo? Info, bool StartsLonger)>(StringComparer.Ordinal);
                foreach (var entry in pair.Value)
                {
                    byWords[entry.Key] = (entry.Value, byWords.TryGetValue(entry.Key, out var known) && known.StartsLonger);
                    for (int space = entry.Key.IndexOf(' '); space >= 0; space = entry.Key.IndexOf(' ', space + 1))
                    {
                        string prefix = entry.Key.Substring(0, space);
                        byWords[prefix] = (byWords.TryGetValue(prefix, out var info) ? info.Info : null, true);
                    }
                }

                catalogue._firstWordsByKind[(int)pair.Key] = new HaConfig.Syntax.SpanKeyTable<(KeywordInfo? Info, bool StartsLonger)>(byWords);
            }

            var firstWords = new Dictionary<string, bool>(StringComparer.Ordinal) { ["no"] = true, ["default"] = true };
            foreach (var table in catalogue._byKind.Values)
            {
                foreach (var keyword in table.Keys)
                {
                    int space = keyword.IndexOf(' ');
                    firstWords[space < 0 ? keyword : keyword.Substring(0, space)] = true;
                }
            }

            catalogue._firstWords = new HaConfig.Syntax.SpanKeyTable<bool>(firstWords);
            return catalogue;
        }

        private static ProxyPlaces ParsePlaces(string text)
        {
            if (text == "*") return ProxyPlaces.All;
            var places = ProxyPlaces.None;
            if (text.Length == 4)
            {
                if (text[0] == 'D') places |= ProxyPlaces.Defaults;
                if (text[1] == 'F') places |= ProxyPlaces.Frontend;
                if (text[2] == 'L') places |= ProxyPlaces.Listen;
                if (text[3] == 'B') places |= ProxyPlaces.Backend;
            }

            return places;
        }

        private static Version? ParseVersion(string text) => text == "-" ? null : Version.Parse(text);
    }
}
