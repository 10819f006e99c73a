using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions.Execution;
using HaConfig.Diagnostics;
using HaConfig.Text;

namespace HaConfig.Testing.Assertions
{
    /// <summary>Builds failure messages: literal text around FluentAssertions' <c>{reason}</c>, locations as <c>file(line,col)</c>.</summary>
    internal static class Failure
    {
        /// <summary>Fails the current assertion (or records it in the current scope) with <c>before{reason}after</c>.</summary>
        public static void Report(string because, object[] becauseArgs, string before, string after) =>
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .FailWith(Escape(before) + "{reason}" + Escape(after));

        /// <summary><c>file(line,col)</c>, with <c>&lt;text&gt;</c> for configurations parsed from memory.</summary>
        public static string At(SourceLocation location) => location.ToString();

        /// <summary>A diagnostic as <c>file(line,col): ID message</c>.</summary>
        public static string Format(Diagnostic diagnostic) => $"{At(diagnostic.Location)}: {diagnostic.Id} {diagnostic.Message}";

        /// <summary>One diagnostic per indented line, each on a new line.</summary>
        public static string List(IEnumerable<Diagnostic> diagnostics)
        {
            var text = new StringBuilder();
            foreach (var diagnostic in diagnostics) text.Append('\n').Append("  ").Append(Format(diagnostic));
            return text.ToString();
        }

        /// <summary><c>1 error</c>, <c>2 errors</c>.</summary>
        public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

        /// <summary>Names with their locations: <c>"a" at f(1,1), "b" at f(5,1)</c>.</summary>
        public static string Join<T>(IEnumerable<T> items, System.Func<T, string?> name, System.Func<T, SourceLocation> location) =>
            string.Join(", ", items.Select(i => $"\"{name(i)}\" at {At(location(i))}"));

        // FluentAssertions formats the message with string.Format: literal braces (keepalived blocks, ${VAR}) are doubled.
        private static string Escape(string text) => text.Replace("{", "{{").Replace("}", "}}");
    }
}
