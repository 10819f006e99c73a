using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    /// <summary>What to validate against and how to report it.</summary>
    public sealed class ValidationOptions
    {
        /// <summary>The oldest HAProxy version the catalogue knows.</summary>
        public static readonly Version OldestHAProxy = new(2, 4);

        /// <summary>The newest HAProxy version the catalogue knows.</summary>
        public static readonly Version NewestHAProxy = new(3, 4);

        /// <summary>The oldest keepalived version the catalogue knows.</summary>
        public static readonly Version OldestKeepalived = new(2, 2);

        /// <summary>The newest keepalived version the catalogue knows.</summary>
        public static readonly Version NewestKeepalived = new(2, 4);

        /// <summary>The HAProxy version the configuration must work with (default: the newest known).</summary>
        public Version HAProxyVersion { get; set; } = NewestHAProxy;

        /// <summary>The keepalived version the configuration must work with (default: the newest known).</summary>
        public Version KeepalivedVersion { get; set; } = NewestKeepalived;

        /// <summary>keepalived's config-id for <c>@id</c> lines; null validates every branch.</summary>
        public string? ConfigId { get; set; }

        /// <summary>Severities to use instead of the rules' defaults, by rule ID.</summary>
        public IDictionary<string, DiagnosticSeverity> SeverityOverrides { get; } = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Rule IDs not to report.</summary>
        public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>When set, files the configuration references (certificates, error files, maps) are checked below this directory.</summary>
        public string? FileCheckBaseDirectory { get; set; }

        /// <summary>
        /// Whether secrets may appear in messages: passwords (<c>stats auth</c>, userlist passwords, <c>auth_pass</c>, …)
        /// and the paths of certificate and key files. Off by default: every message shows them as <c>&lt;redacted&gt;</c>
        /// (see <c>docs/security.md</c>, "What is redacted").
        /// </summary>
        public bool ShowSecrets { get; set; }

        /// <summary>
        /// How many threads <c>Validate()</c> may run rules on: 0 (the default) lets it decide (several threads for a
        /// file of <see cref="ParallelThresholdLines"/> lines or more on a machine with several processors, one
        /// otherwise), 1 runs every rule on the calling thread, N at most N threads. The diagnostics are the same,
        /// in the same order, whatever the value. The configuration must not be edited while it is validated.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">A negative value.</exception>
        public int MaxDegreeOfParallelism
        {
            get => _maxDegreeOfParallelism;
            set => _maxDegreeOfParallelism = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "0 (automatic) or a positive number of threads.");
        }

        private int _maxDegreeOfParallelism;

        /// <summary>The size from which an automatic <see cref="MaxDegreeOfParallelism"/> runs rules on several threads.</summary>
        /// <remarks>Below it the rules take a few milliseconds in all, less than handing them to other threads saves.</remarks>
        public const int ParallelThresholdLines = 20000;

        /// <summary>The number of threads to run the rules of a <paramref name="lineCount"/>-line file on.</summary>
        internal int ThreadsFor(int lineCount)
        {
            if (_maxDegreeOfParallelism > 0) return _maxDegreeOfParallelism;
            return lineCount >= ParallelThresholdLines ? Environment.ProcessorCount : 1;
        }

        /// <summary>
        /// Always expand a keepalived file before validating it, even one that expands to itself (the fast path then
        /// validates the source directly). For tests comparing the two paths.
        /// </summary>
        internal bool AlwaysExpand { get; set; }

        /// <summary>The options used when none are given.</summary>
        public static ValidationOptions Default => new();

        /// <summary>The severity to report for <paramref name="rule"/>, or null when it is disabled.</summary>
        public DiagnosticSeverity? EffectiveSeverity(DiagnosticDescriptor rule)
        {
            if (rule is null) throw new ArgumentNullException(nameof(rule));
            if (DisabledRules.Contains(rule.Id)) return null;
            return SeverityOverrides.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;
        }

        /// <summary>Applies the disabled rules and severity overrides to diagnostics made with default severities.</summary>
        public IEnumerable<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var severity = EffectiveSeverity(diagnostic.Descriptor);
                if (severity is { } s) yield return diagnostic.WithSeverity(s);
            }
        }
    }
}
