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
        /// it): what a directive caches once per document version.
        /// </summary>
        public ScannedParameters ScanParameters(HAProxyLine line, int start)
        {
            int count = line.TokenCount;
            if (start >= count) return default;

            // One pass into a buffer on the stack; the result is packed into one number when it fits (nearly every line),
            // so that a server line keeps no array: these arrays were the largest allocation of a large file's model.
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

            return ScannedParameters.From(found.Slice(0, n));
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

    /// <summary>
    /// The parameters of one line, in order. Since each parameter starts right after the previous one's values, the
    /// first word index and each parameter's value count say everything: up to 13 parameters of at most 15 values each
    /// are packed into one number, which is every server and bind line met so far; longer lines keep an array.
    /// </summary>
    internal readonly struct ScannedParameters
    {
        private const int MaxPacked = 13;
        private const int CountBits = 4;
        private const int MaxPackedValues = (1 << CountBits) - 1;

        // Bits 0-7: the first parameter's word index; bits 8-11: the number of parameters; then 4 bits per value count.
        private readonly ulong _packed;
        private readonly ScannedParameter[]? _spilled;

        private ScannedParameters(ulong packed, ScannedParameter[]? spilled)
        {
            _packed = packed;
            _spilled = spilled;
        }

        /// <summary>Packs <paramref name="parameters"/>, consecutive as <see cref="OptionTable.ScanParameters"/> finds them.</summary>
        public static ScannedParameters From(ReadOnlySpan<ScannedParameter> parameters)
        {
            if (parameters.Length == 0) return default;
            bool fits = parameters.Length <= MaxPacked && parameters[0].Index <= byte.MaxValue;
            ulong packed = (uint)parameters[0].Index | ((ulong)(uint)parameters.Length << 8);
            for (int i = 0; fits && i < parameters.Length; i++)
            {
                int values = parameters[i].Count;
                if (values > MaxPackedValues) fits = false;
                else packed |= (ulong)(uint)values << (12 + (CountBits * i));
            }

            return fits ? new ScannedParameters(packed, null) : new ScannedParameters(0, parameters.ToArray());
        }

        /// <summary>How many parameters the line has.</summary>
        public int Count => _spilled?.Length ?? (int)((_packed >> 8) & 0xF);

        /// <summary>Enumerates the parameters in order, without allocating.</summary>
        public Enumerator GetEnumerator() => new(this);

        /// <summary>Walks the packed counts (or the spilled array), computing each word index from the previous one.</summary>
        public struct Enumerator
        {
            private readonly ScannedParameters _parameters;
            private int _position;
            private int _nextIndex;

            internal Enumerator(ScannedParameters parameters)
            {
                _parameters = parameters;
                _position = -1;
                _nextIndex = (int)(parameters._packed & 0xFF);
                Current = default;
            }

            /// <summary>The parameter at the enumerator's position.</summary>
            public ScannedParameter Current { get; private set; }

            /// <summary>Moves to the next parameter; false after the last.</summary>
            public bool MoveNext()
            {
                if (++_position >= _parameters.Count) return false;
                if (_parameters._spilled is { } spilled)
                {
                    Current = spilled[_position];
                    return true;
                }

                int values = (int)((_parameters._packed >> (12 + (CountBits * _position))) & MaxPackedValues);
                Current = new ScannedParameter(_nextIndex, values);
                _nextIndex += 1 + values;
                return true;
            }
        }
    }
}
