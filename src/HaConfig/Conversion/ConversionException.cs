using System;

namespace HaConfig.Conversion
{
    /// <summary>A document that cannot be converted: malformed JSON or YAML, an unexpected shape, a redacted secret, or a configuration with syntax errors.</summary>
    public sealed class ConversionException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What is wrong, in one line.</param>
        /// <param name="line">1-based line in the document (0 when unknown).</param>
        /// <param name="column">1-based column in the document (0 when unknown).</param>
        public ConversionException(string message, int line, int column)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        /// <summary>1-based line of the problem, 0 when unknown.</summary>
        public int Line { get; }

        /// <summary>1-based column of the problem, 0 when unknown.</summary>
        public int Column { get; }

        /// <summary>The problem on one line, prefixed by <c>line:column:</c> when known.</summary>
        public string ToOneLine(string? path = null)
        {
            string where = Line > 0 ? $"{Line}:{Column}: " : string.Empty;
            string file = path is null ? string.Empty : path + ":";
            return (file.Length > 0 && where.Length == 0 ? file + " " : file) + where + Message;
        }
    }
}
