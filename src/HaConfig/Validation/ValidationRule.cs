using System.Collections.Generic;
using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    /// <summary>
    /// One check of the catalogue, written once against the model of <typeparamref name="TTarget"/>; it runs in
    /// <c>Validate()</c>, in the CLI and in the analyzers alike.
    /// </summary>
    /// <typeparam name="TTarget">What the rule inspects: a HAProxy config, a keepalived config, or the pair.</typeparam>
    public abstract class ValidationRule<TTarget>
    {
        /// <summary>The descriptors this rule may report.</summary>
        public abstract IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

        /// <summary>Inspects <paramref name="target"/> and reports into <paramref name="context"/>. Must not throw on any input.</summary>
        public abstract void Analyze(TTarget target, ValidationContext context);

        /// <summary>
        /// The rule's share of the work on a large file, against the cheapest of its format (1): for HAProxy the instructions
        /// it runs on the generated 360k-line file, in units of 30 million (callgrind); for keepalived its time on the
        /// generated 1M-line file, in units of 8 ms (<c>measure rules 1000000</c>, the shared view's time taken off; see
        /// benchmarks/README.md). When rules run on several
        /// threads the costliest start first, so that a long rule does not start last and run alone. Only the order of
        /// running depends on it: findings keep the catalogue's.
        /// </summary>
        internal virtual int RelativeCost => 1;
    }
}
