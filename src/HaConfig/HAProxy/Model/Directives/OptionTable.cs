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
    /// One parameter of a line: its keyword's word index and the value words after it, as a scan finds it and
    /// <see cref="ScannedParameters"/> hands it out (a line keeps them packed, or in an array of these when too long).
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
    /// The parameters of one line, in order. Each parameter's values run up to the next parameter (the last one's to the
    /// end of the line), so the keywords' word indexes and the line's word count say everything: up to 15 indexes and
    /// the count, each from 1 to 255, are packed one byte each into two numbers, which covers every server and bind line
    /// met so far; longer lines keep an array.
    /// </summary>
    /// <remarks>
    /// The bytes hold the indexes last parameter first, so that the rules' questions ("the last <c>weight</c>"), which
    /// walk back from the end, read them lowest byte first; a zero byte ends them. The top byte of the second number is
    /// the line's word count.
    /// </remarks>
    internal readonly struct ScannedParameters
    {
        private const int PerNumber = 8;
        private const int MaxPacked = (2 * PerNumber) - 1;
        private const int WordCountShift = 56;
        private const ulong IndexesMask = (1UL << WordCountShift) - 1;

        private readonly ulong _last;
        private readonly ulong _earlier;
        private readonly ScannedParameter[]? _spilled;

        private ScannedParameters(ulong last, ulong earlier, ScannedParameter[]? spilled)
        {
            _last = last;
            _earlier = earlier;
            _spilled = spilled;
        }

        /// <summary>
        /// Packs <paramref name="parameters"/>, found as <see cref="OptionTable.ScanParameters"/> finds them: consecutive,
        /// the last one's values ending the line.
        /// </summary>
        public static ScannedParameters From(ReadOnlySpan<ScannedParameter> parameters)
        {
            int n = parameters.Length;
            if (n == 0) return default;
            int wordCount = parameters[n - 1].Index + parameters[n - 1].Count + 1;
            if (n > MaxPacked || parameters[0].Index < 1 || wordCount > byte.MaxValue)
            {
                return new ScannedParameters(0, 0, parameters.ToArray());
            }

            ulong last = 0, earlier = (ulong)(uint)wordCount << WordCountShift;
            for (int k = 0; k < n; k++)
            {
                int fromEnd = n - 1 - k;
                ulong index = (uint)parameters[k].Index;
                if (fromEnd < PerNumber) last |= index << (8 * fromEnd);
                else earlier |= index << (8 * (fromEnd - PerNumber));
            }

            return new ScannedParameters(last, earlier, null);
        }

        /// <summary>How many parameters the line has.</summary>
        public int Count
        {
            get
            {
                if (_spilled is not null) return _spilled.Length;
                int count = 0;
                for (ulong rest = _last; rest != 0; rest >>= 8) count++;
                for (ulong rest = _earlier & IndexesMask; rest != 0; rest >>= 8) count++;
                return count;
            }
        }

        /// <summary>
        /// The word index of the last parameter whose keyword reads as <paramref name="name"/> (the last occurrence wins,
        /// as in HAProxy), or -1; <paramref name="valueCount"/> is its number of value words.
        /// </summary>
        public int FindLast(in LineWords words, string name, out int valueCount)
        {
            if (_spilled is { } spilled)
            {
                for (int i = spilled.Length - 1; i >= 0; i--)
                {
                    if (words.ValueEquals(spilled[i].Index, name))
                    {
                        valueCount = spilled[i].Count;
                        return spilled[i].Index;
                    }
                }

                valueCount = 0;
                return -1;
            }

            // The indexes, last parameter first: the low number's bytes, then the high one's below its word count.
            ulong indexes = _last, earlier = _earlier & IndexesMask;
            int next = (int)(_earlier >> WordCountShift);
            while (true)
            {
                if (indexes == 0)
                {
                    if (earlier == 0) break;
                    indexes = earlier;
                    earlier = 0;
                }

                int index = (int)(indexes & 0xFF);
                if (words.ValueEquals(index, name))
                {
                    valueCount = next - index - 1;
                    return index;
                }

                next = index;
                indexes >>= 8;
            }

            valueCount = 0;
            return -1;
        }

        /// <summary>Enumerates the parameters in order, without allocating.</summary>
        public Enumerator GetEnumerator() => new(this);

        /// <summary>Reads the packed indexes (or the spilled array) from the first parameter to the last.</summary>
        public struct Enumerator
        {
            private readonly ScannedParameters _parameters;
            private readonly int _count;
            private int _position;

            internal Enumerator(ScannedParameters parameters)
            {
                _parameters = parameters;
                _count = parameters.Count;
                _position = -1;
                Current = default;
            }

            /// <summary>The parameter at the enumerator's position.</summary>
            public ScannedParameter Current { get; private set; }

            /// <summary>Moves to the next parameter; false after the last.</summary>
            public bool MoveNext()
            {
                if (++_position >= _count) return false;
                if (_parameters._spilled is { } spilled)
                {
                    Current = spilled[_position];
                    return true;
                }

                int fromEnd = _count - 1 - _position;
                int index = IndexFromEnd(fromEnd);
                int next = fromEnd == 0 ? (int)(_parameters._earlier >> WordCountShift) : IndexFromEnd(fromEnd - 1);
                Current = new ScannedParameter(index, next - index - 1);
                return true;
            }

            private int IndexFromEnd(int fromEnd) => fromEnd < PerNumber
                ? (int)((_parameters._last >> (8 * fromEnd)) & 0xFF)
                : (int)((_parameters._earlier >> (8 * (fromEnd - PerNumber))) & 0xFF);
        }
    }
}
