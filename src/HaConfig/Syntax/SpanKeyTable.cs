using System;
using System.Collections.Generic;

namespace HaConfig.Syntax
{
    /// <summary>
    /// A read-only map from strings to values that is looked up with a span, so that a word of a line can be found
    /// without allocating its string (Dictionary's alternate lookup does this from .NET 9; this library targets older
    /// frameworks too). Ordinal, open addressing, built once. Every character of a key is hashed.
    /// </summary>
    internal sealed class SpanKeyTable<TValue> : SpanKeyTable<TValue, AllCharactersHash>
    {
        public SpanKeyTable(IEnumerable<KeyValuePair<string, TValue>> pairs)
            : base(pairs)
        {
        }
    }

    /// <summary>
    /// <see cref="SpanKeyTable{TValue}"/> with the hash chosen by <typeparamref name="THash"/>: a struct, so that each
    /// table's lookups are compiled with their own hash inlined (a hash chosen at run time cost HAProxy's lint 1.4 % more
    /// instructions, measured with callgrind).
    /// </summary>
    internal class SpanKeyTable<TValue, THash>
        where THash : struct, ISpanHash
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
                int slot = Slot(pair.Key.AsSpan());
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
            int slot = Slot(key);
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

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int Slot(ReadOnlySpan<char> key) => default(THash).Of(key) & _mask;

        public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _, out _);
    }

    /// <summary>How a <see cref="SpanKeyTable{TValue, THash}"/> hashes its keys.</summary>
    internal interface ISpanHash
    {
        /// <summary>A non-negative hash of <paramref name="key"/>.</summary>
        int Of(ReadOnlySpan<char> key);
    }

    /// <summary>Every character (<see cref="SpanHash.Of"/>): short keys, or keys that differ anywhere.</summary>
    internal readonly struct AllCharactersHash : ISpanHash
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Of(ReadOnlySpan<char> key) => SpanHash.Of(key);
    }

    /// <summary>
    /// The length and four characters (<see cref="SpanHash.Sampled"/>): long keys that differ in their length, ends or
    /// middle, such as keepalived's keywords. Measured with callgrind: it costs more than hashing every character of
    /// HAProxy's short parameter keywords, and less for keepalived's.
    /// </summary>
    internal readonly struct SampledHash : ISpanHash
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Of(ReadOnlySpan<char> key) => SpanHash.Sampled(key);
    }

    /// <summary>An ordinal hash of a span of characters, the same on every run (unlike <see cref="string.GetHashCode()"/>).</summary>
    internal static class SpanHash
    {
        /// <summary>A hash of the length and the first, last, middle and one-third characters, whatever the length.</summary>
        public static int Sampled(ReadOnlySpan<char> key)
        {
            int n = key.Length;
            if (n == 0) return 0;
            uint hash = ((uint)n * 0x9E3779B1u) ^ key[0] ^ ((uint)key[n - 1] << 7) ^ ((uint)key[n / 2] << 14) ^ ((uint)key[(n - 1) / 3] << 21);
            hash ^= hash >> 15;
            hash *= 0x85EBCA6Bu;
            hash ^= hash >> 13;
            return (int)(hash & 0x7FFFFFFF);
        }

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
