using System;
using System.Collections.Generic;
using HaDiagnostic = HaConfig.Diagnostics.Diagnostic;

namespace HaConfig.Analyzers.Builders
{
    /// <summary>
    /// The diagnostics of folded chains by format and text, so that a chain seen before (the same code analysed again by
    /// an IDE after an edit elsewhere, or identical chains) is not validated again. Validation is a function of the text
    /// alone. Bounded: when full, it starts over. Thread-safe.
    /// </summary>
    internal sealed class ValidationCache
    {
        private readonly Dictionary<(ConfigFormat Format, string Text), IReadOnlyList<HaDiagnostic>> _entries = new();
        private readonly object _gate = new();

        public ValidationCache(int capacity)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
            Capacity = capacity;
        }

        public int Capacity { get; }

        /// <summary>The cached diagnostics of <paramref name="text"/>, or those of <paramref name="validate"/>, then cached.</summary>
        public IReadOnlyList<HaDiagnostic> GetOrAdd(ConfigFormat format, string text, Func<IReadOnlyList<HaDiagnostic>> validate)
        {
            lock (_gate)
            {
                if (_entries.TryGetValue((format, text), out var known)) return known;
            }

            var diagnostics = validate();
            lock (_gate)
            {
                if (_entries.Count >= Capacity) _entries.Clear();
                _entries[(format, text)] = diagnostics;
            }

            return diagnostics;
        }
    }
}
