using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;

namespace HaConfig.Testing.Assertions
{
    /// <summary>The diagnostics assertions shared by every kind of subject (HAProxy, keepalived, a file, a pair).</summary>
    internal static class DiagnosticChecks
    {
        public static void BeValid(string subject, IReadOnlyList<Diagnostic> diagnostics, string because, object[] becauseArgs, string expectation = "to be valid")
        {
            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count == 0) return;
            Failure.Report(because, becauseArgs, $"Expected {subject} {expectation}", $", but found {Failure.Count(errors.Count, "error")}:{Failure.List(errors)}");
        }

        public static void HaveNoWarnings(string subject, IReadOnlyList<Diagnostic> diagnostics, string because, object[] becauseArgs)
        {
            var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
            if (warnings.Count == 0) return;
            Failure.Report(because, becauseArgs, $"Expected {subject} to have no warnings", $", but found {Failure.Count(warnings.Count, "warning")}:{Failure.List(warnings)}");
        }

        public static string Name(string? path) => path ?? "<text>";

        public static T NotNull<T>(T? value, string name)
            where T : class => value ?? throw new ArgumentNullException(name);
    }
}
