using System;
using System.Text;
using HaConfig.Syntax;

namespace HaConfig.HAProxy.Syntax
{
    /// <summary>
    /// HAProxy's documentation style: section headers at column 0, everything inside a section indented by four
    /// spaces, one space between words, one before a trailing comment, no trailing blanks, at most one blank line in
    /// a row, and a final line feed. Words keep their raw text, so quoting, escapes and variables mean what they meant.
    /// Lines the lexer flagged (an unterminated quote, a stray carriage return) are copied unchanged.
    /// </summary>
    internal static class HAProxyFormatter
    {
        public const string Indentation = "    ";

        public static string Format(SyntaxDocument document)
        {
            var output = new StringBuilder(document.ToString().Length + 64);
            if (document.HasByteOrderMark) output.Append('\uFEFF');
            string newline = document.DominantNewline();
            bool inSection = false;
            bool pendingBlank = false;
            bool wroteAny = false;
            for (int i = 0; i < document.LineCount; i++)
            {
                var record = document.GetLine(i);
                var kind = (HAProxyLineKind)record.Kind;
                if (kind == HAProxyLineKind.Blank)
                {
                    pendingBlank = wroteAny;
                    continue;
                }

                if (pendingBlank)
                {
                    output.Append(newline);
                    pendingBlank = false;
                }

                if (kind == HAProxyLineKind.SectionHeader) inSection = true;
                string indentation = kind switch
                {
                    HAProxyLineKind.SectionHeader => string.Empty,
                    HAProxyLineKind.Comment => CommentIndentation(document, i, inSection),
                    _ => inSection ? Indentation : string.Empty,
                };

                if (record.HasErrors)
                {
                    output.Append(document.GetContent(i).ToString());
                    FormattedLines.EndLine(output, newline);
                }
                else
                {
                    WriteLine(document, i, record, indentation, output);
                    FormattedLines.EndLine(output, newline);
                }

                wroteAny = true;
            }

            return FormattedLines.Finish(output, document.HasByteOrderMark, newline);
        }

        private static void WriteLine(SyntaxDocument document, int index, LineRecord record, string indentation, StringBuilder output)
        {
            output.Append(indentation);
            for (int t = 0; t < record.TokenCount; t++)
            {
                if (t > 0) output.Append(' ');
                output.Append(document.GetTokenRaw(index, t).ToString());
            }

            if (record.CommentStart >= 0)
            {
                if (record.TokenCount > 0) output.Append(' ');
                output.Append(document.GetContent(index).Slice(record.CommentStart).TrimEnd(" \t".AsSpan()).ToString());
            }
        }

        private static string CommentIndentation(SyntaxDocument document, int index, bool inSection)
        {
            // A comment describes what follows it: it takes the indentation of the next statement.
            for (int i = index + 1; i < document.LineCount; i++)
            {
                var kind = (HAProxyLineKind)document.GetLine(i).Kind;
                if (kind is HAProxyLineKind.Blank or HAProxyLineKind.Comment) continue;
                return kind == HAProxyLineKind.SectionHeader || !inSection ? string.Empty : Indentation;
            }

            return string.Empty;
        }

    }
}
