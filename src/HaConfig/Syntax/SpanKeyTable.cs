using System;
using System.Collections.Generic;

namespace HaConfig.Syntax
{
    /// <summary>
    /// A read-only map from strings to values that is looked up with a span, so that a word of a line can be found
    /// without allocating its string (Dictionary's alternate lookup does this from .NET 9; this library targets older
    /// frameworks too). Ordinal, open addressing, built once.
    /// </summary>
    internal sealed class SpanKeyTable<TValue>
    {
        private readonly string?[] _keys;
        private readonly TValue[] _values;
        private readonly int _mask;

        public SpanKeyTable(IEnumerable<KeyValuePair<string, TValue>> pairs)
        {
            var list = new List<KeyValuePair<string, TValue>>(pairs);
            int size = 16;
            while (size < list.Count * 2) size <<= 1;
            _keys = new string?[size];
            _values = new TValue[size];
            _mask = size - 1;
            foreach (var pair in list)
            {
                int slot = SpanHash.Of(pair.Key.AsSpan()) & _mask;
                while (_keys[slot] is { } existing && !string.Equals(existing, pair.Key, StringComparison.Ordinal)) slot = (slot + 1) & _mask;
                _keys[slot] = pair.Key;
                _values[slot] = pair.Value;
            }

            Count = list.Count;
        }

        public int Count { get; }

        /// <summary>Finds <paramref name="key"/>; <paramref name="stored"/> is the table's own string for it.</summary>
        public bool TryGetValue(ReadOnlySpan<char> key, out TValue value, out string stored)
        {
            int slot = SpanHash.Of(key) & _mask;
            while (_keys[slot] is { } existing)
            {
                if (key.SequenceEqual(existing.AsSpan()))
                {
                    value = _values[slot];
                    stored = existing;
                    return true;
                }

                slot = (slot + 1) & _mask;
            }

            value = default!;
            stored = null!;
            return false;
        }

        public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => TryGetValue(key, out value, out _);

        public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _, out _);
    }

    /// <summary>An ordinal hash of a span of characters, the same on every run (unlike <see cref="string.GetHashCode()"/>).</summary>
    internal static class SpanHash
    {
        /// <summary>FNV-1a, then a final mix so that the low bits (a table's mask) depend on every character.</summary>
        public static int Of(ReadOnlySpan<char> key)
        {
            uint hash = 2166136261;
            foreach (char c in key) hash = (hash ^ c) * 16777619;
            hash ^= hash >> 15;
            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
