using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// Word-level checks over every line: an empty argument followed by more words (HA1027: silently truncates the line
    /// before 3.2, fatal from 3.2), an unquoted <c>$VAR</c> outside an address, which stays literal (HA1028), and
    /// <c>.if</c>/<c>.elif</c> predicates and operators newer than the target version (HA1029).
    /// </summary>
    public sealed class HA1027ArgumentsAndConditions : ValidationRule<HAProxyConfig>
    {
        private static readonly Version EmptyArgumentFatalFrom = new(3, 2);
        private static readonly Version ConditionsFrom = new(2, 4);
        private static readonly Version OperatorsFrom = new(2, 5);

        private static readonly Dictionary<string, Version> Predicates = new(StringComparer.Ordinal)
        {
            ["defined"] = new(2, 4), ["feature"] = new(2, 4), ["streq"] = new(2, 4), ["strneq"] = new(2, 4),
            ["version_atleast"] = new(2, 4), ["version_before"] = new(2, 4),
            ["openssl_version_atleast"] = new(2, 5), ["openssl_version_before"] = new(2, 5), ["ssllib_name_startswith"] = new(2, 5),
            ["strstr"] = new(2, 8), ["enabled"] = new(2, 8),
            ["awslc_api_atleast"] = new(3, 3), ["awslc_api_before"] = new(3, 3), ["fips_mode"] = new(3, 5),
        };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.EmptyArgument, RuleCatalogue.UnquotedVariable, RuleCatalogue.ConditionTooNew,
        };

        /// <inheritdoc />
        internal override int RelativeCost => 3;

        /// <inheritdoc />
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var version = context.Options.HAProxyVersion;
            var emptySeverity = version >= EmptyArgumentFatalFrom ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            // By index rather than through config.Lines, which builds an array of every line's view on each call.
            var document = target.Document;
            for (int index = 0; index < document.LineCount; index++)
            {
                byte kind = document.GetLine(index).Kind;
                if (kind is (byte)HAProxyLineKind.Directive or (byte)HAProxyLineKind.SectionHeader)
                {
                    // Only a quoted word can be empty, and a line without quotes or escapes shows any '$' of its words
                    // in its text: one search of the text rules out almost every line, before its view or words are read.
                    var text = document.GetContent(index);
                    bool plain = !HAProxyLine.HasQuotesOrEscapes(text);
                    if (plain && (kind == (byte)HAProxyLineKind.SectionHeader || text.IndexOf('$') < 0)) continue;
                    var line = target.LineAt(index);
                    if (!plain) CheckEmpty(line, context, emptySeverity);
                    if (kind == (byte)HAProxyLineKind.Directive) CheckVariables(line, context);
                }
                else if (kind == (byte)HAProxyLineKind.Conditional)
                {
                    var line = target.LineAt(index);
                    if (line.ValueEquals(0, ".if") || line.ValueEquals(0, ".elif")) CheckCondition(line, context, version);
                }
            }
        }

        private static void CheckEmpty(HAProxyLine line, ValidationContext context, DiagnosticSeverity severity)
        {
            int empty = -1;
            var words = line.Words;
            for (int i = 1; i < words.Count; i++)
            {
                bool isEmpty = words[i].Length == 0;
                if (isEmpty && empty < 0) empty = i;
                else if (!isEmpty && empty > 0)
                {
                    var location = line.GetLocation(empty);
                    context.ReportWithSeverity(RuleCatalogue.EmptyArgument, severity, location, empty, location.Column);
                    return;
                }
            }
        }

        /// <summary>The word that holds an address, expanded by HAProxy even unquoted, or -1.</summary>
        private static int AddressIndex(HAProxyLine line) => line.GetValue(0) switch
        {
            "bind" or "log" or "source" or "dgram-bind" => 1,
            "server" or "peer" or "nameserver" or "mailer" => 2,
            "server-template" => 3,
            "stats" when line.ValueEquals(1, "socket") => 2,
            _ => -1,
        };

        private static void CheckVariables(HAProxyLine line, ValidationContext context)
        {
            int address = -1;
            bool addressKnown = false;
            for (int i = 1; i < line.TokenCount; i++)
            {
                // Most words hold no '$': look at the span and make a string only for the few that do.
                if (line.GetValueSpan(i).IndexOf('$') < 0) continue;
                string value = line.GetValue(i);
                if (!addressKnown)
                {
                    address = AddressIndex(line);
                    addressKnown = true;
                }

                if (i == address || IsAddressOption(line, i) || IsSecret(line, i, value)) continue;
                if (FindUnquotedVariable(line.GetRaw(i)) is { } variable)
                    context.Report(RuleCatalogue.UnquotedVariable, line.GetLocation(i), variable);
            }
        }

        /// <summary><c>tcp-check connect addr X</c>/<c>http-check connect addr X</c> and a server's <c>source X</c> are addresses too.</summary>
        private static bool IsAddressOption(HAProxyLine line, int index) =>
            index > 1 && ((line.ValueEquals(index - 1, "addr") && (line.ValueEquals(0, "tcp-check") || line.ValueEquals(0, "http-check"))) ||
                          (line.ValueEquals(index - 1, "source") && (line.ValueEquals(0, "server") || line.ValueEquals(0, "default-server"))));

        /// <summary>Password hashes (<c>$6$salt$hash</c>) and the value after <c>password</c> or <c>stats auth</c> are not variables.</summary>
        private static bool IsSecret(HAProxyLine line, int index, string value)
        {
            if (index > 0 && (line.ValueEquals(index - 1, "password") || line.ValueEquals(index - 1, "insecure-password"))) return true;
            if (line.ValueEquals(0, "stats") && line.ValueEquals(1, "auth")) return true;
            int dollar = value.IndexOf('$');
            return dollar >= 0 && value.IndexOf('$', dollar + 1) > dollar + 1 && value.IndexOf('{') < 0;
        }

        private static string? FindUnquotedVariable(string raw)
        {
            bool inDouble = false, inSingle = false;
            for (int i = 0; i < raw.Length; i++)
            {
                char c = raw[i];
                if (inSingle)
                {
                    if (c == '\'') inSingle = false;
                    continue;
                }

                if (c == '\\')
                {
                    i++;
                    continue;
                }

                if (c == '"') inDouble = !inDouble;
                else if (c == '\'' && !inDouble) inSingle = true;
                else if (c == '$' && !inDouble && i + 1 < raw.Length && (raw[i + 1] == '{' || raw[i + 1] == '_' || char.IsLetter(raw[i + 1])))
                {
                    int end = i + 1;
                    if (raw[end] == '{')
                    {
                        int close = raw.IndexOf('}', end);
                        end = close < 0 ? raw.Length : close + 1;
                    }
                    else
                    {
                        while (end < raw.Length && (char.IsLetterOrDigit(raw[end]) || raw[end] == '_')) end++;
                    }

                    return raw.Substring(i, end - i);
                }
            }

            return null;
        }

        private static void CheckCondition(HAProxyLine line, ValidationContext context, Version version)
        {
            string directive = line.GetValue(0);
            string target = $"{version.Major}.{version.Minor}";
            if (version < ConditionsFrom)
            {
                context.Report(RuleCatalogue.ConditionTooNew, line.GetLocation(0), directive, "the configuration", "2.4", target);
                return;
            }

            bool operatorReported = false;
            int depth = 0;
            for (int t = 1; t < line.TokenCount; t++)
            {
                string value = line.GetValue(t);
                for (int i = 0; i < value.Length; i++)
                {
                    char c = value[i];
                    if (depth > 0)
                    {
                        if (c == '(') depth++;
                        else if (c == ')') depth--;
                        continue;
                    }

                    if (char.IsLetter(c) || c == '_')
                    {
                        int start = i;
                        while (i < value.Length && (char.IsLetterOrDigit(value[i]) || value[i] == '_')) i++;
                        if (i < value.Length && value[i] == '(')
                        {
                            string name = value.Substring(start, i - start);
                            depth = 1;
                            if (Predicates.TryGetValue(name, out var since) && version < since)
                                context.Report(RuleCatalogue.ConditionTooNew, line.GetLocation(t), name + "()", directive, $"{since.Major}.{since.Minor}", target);
                        }
                        else
                        {
                            i--;
                        }

                        continue;
                    }

                    string? op = c switch
                    {
                        '!' => "!",
                        '(' => "(",
                        '&' when i + 1 < value.Length && value[i + 1] == '&' => "&&",
                        '|' when i + 1 < value.Length && value[i + 1] == '|' => "||",
                        _ => null,
                    };
                    if (op is null || operatorReported || version >= OperatorsFrom) continue;
                    operatorReported = true;
                    context.Report(RuleCatalogue.ConditionTooNew, line.GetLocation(t), op, directive, "2.5", target);
                }
            }
        }
    }
}
