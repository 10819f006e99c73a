using System;
using System.Text;
using HaConfig.Syntax;

namespace HaConfig.Keepalived.Syntax
{
    /// <summary>
    /// keepalived's documentation style: four spaces per open brace, one space between words and before a trailing
    /// comment, no trailing blanks, at most one blank line in a row, a final line feed. Braces stay on the lines they
    /// are on (a one-line block stays one line) and words keep their raw text, so nothing changes meaning.
    /// Definition lines (<c>$NAME=</c> and their continuations) and lines the lexer flagged are copied unchanged.
    /// </summary>
    internal static class KeepalivedFormatter
    {
        public const string Indentation = "    ";

        public static string Format(SyntaxDocument document)
        {
            var output = new StringBuilder(document.ToString().Length + 64);
            if (document.HasByteOrderMark) output.Append('\uFEFF');
            string newline = document.DominantNewline();
            int depth = 0;
            bool pendingBlank = false, wroteAny = false;
            for (int i = 0; i < document.LineCount; i++)
            {
                var record = document.GetLine(i);
                var kind = (KeepalivedLineKind)record.Kind;
                if (kind == KeepalivedLineKind.Blank)
                {
                    pendingBlank = wroteAny;
                    continue;
                }

                if (pendingBlank)
                {
                    output.Append(newline);
                    pendingBlank = false;
                }

                int opens = 0, closes = 0, leadingCloses = 0;
                bool leading = true;
                for (int t = 0; t < record.TokenCount; t++)
                {
                    var token = document.GetToken(i, t);
                    bool isBrace = (token.Flags & TokenFlags.Brace) != 0;
                    char c = isBrace ? document.GetTokenRaw(i, t)[0] : '\0';
                    if (c == '{') opens++;
                    else if (c == '}')
                    {
                        closes++;
                        if (leading) leadingCloses++;
                        continue;
                    }

                    leading = false;
                }

                bool verbatim = record.HasErrors || kind is KeepalivedLineKind.Definition or KeepalivedLineKind.DefinitionContinuation;
                if (verbatim)
                {
                    output.Append(document.GetContent(i).ToString());
                }
                else
                {
                    int level = Math.Max(0, depth - leadingCloses);
                    if (kind == KeepalivedLineKind.Comment) level = Math.Max(0, depth);
                    level = Math.Min(level, HaConfigLimits.Default.MaxNestingDepth); // deeper blocks are flattened (HA0042): indentation stays linear in the input
                    for (int l = 0; l < level; l++) output.Append(Indentation);
                    WriteWords(document, i, record, output);
                }

                FormattedLines.EndLine(output, newline);
                depth = Math.Max(0, depth + opens - closes);
                wroteAny = true;
            }

            return FormattedLines.Finish(output, document.HasByteOrderMark, newline);
        }

        private static void WriteWords(SyntaxDocument document, int index, LineRecord record, StringBuilder output)
        {
            var content = document.GetContent(index);
            for (int t = 0; t < record.TokenCount; t++)
            {
                var token = document.GetToken(index, t);
                if (t > 0)
                {
                    // Words written glued stay glued; blanks between words become one space.
                    var previous = document.GetToken(index, t - 1);
                    var gap = content.Slice(previous.End, token.Start - previous.End);
                    if (gap.IsWhiteSpace())
                    {
                        if (gap.Length > 0) output.Append(' ');
                    }
                    else
                    {
                        // Not only blanks between the words (the '=' of '@id $NAME=value'): it is syntax, copied as is.
                        output.Append(gap.ToString());
                    }
                }

                output.Append(content.Slice(token.Start, token.Length).ToString());
            }

            // Syntax after the last word is copied too: the "=\" of '@id $NAME=\' (an empty value continued on the next
            // line) was dropped, which made the next line a statement (found by fuzzing).
            if (record.TokenCount > 0)
            {
                int last = document.GetToken(index, record.TokenCount - 1).End;
                var tail = content.Slice(last, (record.CommentStart >= 0 ? record.CommentStart : content.Length) - last).TrimEnd(" \t".AsSpan());
                if (!tail.IsWhiteSpace()) output.Append(tail.ToString());
            }

            if (record.CommentStart >= 0)
            {
                if (record.TokenCount > 0) output.Append(' ');
                output.Append(content.Slice(record.CommentStart).TrimEnd(" \t".AsSpan()).ToString());
            }
        }

    }
}
