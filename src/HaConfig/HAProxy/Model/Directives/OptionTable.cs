using System;
using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;
using HaConfig.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// Keyword parameters of a line (<c>server</c>, <c>bind</c>) and how many value words each takes, so that values are
    /// never mistaken for keywords. Unknown keywords are taken as flags (no value).
    /// </summary>
    internal sealed class OptionTable
    {
        private readonly Dictionary<string, int> _counts;
        private readonly SpanKeyTable<int> _bySpan;

        private OptionTable(Dictionary<string, int> counts)
        {
            _counts = counts;
            _bySpan = new SpanKeyTable<int>(counts);
        }

        /// <summary>Builds a table from <c>"keyword count"</c> groups: each string lists keywords that take the same count.</summary>
        public static OptionTable Create(params (int Count, string Keywords)[] groups)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (count, keywords) in groups)
            {
                foreach (var keyword in keywords.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) counts[keyword] = count;
            }

            return new OptionTable(counts);
        }

        /// <summary>The number of value words <paramref name="keyword"/> takes (0 when unknown).</summary>
        public int ValueCount(string keyword) => _counts.TryGetValue(keyword, out int count) ? count : 0;

        /// <summary>The number of value words <paramref name="keyword"/> takes (0 when unknown), without allocating.</summary>
        public int ValueCount(ReadOnlySpan<char> keyword) => _bySpan.TryGetValue(keyword, out int count) ? count : 0;

        /// <summary>Whether the table knows <paramref name="keyword"/>.</summary>
        public bool Contains(string keyword) => _counts.ContainsKey(keyword);

        /// <summary>Whether the table knows <paramref name="keyword"/>, without allocating.</summary>
        public bool Contains(ReadOnlySpan<char> keyword) => _bySpan.ContainsKey(keyword);

        /// <summary>Every parameter from word <paramref name="start"/> on: keyword word index and the number of words it spans after it.</summary>
        public List<(int Index, int Count)> Scan(HAProxyLine line, int start)
        {
            var result = new List<(int, int)>();
            int count = line.TokenCount;
            int i = start;
            while (i < count)
            {
                var keyword = line.GetValueSpan(i);
                int values = ValueCount(keyword);
                if (keyword.SequenceEqual("source".AsSpan()))
                {
                    // source <addr>[:<port>] [usesrc <addr>|client|clientip|hdr_ip(...)] [interface <name>]
                    int j = i + 2;
                    while (j + 1 < count && (line.ValueEquals(j, "usesrc") || line.ValueEquals(j, "interface"))) j += 2;
                    values = j - i - 1;
                }

                values = Math.Min(values, count - i - 1);
                result.Add((i, values));
                i += 1 + values;
            }

            return result;
        }

        /// <summary>
        /// <see cref="Scan"/> into an exactly sized array, with the table's own string for each known keyword (null for
        /// a word the table does not know): what a directive caches once per document version.
        /// </summary>
        public ScannedParameter[] ScanParameters(HAProxyLine line, int start)
        {
            int count = line.TokenCount;
            if (start >= count) return Array.Empty<ScannedParameter>();

            // Two passes, the first only counting: an array sized for every word and then shrunk allocated twice, and
            // these arrays (one per server line) were the largest allocation of a validation.
            int n = 0;
            for (int i = start; i < count; i += 1 + Step(line, i, count)) n++;
            var parameters = new ScannedParameter[n];
            n = 0;
            for (int i = start; i < count;)
            {
                int values = Step(line, i, count);
                parameters[n++] = new ScannedParameter(i, values);
                i += 1 + values;
            }

            return parameters;
        }

        /// <summary>The number of value words of the parameter at word <paramref name="i"/>.</summary>
        private int Step(HAProxyLine line, int i, int count)
        {
            var keyword = line.GetValueSpan(i);
            if (!_bySpan.TryGetValue(keyword, out int values)) values = 0;
            if (keyword.SequenceEqual("source".AsSpan()))
            {
                // source <addr>[:<port>] [usesrc <addr>|client|clientip|hdr_ip(...)] [interface <name>]
                int j = i + 2;
                while (j + 1 < count && (line.ValueEquals(j, "usesrc") || line.ValueEquals(j, "interface"))) j += 2;
                values = j - i - 1;
            }

            return Math.Min(values, count - i - 1);
        }

        /// <summary>The word index of the last occurrence of <paramref name="keyword"/> as a parameter, or -1.</summary>
        public int FindLast(HAProxyLine line, int start, string keyword, out int valueCount)
        {
            int found = -1;
            valueCount = 0;
            foreach (var (index, count) in Scan(line, start))
            {
                // (the directives use their cached scan instead: ParameterizedDirective.Parameters)
                if (line.ValueEquals(index, keyword))
                {
                    found = index;
                    valueCount = count;
                }
            }

            return found;
        }
    }

    /// <summary>
    /// One parameter of a line: its keyword's word index and the value words after it. Eight bytes and no reference:
    /// every server line of a file keeps an array of these while it is validated, and with the keyword's string in
    /// each entry they were the largest part of a large file's model.
    /// </summary>
    internal readonly struct ScannedParameter
    {
        public ScannedParameter(int index, int count)
        {
            Index = index;
            Count = count;
        }

        public int Index { get; }

        public int Count { get; }

        public void Deconstruct(out int index, out int count)
        {
            index = Index;
            count = Count;
        }
    }
}
