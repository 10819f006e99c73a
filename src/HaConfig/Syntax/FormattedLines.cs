using System.Text;

namespace HaConfig.Syntax
{
    /// <summary>What both formatters share about ending lines.</summary>
    internal static class FormattedLines
    {
        /// <summary>
        /// Ends a formatted line. A line whose text ends with a carriage return (a stray CR copied verbatim) gets CRLF:
        /// followed by a bare LF, its CR would merge into a CRLF line break and the line would read differently.
        /// </summary>
        public static void EndLine(StringBuilder output, string newline)
        {
            if (output.Length > 0 && output[output.Length - 1] == '\r' && newline == "\n") output.Append("\r\n");
            else output.Append(newline);
        }

        /// <summary>
        /// Finishes a formatted file. When its first character is a U+FEFF that was a word of a later line (not the
        /// file's BOM), a leading line break keeps it from being read back as a BOM.
        /// </summary>
        public static string Finish(StringBuilder output, bool hasByteOrderMark, string newline)
        {
            if (!hasByteOrderMark && output.Length > 0 && output[0] == '\uFEFF') output.Insert(0, newline);
            return output.ToString();
        }
    }
}
