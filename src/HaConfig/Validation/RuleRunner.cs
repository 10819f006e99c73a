using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    /// <summary>
    /// Runs a set of rules against a target; a rule that fails is a bug, reported as HA9998, never thrown. On a large
    /// file the rules run on several threads, each with its own list of findings; the lists are appended in rule order,
    /// so the result is the one a single thread gives.
    /// </summary>
    internal static class RuleRunner
    {
        /// <param name="rules">The rules, in catalogue order.</param>
        /// <param name="target">What they check.</param>
        /// <param name="context">Where findings go.</param>
        /// <param name="fallbackLocation">Where a failing rule is reported.</param>
        /// <param name="threads">How many threads may run rules (see <see cref="ValidationOptions.ThreadsFor"/>).</param>
        /// <param name="prepareForConcurrentReads">
        /// Called before rules run on several threads: builds every lazily made part of the model the rules read, so that
        /// the threads only read it (a model is not safe for concurrent lazy construction: see the callers).
        /// </param>
        public static void Run<TTarget>(
            IReadOnlyList<ValidationRule<TTarget>> rules,
            TTarget target,
            ValidationContext context,
            Func<TTarget, Text.SourceLocation> fallbackLocation,
            int threads = 1,
            Action<ValidationContext>? prepareForConcurrentReads = null)
        {
            var enabled = new List<ValidationRule<TTarget>>(rules.Count);
            foreach (var rule in rules)
            {
                if (IsEnabled(rule, context)) enabled.Add(rule);
            }

            threads = Math.Min(threads, enabled.Count);
            if (threads <= 1)
            {
                foreach (var rule in enabled) RunOne(rule, target, context, fallbackLocation);
                return;
            }

            if (prepareForConcurrentReads is null) throw new ArgumentNullException(nameof(prepareForConcurrentReads), "Rules run in parallel only on a model prepared for it.");
            prepareForConcurrentReads(context);
            var workers = new ValidationContext[enabled.Count];
            var order = ExecutionOrder(enabled);
            int next = -1;

            // Each thread takes the next rule not yet taken: the rules differ in cost by 100×, so fixed shares would idle a thread.
            void Work()
            {
                int taken;
                while ((taken = Interlocked.Increment(ref next)) < order.Length)
                {
                    int i = order[taken];
                    var worker = context.CreateWorker();
                    RunOne(enabled[i], target, worker, fallbackLocation);
                    workers[i] = worker;
                }
            }

            var helpers = new Task[threads - 1];
            for (int t = 0; t < helpers.Length; t++) helpers[t] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
            Work();
            Task.WaitAll(helpers);
            foreach (var worker in workers) context.AddReported(worker);
        }

        /// <summary>
        /// The order in which threads take the rules: costliest first (ties in catalogue order), so that the last rules to
        /// start are short and the threads end together.
        /// </summary>
        internal static int[] ExecutionOrder<TTarget>(IReadOnlyList<ValidationRule<TTarget>> rules)
        {
            var order = new int[rules.Count];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) => rules[a].RelativeCost != rules[b].RelativeCost ? rules[b].RelativeCost.CompareTo(rules[a].RelativeCost) : a.CompareTo(b));
            return order;
        }

        private static bool IsEnabled<TTarget>(ValidationRule<TTarget> rule, ValidationContext context)
        {
            foreach (var descriptor in rule.Descriptors)
            {
                if (context.IsEnabled(descriptor)) return true;
            }

            return false;
        }

        private static void RunOne<TTarget>(ValidationRule<TTarget> rule, TTarget target, ValidationContext context, Func<TTarget, Text.SourceLocation> fallbackLocation)
        {
            try
            {
                rule.Analyze(target, context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                context.Report(RuleCatalogue.RuleFailure, fallbackLocation(target), rule.GetType().Name, e.GetType().Name + ": " + e.Message);
            }
        }
    }
}
