using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using HaConfig;
using Microsoft.CodeAnalysis.Text;
using HaDiagnostic = HaConfig.Diagnostics.Diagnostic;

namespace HaConfig.Analyzers
{
    /// <summary>
    /// Remembers lint results so that a file that did not change is not parsed again: first per <see cref="SourceText"/>
    /// instance (a weak table, free), then by path, format and content checksum in a small bounded table that survives
    /// across compilations in a long-lived compiler server or IDE. Thread-safe.
    /// </summary>
    internal sealed class LintCache
    {
        private readonly ConditionalWeakTable<SourceText, Entry> _byText = new();
        private readonly Dictionary<Key, Entry> _byContent = new();
        private readonly LinkedList<Key> _order = new();
        private readonly object _gate = new();

        /// <summary>Creates a cache that holds at most <paramref name="capacity"/> files by content.</summary>
        public LintCache(int capacity)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
            Capacity = capacity;
        }

        /// <summary>How many files are kept by content.</summary>
        public int Capacity { get; }

        /// <summary>How many files are currently kept by content.</summary>
        public int Count
        {
            get
            {
                lock (_gate) return _byContent.Count;
            }
        }

        /// <summary>
        /// The diagnostics for <paramref name="text"/>, computed by <paramref name="lint"/> only when neither this text
        /// instance nor a text with the same path, format and checksum was linted before. Exceptions of
        /// <paramref name="lint"/> propagate and nothing is cached.
        /// </summary>
        public IReadOnlyList<HaDiagnostic> GetOrAdd(string path, ConfigFormat format, SourceText text, Func<IReadOnlyList<HaDiagnostic>> lint)
        {
            if (_byText.TryGetValue(text, out var known) && known.Format == format && known.Path == path)
            {
                return known.Diagnostics;
            }

            var key = new Key(path, format, Convert.ToBase64String(text.GetChecksum().ToArray()));
            Entry? entry;
            lock (_gate)
            {
                if (_byContent.TryGetValue(key, out entry))
                {
                    _order.Remove(key);
                    _order.AddFirst(key);
                }
            }

            if (entry is null)
            {
                entry = new Entry(path, format, lint());
                lock (_gate)
                {
                    if (!_byContent.ContainsKey(key))
                    {
                        _byContent[key] = entry;
                        _order.AddFirst(key);
                        while (_byContent.Count > Capacity)
                        {
                            _byContent.Remove(_order.Last!.Value);
                            _order.RemoveLast();
                        }
                    }
                }
            }

            // GetValue keeps an entry another thread stored first; both hold the same result for this text.
            return _byText.GetValue(text, _ => entry).Diagnostics;
        }

        private readonly struct Key : IEquatable<Key>
        {
            public Key(string path, ConfigFormat format, string checksum)
            {
                Path = path;
                Format = format;
                Checksum = checksum;
            }

            public string Path { get; }

            public ConfigFormat Format { get; }

            public string Checksum { get; }

            public bool Equals(Key other) =>
                string.Equals(Path, other.Path, StringComparison.Ordinal) && Format == other.Format &&
                string.Equals(Checksum, other.Checksum, StringComparison.Ordinal);

            public override bool Equals(object? obj) => obj is Key other && Equals(other);

            public override int GetHashCode() =>
                (StringComparer.Ordinal.GetHashCode(Path) * 31 + (int)Format) * 31 + StringComparer.Ordinal.GetHashCode(Checksum);
        }

        private sealed class Entry
        {
            public Entry(string path, ConfigFormat format, IReadOnlyList<HaDiagnostic> diagnostics)
            {
                Path = path;
                Format = format;
                Diagnostics = diagnostics;
            }

            public string Path { get; }

            public ConfigFormat Format { get; }

            public IReadOnlyList<HaDiagnostic> Diagnostics { get; }
        }
    }
}
