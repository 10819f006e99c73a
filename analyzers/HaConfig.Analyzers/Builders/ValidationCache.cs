using System;
using System.Collections.Generic;
using System.Threading;
using HaDiagnostic = HaConfig.Diagnostics.Diagnostic;

namespace HaConfig.Analyzers.Builders
{
    /// <summary>
    /// The diagnostics of folded chains by format and text, so that a chain seen before (identical chains, or the same
    /// code analysed again by a compiler server or an IDE) is validated once. Validation is a function of the text alone.
    /// Thread-safe: concurrent requests for one text wait for one validation. Bounded: when full, it starts over.
    /// </summary>
    internal sealed class ValidationCache
    {
        private readonly Dictionary<(ConfigFormat Format, string Text), Lazy<IReadOnlyList<HaDiagnostic>>> _entries = new();
        private readonly object _gate = new();

        public ValidationCache(int capacity)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
            Capacity = capacity;
        }

        public int Capacity { get; }

        /// <summary>
        /// The diagnostics of <paramref name="text"/>: cached, or computed by <paramref name="validate"/> and cached. An
        /// exception of <paramref name="validate"/> propagates and nothing is cached.
        /// </summary>
        public IReadOnlyList<HaDiagnostic> GetOrAdd(ConfigFormat format, string text, Func<IReadOnlyList<HaDiagnostic>> validate)
        {
            var key = (format, text);
            Lazy<IReadOnlyList<HaDiagnostic>>? entry;
            lock (_gate)
            {
                if (!_entries.TryGetValue(key, out entry))
                {
                    if (_entries.Count >= Capacity) _entries.Clear();
                    entry = new Lazy<IReadOnlyList<HaDiagnostic>>(validate, LazyThreadSafetyMode.ExecutionAndPublication);
                    _entries[key] = entry;
                }
            }

            try
            {
                return entry.Value;
            }
            catch
            {
                lock (_gate)
                {
                    if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry)) _entries.Remove(key);
                }

                throw;
            }
        }
    }
}
