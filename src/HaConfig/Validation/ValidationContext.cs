using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Text;

namespace HaConfig.Validation
{
    /// <summary>
    /// Where rules report: applies the options' overrides and collects the diagnostics. Unless
    /// <see cref="ValidationOptions.ShowSecrets"/> is set, every text a message quotes (the arguments of
    /// <see cref="Report"/>, the messages given to <see cref="AddRange"/>) has the secret values of the configurations
    /// being validated replaced by <c>&lt;redacted&gt;</c>; the <c>Validate</c> methods tell the context which
    /// configurations those are.
    /// </summary>
    public sealed class ValidationContext
    {
        private readonly List<Diagnostic> _diagnostics = new();
        private readonly Dictionary<Type, object> _shared;

        /// <summary>Creates a context.</summary>
        public ValidationContext(ValidationOptions options)
        {
            Options = options ?? throw new ArgumentNullException(nameof(options));
            _shared = new Dictionary<Type, object>();
            Secrets = new SecretValues();
        }

        /// <summary>
        /// A context for one worker thread of a parallel validation: its own list of findings (merged in rule order
        /// afterwards, so the result does not depend on the threads), the options, secrets and shared values of
        /// <paramref name="parent"/>.
        /// </summary>
        private ValidationContext(ValidationContext parent)
        {
            Options = parent.Options;
            _shared = parent._shared;
            Secrets = parent.Secrets;
        }

        /// <summary>The options in force.</summary>
        public ValidationOptions Options { get; }

        /// <summary>The secret values messages must not show (filled by the <c>Validate</c> methods and the expanded views).</summary>
        internal SecretValues Secrets { get; }

        /// <summary>What has been reported so far.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        /// <summary>Whether <paramref name="rule"/> will be reported (rules skip expensive work for disabled IDs).</summary>
        public bool IsEnabled(DiagnosticDescriptor rule) => Options.EffectiveSeverity(rule) is not null;

        /// <summary>Reports <paramref name="rule"/> at <paramref name="location"/>, its message formatted with <paramref name="args"/> when first read.</summary>
        public void Report(DiagnosticDescriptor rule, SourceLocation location, params object?[] args)
        {
            if (rule is null) throw new ArgumentNullException(nameof(rule));
            if (Options.EffectiveSeverity(rule) is not { } severity) return;
            _diagnostics.Add(new Diagnostic(rule, severity, Shown(args), location));
        }

        /// <summary>
        /// Reports <paramref name="rule"/> with <paramref name="severity"/> in place of its default severity, for rules
        /// whose severity depends on the target version; a severity override or a disabled rule still wins.
        /// </summary>
        internal void ReportWithSeverity(DiagnosticDescriptor rule, DiagnosticSeverity severity, SourceLocation location, params object?[] args)
        {
            if (Options.EffectiveSeverity(rule) is null) return;
            if (Options.SeverityOverrides.TryGetValue(rule.Id, out var overridden)) severity = overridden;
            _diagnostics.Add(new Diagnostic(rule, severity, Shown(args), location));
        }

        private object?[] Shown(object?[] args) => Options.ShowSecrets || args.Length == 0 ? args : Secrets.RedactArguments(args);

        /// <summary>A value computed once per validation and shared by the rules (e.g. an expanded view).</summary>
        /// <remarks>
        /// Thread-safe: rules running in parallel share the value, made once (under a lock, so the factory runs once
        /// and may itself ask for another shared value).
        /// </remarks>
        internal T Shared<T>(Func<T> factory)
            where T : class
        {
            lock (_shared)
            {
                if (_shared.TryGetValue(typeof(T), out var value)) return (T)value;
                var created = factory();
                _shared[typeof(T)] = created;
                return created;
            }
        }

        /// <summary>A context for a worker thread: see the private constructor.</summary>
        internal ValidationContext CreateWorker() => new(this);

        /// <summary>Appends what a worker context reported (in the order it was reported).</summary>
        internal void AddReported(ValidationContext worker) => _diagnostics.AddRange(worker._diagnostics);

        /// <summary>Adds diagnostics made elsewhere (e.g. syntax), applying the options and hiding the secrets their messages quote.</summary>
        public void AddRange(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in Options.Apply(diagnostics)) _diagnostics.Add(Options.ShowSecrets ? diagnostic : Secrets.Redact(diagnostic));
        }

        /// <summary>The diagnostics in file order (path, line, column, rule ID; findings alike in all four keep the order they were reported in).</summary>
        /// <remarks>
        /// The keys are read once into an array of structs and sorted with it: a large file's tens of thousands of findings
        /// were sorted through a comparison delegate reading each diagnostic's location again at every comparison, all on
        /// one thread after the rules. The report order as the last key makes the order one stable sort gives.
        /// </remarks>
        public IReadOnlyList<Diagnostic> ToSortedList()
        {
            var sorted = _diagnostics.ToArray();
            var keys = new FileOrderKey[sorted.Length];
            for (int i = 0; i < sorted.Length; i++) keys[i] = new FileOrderKey(sorted[i], i);
            Array.Sort(keys, sorted);
            return sorted;
        }

        private readonly struct FileOrderKey : IComparable<FileOrderKey>
        {
            private readonly string? _path;
            private readonly string _id;
            private readonly long _lineAndColumn;
            private readonly int _reported;

            public FileOrderKey(Diagnostic diagnostic, int reported)
            {
                var location = diagnostic.Location;
                _path = location.Path;
                _id = diagnostic.Id;
                _lineAndColumn = ((long)location.Line << 32) | unchecked((uint)(location.Column ^ int.MinValue)); // the column's sign bit flipped: int order as uint order
                _reported = reported;
            }

            public int CompareTo(FileOrderKey other)
            {
                int c = ReferenceEquals(_path, other._path) ? 0 : string.CompareOrdinal(_path, other._path);
                if (c != 0) return c;
                c = _lineAndColumn.CompareTo(other._lineAndColumn);
                if (c != 0) return c;
                c = ReferenceEquals(_id, other._id) ? 0 : string.CompareOrdinal(_id, other._id);
                return c != 0 ? c : _reported.CompareTo(other._reported);
            }
        }
    }
}
