using System;
using System.Collections.Generic;
using System.IO;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// The keepalived keywords as data: for each block kind, the keywords keepalived accepts there and the first version
    /// that has them. Read from the embedded <c>KeepalivedKeywords.txt</c>, which records where the facts come from.
    /// </summary>
    public static class KeepalivedKeywordCatalogue
    {
        private static readonly Lazy<Dictionary<string, Dictionary<string, Version>>> Table = new(Load);
        private static readonly Lazy<Dictionary<string, List<string>>> BlocksByKeyword = new(IndexKeywords);

        /// <summary>The checker blocks; their contents are the block kind <c>checker</c>.</summary>
        public static readonly ISet<string> CheckerKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "HTTP_GET", "SSL_GET", "TCP_CHECK", "SMTP_CHECK", "DNS_CHECK", "MISC_CHECK", "FILE_CHECK", "BFD_CHECK", "UDP_CHECK", "PING_CHECK",
        };

        /// <summary>The block kinds the catalogue describes (<c>root</c> is the top level).</summary>
        public static IEnumerable<string> BlockKinds => Table.Value.Keys;

        /// <summary>Whether the catalogue lists the keywords of <paramref name="blockKind"/>.</summary>
        public static bool Describes(string blockKind) => Table.Value.ContainsKey(blockKind);

        /// <summary>The version that added <paramref name="keyword"/> to <paramref name="blockKind"/>, or null when it is not valid there.</summary>
        public static Version? Since(string blockKind, string keyword) =>
            Table.Value.TryGetValue(blockKind, out var keywords) && keywords.TryGetValue(keyword, out var version) ? version : null;

        /// <summary>
        /// The keywords of <paramref name="blockKind"/> with the version that added each (what <see cref="Since"/> reads),
        /// or null when the catalogue does not describe it: for a walk that asks about every statement of a block. Read only.
        /// </summary>
        internal static Dictionary<string, Version>? KeywordTable(string blockKind) =>
            Table.Value.TryGetValue(blockKind, out var keywords) ? keywords : null;

        /// <summary>
        /// <see cref="KeywordTable"/> indexed by a node's keyword number (<c>NodeRecord.Keyword</c>, a number for every
        /// keyword of the catalogue): what a walk over the block tree reads instead of hashing each keyword. Read only.
        /// </summary>
        internal static Version?[]? KeywordTableById(string blockKind) =>
            TablesById.Value.TryGetValue(blockKind, out var table) ? table : null;

        private static readonly Lazy<Dictionary<string, Version?[]>> TablesById = new(() =>
        {
            var text = HaConfig.Keepalived.Syntax.KeepalivedSyntaxChecks.KeywordText;
            var tables = new Dictionary<string, Version?[]>(StringComparer.Ordinal);
            foreach (var block in Table.Value)
            {
                var byId = new Version?[text.Length];
                for (int id = 0; id < text.Length; id++) byId[id] = block.Value.TryGetValue(text[id], out var since) ? since : null;
                tables.Add(block.Key, byId);
            }

            return tables;
        });

        /// <summary>The keywords valid in <paramref name="blockKind"/>, in any version.</summary>
        public static IEnumerable<string> KeywordsOf(string blockKind) =>
            Table.Value.TryGetValue(blockKind, out var keywords) ? keywords.Keys : Array.Empty<string>();

        /// <summary>The block kinds where <paramref name="keyword"/> is valid (empty when keepalived does not know it at all).</summary>
        public static IReadOnlyList<string> BlocksOf(string keyword) =>
            BlocksByKeyword.Value.TryGetValue(keyword, out var blocks) ? blocks : Array.Empty<string>();

        /// <summary>The closest keyword of <paramref name="blockKind"/> to <paramref name="word"/> (case first, then edit distance), or null.</summary>
        public static string? Suggest(string blockKind, string word)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            int limit = Math.Max(2, word.Length / 3);
            foreach (var candidate in KeywordsOf(blockKind))
            {
                if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase)) return candidate;
                if (Math.Abs(candidate.Length - word.Length) > limit) continue;
                int distance = HaConfig.Validation.EditDistance.Compute(word, candidate, limit);
                if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }


        private static Dictionary<string, Dictionary<string, Version>> Load()
        {
            var table = new Dictionary<string, Dictionary<string, Version>>(StringComparer.Ordinal);
            using var stream = typeof(KeepalivedKeywordCatalogue).Assembly.GetManifestResourceStream("HaConfig.KeepalivedKeywords.txt")
                ?? throw new InvalidOperationException("The keepalived keyword catalogue resource is missing.");
            using var reader = new StreamReader(stream);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var parts = line.Split(' ');
                if (parts.Length != 3) continue;
                if (!table.TryGetValue(parts[0], out var keywords))
                {
                    keywords = new Dictionary<string, Version>(StringComparer.Ordinal);
                    table.Add(parts[0], keywords);
                }

                keywords[parts[1]] = Version.Parse(parts[2]);
            }

            return table;
        }

        /// <summary>Every keyword of every block (for interning keyword strings).</summary>
        internal static IEnumerable<string> AllKeywords => BlocksByKeyword.Value.Keys;

        private static Dictionary<string, List<string>> IndexKeywords()
        {
            var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var block in Table.Value)
            {
                foreach (var keyword in block.Value.Keys)
                {
                    if (!index.TryGetValue(keyword, out var blocks)) index[keyword] = blocks = new List<string>();
                    blocks.Add(block.Key);
                }
            }

            return index;
        }
    }
}
