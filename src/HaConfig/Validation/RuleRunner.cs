using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    /// <summary>Runs a set of rules against a target; a rule that fails is a bug, reported as HA9998, never thrown.</summary>
    internal static class RuleRunner
    {
        public static void Run<TTarget>(IEnumerable<ValidationRule<TTarget>> rules, TTarget target, ValidationContext context, Func<TTarget, Text.SourceLocation> fallbackLocation)
        {
            foreach (var rule in rules)
            {
                if (!rule.Descriptors.Any(context.IsEnabled)) continue;
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
}
