using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA0001: a quote is opened and never closed on its line.</summary>
        public static readonly DiagnosticDescriptor UnterminatedQuote = Rule(
            "HA0001", "Unterminated quote", "unmatched quote at position {0}",
            DiagnosticSeverity.Error, "Close the quote on the same line: neither format continues a quoted value on the next line.", RuleCategory.Syntax);

        /// <summary>HA0002: <c>\x</c> not followed by two hexadecimal digits (HAProxy).</summary>
        public static readonly DiagnosticDescriptor InvalidHexEscape = Rule(
            "HA0002", "Invalid \\x escape", "truncated or invalid hexadecimal sequence at position {0}",
            DiagnosticSeverity.Error, "Write '\\x' followed by exactly two hexadecimal digits, or '\\\\x' for a literal backslash.", RuleCategory.Syntax);

        /// <summary>HA0003: a NUL character in the text.</summary>
        public static readonly DiagnosticDescriptor StrayNul = Rule(
            "HA0003", "Stray NUL character", "stray NUL character at position {0}",
            DiagnosticSeverity.Error, "Remove the NUL byte; the file is probably binary or was saved in UTF-16.", RuleCategory.Syntax);

        /// <summary>HA0004: the last line has no line feed (fatal for HAProxy 2.3 and later).</summary>
        public static readonly DiagnosticDescriptor MissingFinalNewline = Rule(
            "HA0004", "Missing LF on last line", "missing LF on last line, the file might have been truncated",
            DiagnosticSeverity.Error, "End the file with a line feed; HAProxy 2.3 and later refuse a file whose last line has none.", RuleCategory.Syntax);

        /// <summary>HA0005: a keyword before any section header (HAProxy).</summary>
        public static readonly DiagnosticDescriptor KeywordOutOfSection = Rule(
            "HA0005", "Keyword outside any section", "unknown keyword '{0}' out of section",
            DiagnosticSeverity.Error, "Move the line below a section header such as 'global', 'defaults', 'frontend' or 'backend'.", RuleCategory.Syntax);

        /// <summary>HA0006: more than 64 words on one line (HAProxy truncates and fails).</summary>
        public static readonly DiagnosticDescriptor TooManyWords = Rule(
            "HA0006", "Too many words on a line", "too many words, truncating after word {0}, position {1}: '{2}'",
            DiagnosticSeverity.Error, "Split the line: for ACLs, repeat the 'acl' line with the same name to add more patterns.", RuleCategory.Syntax);

        /// <summary>HA0007: <c>.if</c>/<c>.elif</c>/<c>.else</c>/<c>.endif</c> do not balance.</summary>
        public static readonly DiagnosticDescriptor UnbalancedConditional = Rule(
            "HA0007", "Unbalanced conditional block", "{0}",
            DiagnosticSeverity.Error, "Make every '.if' end with one '.endif', with at most one '.else' after any '.elif' lines.", RuleCategory.Syntax);

        /// <summary>HA0008: the file starts with a byte order mark.</summary>
        public static readonly DiagnosticDescriptor ByteOrderMark = Rule(
            "HA0008", "Byte order mark", "the file starts with a byte order mark, which the daemon reads as part of the first word",
            DiagnosticSeverity.Warning, "Save the file as UTF-8 without a byte order mark.", RuleCategory.Syntax);

        /// <summary>HA0009: a carriage return in the middle of a line ends it for HAProxy.</summary>
        public static readonly DiagnosticDescriptor StrayCarriageReturn = Rule(
            "HA0009", "Carriage return inside a line", "a carriage return at position {0} ends the line; the rest of it is ignored",
            DiagnosticSeverity.Warning, "Use consistent line endings; remove the lone carriage return.", RuleCategory.Syntax);

        /// <summary>HA0010: a malformed <c>.</c> directive (unknown name, wrong number of arguments).</summary>
        public static readonly DiagnosticDescriptor InvalidDirective = Rule(
            "HA0010", "Invalid dot directive", "{0}",
            DiagnosticSeverity.Error, "Use '.if', '.elif', '.else', '.endif', '.diag', '.notice', '.warning' or '.alert'; quote a message that contains spaces.", RuleCategory.Syntax);
    }
}
