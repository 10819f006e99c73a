using System;
using System.Collections.Generic;
using System.Text;

namespace HaConfig.Fuzz
{
    /// <summary>
    /// The in-process mode's mutations, applied one to eight at a time to a seed: bytes inserted, deleted, replaced or
    /// flipped; lines duplicated, dropped, swapped or re-indented; a target's words inserted; numbers replaced by edge
    /// values; chunks repeated; other seeds spliced in; the input cut short. Deterministic for a given random seed.
    /// </summary>
    public sealed class Mutator
    {
        /// <summary>Bytes that matter to the lexers and decoders: structure, quoting, line ends, NUL, invalid UTF-8.</summary>
        private static readonly byte[] Interesting = Encoding.Latin1.GetBytes(" \t\n\r\n{}[]\"'\\#!$@~(),.:;=-_*&|<>%\0\u00ff\u00c3\u00ef\u00bb\u00bf\u00e9\u0080aZ09");

        private static readonly string[] EdgeNumbers =
        {
            "0", "-1", "1", "255", "256", "65535", "65536", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
            "99999999999999999999999", "1e308", "0x10", "007", "1.5", "-0",
        };

        private readonly Random _random;
        private readonly IReadOnlyList<byte[]> _tokens;
        private readonly int _maxLength;

        public Mutator(int seed, IReadOnlyList<byte[]> tokens, int maxLength)
        {
            _random = new Random(seed);
            _tokens = tokens;
            _maxLength = maxLength;
        }

        /// <summary>A random number below <paramref name="max"/> (the runner picks seeds with it).</summary>
        public int Next(int max) => _random.Next(max);

        /// <summary>A mutated copy of <paramref name="input"/>; <paramref name="others"/> are the seeds to splice from.</summary>
        public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> others)
        {
            var data = new List<byte>(input);
            int count = 1 + _random.Next(8);
            for (int i = 0; i < count; i++) Apply(data, others);
            if (data.Count > _maxLength) data.RemoveRange(_maxLength, data.Count - _maxLength);
            return data.ToArray();
        }

        private void Apply(List<byte> data, IReadOnlyList<byte[]> others)
        {
            int at = data.Count == 0 ? 0 : _random.Next(data.Count + 1);
            switch (_random.Next(14))
            {
                case 0:
                    data.Insert(at, Interesting[_random.Next(Interesting.Length)]);
                    break;
                case 1 when data.Count > 0:
                    at = Math.Min(at, data.Count - 1);
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(16)));
                    break;
                case 2 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] = Interesting[_random.Next(Interesting.Length)];
                    break;
                case 3 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << _random.Next(8));
                    break;
                case 4:
                    DuplicateLine(data, at);
                    break;
                case 5:
                    var (start, end) = LineAt(data, at);
                    data.RemoveRange(start, end - start);
                    break;
                case 6:
                    SwapLines(data, at);
                    break;
                case 7:
                    var line = LineAt(data, at);
                    if (_random.Next(2) == 0) data.InsertRange(line.Start, Encoding.ASCII.GetBytes(_random.Next(3) switch { 0 => "    ", 1 => "\t", _ => " " }));
                    else if (line.End > line.Start && (data[line.Start] == ' ' || data[line.Start] == '\t')) data.RemoveAt(line.Start);
                    break;
                case 8:
                case 9:
                    if (_tokens.Count > 0) data.InsertRange(at, _tokens[_random.Next(_tokens.Count)]);
                    break;
                case 10:
                    ReplaceNumber(data, at);
                    break;
                case 11 when data.Count > 0:
                    at = Math.Min(at, data.Count - 1);
                    var chunk = data.GetRange(at, Math.Min(data.Count - at, 1 + _random.Next(64)));
                    int times = 1 + _random.Next(_random.Next(4) == 0 ? 2000 : 8);
                    for (int i = 0; i < times && data.Count + chunk.Count <= _maxLength; i++) data.InsertRange(at, chunk);
                    break;
                case 12 when others.Count > 0:
                    var other = others[_random.Next(others.Count)];
                    if (other.Length == 0) break;
                    int from = _random.Next(other.Length);
                    data.InsertRange(at, new ArraySegment<byte>(other, from, Math.Min(other.Length - from, 1 + _random.Next(512))));
                    break;
                case 13:
                    if (at < data.Count) data.RemoveRange(at, data.Count - at);
                    break;
            }
        }

        private (int Start, int End) LineAt(List<byte> data, int at)
        {
            at = Math.Min(at, data.Count);
            int start = at;
            while (start > 0 && data[start - 1] != '\n') start--;
            int end = at;
            while (end < data.Count && data[end] != '\n') end++;
            return (start, Math.Min(data.Count, end + 1));
        }

        private void DuplicateLine(List<byte> data, int at)
        {
            var (start, end) = LineAt(data, at);
            var line = data.GetRange(start, end - start);
            if (line.Count == 0 || line[line.Count - 1] != '\n') line.Add((byte)'\n');
            data.InsertRange(start, line);
        }

        private void SwapLines(List<byte> data, int at)
        {
            var first = LineAt(data, at);
            if (first.End >= data.Count) return;
            var second = LineAt(data, first.End);
            var a = data.GetRange(first.Start, first.End - first.Start);
            var b = data.GetRange(second.Start, second.End - second.Start);
            data.RemoveRange(first.Start, second.End - first.Start);
            data.InsertRange(first.Start, a);
            data.InsertRange(first.Start, b);
        }

        private void ReplaceNumber(List<byte> data, int at)
        {
            int start = at;
            while (start < data.Count && !(data[start] >= '0' && data[start] <= '9')) start++;
            if (start >= data.Count) return;
            int end = start;
            while (end < data.Count && data[end] >= '0' && data[end] <= '9') end++;
            data.RemoveRange(start, end - start);
            data.InsertRange(start, Encoding.ASCII.GetBytes(EdgeNumbers[_random.Next(EdgeNumbers.Length)]));
        }
    }
}
