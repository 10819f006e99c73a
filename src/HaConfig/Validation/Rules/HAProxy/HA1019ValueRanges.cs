using System;
using System.Collections.Generic;
using System.Globalization;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// Numeric values HAProxy refuses or misreads: server <c>weight</c> outside 0-256, <c>inter</c>/<c>fastinter</c>/<c>downinter</c>
    /// of 0, <c>rise</c>/<c>fall</c> of 0, unparsable or overflowing timeouts (HA1019, errors); unitless timeouts below 100
    /// (HA1046, a warning from HAProxy 3.1); and <c>maxconn 10k</c>, which a proxy reads as 10 (HA1020; refused in global from 2.7).
    /// </summary>
    public sealed class HA1019ValueRanges : ValidationRule<HAProxyConfig>
    {
        private static readonly Version SmallTimeoutWarningFrom = new(3, 1);
        private static readonly Version StrictGlobalMaxconnFrom = new(2, 7);

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.ValueOutOfRange, RuleCatalogue.SuspiciouslySmallTimeout, RuleCatalogue.IntegerWithSuffix,
        };

        /// <inheritdoc />
        internal override int RelativeCost => 10;

        /// <inheritdoc />
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            bool smallWarns = context.Options.HAProxyVersion >= SmallTimeoutWarningFrom;
            if (target.Global is { } global)
            {
                foreach (var maxconn in global.FindAll("maxconn")) CheckInteger(context, maxconn, context.Options.HAProxyVersion >= StrictGlobalMaxconnFrom);
            }

            foreach (var section in target.Sections)
            {
                if (section is not ProxySection) continue;
                foreach (var directive in section.DirectiveList)
                {
                    switch (directive)
                    {
                        case TimeoutDirective timeout when timeout.Name is { } name && timeout.ValueText is { } text:
                            CheckDuration(context, directive.Line, 2, "timeout " + name, text.AsSpan(), smallWarns);
                            break;
                        case ServerDirective server:
                            CheckServer(context, server, smallWarns);
                            break;
                        case MaxConnDirective:
                            CheckInteger(context, directive, strict: false);
                            break;
                    }
                }
            }
        }

        private static void CheckServer(ValidationContext context, ServerDirective server, bool smallWarns)
        {
            var line = server.Line;
            // One lookup of the line's record for all its words; the view is used only to report.
            var words = line.Words;
            for (int i = server.FirstParameterIndex; i + 1 < words.Count; i++)
            {
                // Only the parameters checked here become strings; the others are compared in place.
                string? keyword = words[i] switch
                {
                    "weight" => "weight",
                    "rise" => "rise",
                    "fall" => "fall",
                    "inter" => "inter",
                    "fastinter" => "fastinter",
                    "downinter" => "downinter",
                    _ => null,
                };
                if (keyword is null) continue;
                switch (keyword)
                {
                    case "weight":
                        // Read in place; the value becomes a string only when it is reported.
                        if (!TryParseDigits(words[i + 1], out int weight) || weight > 256)
                        {
                            context.Report(RuleCatalogue.ValueOutOfRange, line.GetLocation(i + 1), "weight", line.GetValue(i + 1), "a server weight is an integer from 0 to 256");
                        }

                        i++;
                        break;
                    case "rise":
                    case "fall":
                        if (!TryParseDigits(words[i + 1], out int count) || count <= 0)
                        {
                            context.Report(RuleCatalogue.ValueOutOfRange, line.GetLocation(i + 1), keyword, line.GetValue(i + 1), "'" + keyword + "' has to be > 0");
                        }

                        i++;
                        break;
                    case "inter":
                    case "fastinter":
                    case "downinter":
                        var value = words[i + 1];
                        if (HaDuration.TryParse(value, out var interval, out _) && interval.IsZero)
                        {
                            context.Report(RuleCatalogue.ValueOutOfRange, line.GetLocation(i + 1), keyword, value.ToString(), "the interval must be greater than 0");
                        }
                        else
                        {
                            CheckDuration(context, line, i + 1, keyword, value, smallWarns);
                        }

                        i++;
                        break;
                }
            }
        }

        /// <summary>
        /// <c>int.TryParse</c> with <see cref="NumberStyles.None"/> and the invariant culture, on a span (that overload is
        /// missing on netstandard2.0): ASCII digits only, false when empty or above <see cref="int.MaxValue"/>.
        /// </summary>
        internal static bool TryParseDigits(ReadOnlySpan<char> text, out int value)
        {
            value = 0;
            if (text.IsEmpty) return false;
            long result = 0;
            foreach (char c in text)
            {
                if (c < '0' || c > '9') return false;
                result = result * 10 + (c - '0');
                if (result > int.MaxValue) return false;
            }

            value = (int)result;
            return true;
        }

        /// <remarks>The value is read in place and becomes a string only in a message.</remarks>
        private static void CheckDuration(ValidationContext context, HaConfig.HAProxy.Syntax.HAProxyLine line, int index, string name, ReadOnlySpan<char> text, bool smallWarns)
        {
            if (text.IndexOf('$') >= 0) return;
            if (!HaDuration.TryParse(text, out var duration, out string? error))
            {
                context.Report(RuleCatalogue.ValueOutOfRange, line.GetLocation(index), name, text.ToString(), error ?? "not a time value (an integer with an optional unit us, ms, s, m, h or d)");
                return;
            }

            if (duration.TotalMilliseconds > HaDuration.MaxMilliseconds)
            {
                context.Report(RuleCatalogue.ValueOutOfRange, line.GetLocation(index), name, text.ToString(), "timer overflow (maximum value is 2147483647 ms or ~24.8 days)");
                return;
            }

            bool unitless = text.Length > 0 && char.IsDigit(text[text.Length - 1]);
            if (smallWarns && unitless && duration.Value is > 0 and < 100)
            {
                context.Report(RuleCatalogue.SuspiciouslySmallTimeout, line.GetLocation(index), name, text.ToString());
            }
        }

        private static void CheckInteger(ValidationContext context, HAProxyDirective directive, bool strict)
        {
            if (directive.GetArgument(0) is not { } text || text.Length == 0 || text.IndexOf('$') >= 0) return;
            int digits = 0;
            while (digits < text.Length && char.IsDigit(text[digits])) digits++;
            if (digits == text.Length) return;
            if (strict)
            {
                context.Report(RuleCatalogue.ValueOutOfRange, directive.Line.GetLocation(1), directive.Keyword, text, "an integer is expected");
            }
            else
            {
                string read = digits == 0 ? "0" : text.Substring(0, digits);
                context.Report(RuleCatalogue.IntegerWithSuffix, directive.Line.GetLocation(1), directive.Keyword, text, read);
            }
        }
    }
}
