using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;

namespace HaConfig.Fuzz
{
    /// <summary>
    /// An invariant of a fuzz target broke. Thrown, like any unexpected exception, so that libFuzzer, AFL and the
    /// in-process mode all report the input as a crash.
    /// </summary>
    public sealed class FuzzFailure : Exception
    {
        public FuzzFailure(string message)
            : base(message)
        {
        }
    }

    /// <summary>The checks the targets make; each throws <see cref="FuzzFailure"/> when it does not hold.</summary>
    internal static class Invariant
    {
        public static void That(bool condition, string what)
        {
            if (!condition) throw new FuzzFailure(what);
        }

        public static void Equal(string actual, string expected, string what)
        {
            if (string.Equals(actual, expected, StringComparison.Ordinal)) return;
            int at = 0;
            while (at < actual.Length && at < expected.Length && actual[at] == expected[at]) at++;
            throw new FuzzFailure($"{what}: the texts differ at offset {at} (expected {Excerpt(expected, at)}, got {Excerpt(actual, at)}; lengths {expected.Length} and {actual.Length})");
        }

        public static void Equal(IReadOnlyList<string> actual, IReadOnlyList<string> expected, string what)
        {
            int at = 0;
            while (at < actual.Count && at < expected.Count && actual[at] == expected[at]) at++;
            if (at == actual.Count && at == expected.Count) return;
            string Item(IReadOnlyList<string> items) => at < items.Count ? Excerpt(items[at], 0) : "nothing";
            throw new FuzzFailure($"{what}: item {at} differs (expected {Item(expected)}, got {Item(actual)}; counts {expected.Count} and {actual.Count})");
        }

        public static void Bytes(byte[] actual, byte[] expected, string what)
        {
            if (actual.AsSpan().SequenceEqual(expected)) return;
            int at = 0;
            while (at < actual.Length && at < expected.Length && actual[at] == expected[at]) at++;
            throw new FuzzFailure($"{what}: the bytes differ at offset {at} (lengths {expected.Length} and {actual.Length})");
        }

        /// <summary>HA9998 means a rule threw and was caught: a bug, whatever else the diagnostics say.</summary>
        public static void NoRuleFailure(IEnumerable<Diagnostic> diagnostics, string what)
        {
            var failure = diagnostics.FirstOrDefault(d => d.Id == Validation.RuleCatalogue.RuleFailure.Id);
            if (failure is not null) throw new FuzzFailure($"{what} reported {failure.Id}: {failure.Message}");
        }

        private static string Excerpt(string text, int at)
        {
            int start = Math.Max(0, at - 20);
            int length = Math.Min(60, text.Length - start);
            string excerpt = text.Substring(start, Math.Max(0, length));
            return "\"" + excerpt.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t").Replace("\0", "\\0") + "\"";
        }
    }
}
