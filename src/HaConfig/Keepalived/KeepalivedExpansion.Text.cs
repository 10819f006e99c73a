using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HaConfig.Keepalived.Syntax;
using HaConfig.Validation;

namespace HaConfig.Keepalived
{
    public sealed partial class KeepalivedExpansion
    {
        /// <summary>The line without its comment, leading blanks and trailing blanks, <c>\#</c>/<c>\!</c> unescaped outside quotes.</summary>
        private static string Decomment(KeepalivedLine line)
        {
            string text = line.Text;
            string? comment = line.Comment;
            if (comment is not null) text = text.Substring(0, text.Length - comment.Length);
            text = text.Trim(' ', '\t');
            if (text.IndexOf('\\') < 0) return text;
            var builder = new StringBuilder(text.Length);
            bool quoted = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '"') quoted = !quoted;
                if (!quoted && c == '\\' && i + 1 < text.Length && (text[i + 1] == '#' || text[i + 1] == '!')) continue;
                builder.Append(c);
            }

            return builder.ToString();
        }

        /// <summary>Replaces <c>${NAME}</c> anywhere and <c>$NAME</c> before a blank, <c>,</c>, <c>)</c> or the end; rescans replaced text (late binding).</summary>
        private string Substitute(string text)
        {
            if (text.IndexOf('$') < 0) return text;
            var builder = new StringBuilder(text);
            int budget = 10_000;

            // The next '}' at or after searchedFrom (-1: none), kept until the text changes: searching again for every
            // "${" made a line of unclosed "${" quadratic (a 120 KB line took seconds; found by fuzzing).
            int searchedFrom = int.MaxValue, nextClose = -1;
            for (int i = 0; i < builder.Length && budget > 0; i++)
            {
                if (builder[i] != '$' || i + 1 >= builder.Length) continue;
                int end;
                string name;
                if (builder[i + 1] == '{')
                {
                    if (i + 2 < searchedFrom || (nextClose >= 0 && nextClose < i + 2))
                    {
                        searchedFrom = i + 2;
                        nextClose = IndexOf(builder, '}', i + 2);
                    }

                    int close = nextClose;
                    if (close < 0) continue;

                    // The name is the first word of the trimmed text between the braces. Read only that word, and no
                    // further than the longest name defined: copying up to a far '}' for every "${" was quadratic.
                    int start = i + 2;
                    while (start < close && char.IsWhiteSpace(builder[start])) start++;
                    int stop = start;
                    bool tooLong = false;
                    for (; stop < close && builder[stop] is not (' ' or '\t'); stop++)
                    {
                        if (stop - start >= _longestName && !char.IsWhiteSpace(builder[stop])) { tooLong = true; break; }
                    }

                    if (tooLong) continue;
                    int rest = stop;
                    while (rest < close && char.IsWhiteSpace(builder[rest])) rest++;
                    name = builder.ToString(start, stop - start);
                    if (rest == close) name = name.TrimEnd(); // the word ends the text: trailing whitespace was trimmed
                    end = close + 1;
                }
                else
                {
                    end = i + 1;
                    while (end < builder.Length && (builder[end] == '_' || (builder[end] < 0x80 && char.IsLetterOrDigit(builder[end])))) end++;
                    if (end < builder.Length && builder[end] is not (' ' or '\t' or ',' or ')')) continue;
                    name = builder.ToString(i + 1, end - i - 1);
                }

                if (!_definitions.TryGetValue(name, out var value)) continue;
                builder.Remove(i, end - i).Insert(i, value);
                searchedFrom = int.MaxValue;
                budget--;
                i--;
            }

            return builder.ToString();
        }

        private static int IndexOf(StringBuilder builder, char c, int from)
        {
            for (int i = from; i < builder.Length; i++)
            {
                if (builder[i] == c) return i;
            }

            return -1;
        }

        private void ExpandSequence(string text, KeepalivedLine source, int depth)
        {
            int open = text.IndexOf('(');
            int close = BracketText.MatchingClose(text, open, '(', ')');
            if (close < 0)
            {
                Invalid(source, "~SEQ missing terminating ')'", text);
                return;
            }

            string rest = text.Substring(close + 1).TrimStart();
            var args = BracketText.SplitTopLevel(text.Substring(open + 1, close - open - 1), trim: true);
            if (text.StartsWith("~LST", StringComparison.Ordinal)) ExpandList(args, rest, source, depth, text);
            else ExpandSeq(args, rest, source, depth, text, text.StartsWith("~SEQx", StringComparison.Ordinal));
        }

        private void ExpandSeq(List<string> args, string rest, KeepalivedLine source, int depth, string text, bool hex)
        {
            var numbers = new List<long>();
            for (int i = 1; i < args.Count; i++)
            {
                if (!long.TryParse(args[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n))
                {
                    Invalid(source, "Invalid ~SEQ values", text);
                    return;
                }

                numbers.Add(n);
            }

            if (args.Count < 2 || args.Count > 4 || args[0].Length == 0)
            {
                Invalid(source, "Invalid ~SEQ definition", text);
                return;
            }

            long end = numbers[numbers.Count - 1];
            long start = numbers.Count >= 2 ? numbers[0] : (end < 0 ? -1 : 1);
            long step = numbers.Count == 3 ? numbers[1] : (end >= start ? 1 : -1);
            if (step == 0 || (hex && (start < 0 || end < 0)))
            {
                Invalid(source, hex ? "~SEQx is only valid for positive numbers" : "Invalid ~SEQ specification", text);
                return;
            }

            for (long v = start; step > 0 ? v <= end : v >= end; v += step)
            {
                if (_capped) return;
                Define(args[0], hex ? v.ToString("x", CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture));
                if (rest.Length > 0) Process(rest, source, depth + 1);
            }
        }

        private void ExpandList(List<string> args, string rest, KeepalivedLine source, int depth, string text)
        {
            if (args.Count < 2 || args[0].Length == 0)
            {
                Invalid(source, "Invalid ~LST specification", text);
                return;
            }

            var names = Unbrace(args[0]);
            for (int i = 1; i < args.Count && !_capped; i++)
            {
                var values = Unbrace(args[i]);
                if (values.Count > names.Count)
                {
                    Invalid(source, "~LST specification has too many values", text);
                    return;
                }

                for (int n = 0; n < names.Count; n++) Define(names[n], n < values.Count ? values[n] : string.Empty);
                if (rest.Length > 0) Process(rest, source, depth + 1);
            }
        }

        private static List<string> Unbrace(string arg) =>
            arg.Length >= 2 && arg[0] == '{' && arg[arg.Length - 1] == '}' ? BracketText.SplitTopLevel(arg.Substring(1, arg.Length - 2), trim: true) : new List<string> { arg };



        private void Invalid(KeepalivedLine source, string message, string text) =>
            _diagnostics.Add(KeepalivedStructure.Make(RuleCatalogue.InvalidSequence, source.Location, message, text));
    }
}
