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
        private readonly SpanKeyTable<int> _bySpan;

        private OptionTable(Dictionary<string, int> counts) => _bySpan = new SpanKeyTable<int>(counts);

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

        /// <summary>Whether the table knows <paramref name="keyword"/>, without allocating.</summary>
        public bool Contains(ReadOnlySpan<char> keyword) => _bySpan.ContainsKey(keyword);

        /// <summary>
        /// Every parameter from word <paramref name="start"/> on (keyword word index and the number of value words after
        /// it), in an exactly sized array: what a directive caches once per document version.
        /// </summary>
        public ScannedParameter[] ScanParameters(HAProxyLine line, int start)
        {
            int count = line.TokenCount;
            if (start >= count) return Array.Empty<ScannedParameter>();

            // One pass into a buffer on the stack, then an exactly sized copy: these arrays (one per server line) were
            // the largest allocation of a validation, and counting in a first pass looked every keyword up twice.
            var words = line.Words;
            int most = count - start;
            Span<ScannedParameter> found = most <= 32 ? stackalloc ScannedParameter[most] : new ScannedParameter[most];
            int n = 0;
            for (int i = start; i < count;)
            {
                int values = Step(words, i, count);
                found[n++] = new ScannedParameter(i, values);
                i += 1 + values;
            }

            return found.Slice(0, n).ToArray();
        }

        /// <summary>The number of value words of the parameter at word <paramref name="i"/>.</summary>
        private int Step(LineWords line, int i, int count)
        {
            var keyword = line[i];
            if (!_bySpan.TryGetValue(keyword, out int values)) values = 0;
            if (keyword.Length == 6 && keyword.SequenceEqual("source".AsSpan()))
            {
                // source <addr>[:<port>] [usesrc <addr>|client|clientip|hdr_ip(...)] [interface <name>]
                int j = i + 2;
                while (j + 1 < count && (line.ValueEquals(j, "usesrc") || line.ValueEquals(j, "interface"))) j += 2;
                values = j - i - 1;
            }

            return Math.Min(values, count - i - 1);
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
