using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA0020: a <c>}</c> with no open block (keepalived: <c>Extra '}' found</c>).</summary>
        public static readonly DiagnosticDescriptor ExtraClosingBrace = Rule(
            "HA0020", "Extra closing brace", "Extra '}' found",
            DiagnosticSeverity.Error, "Remove the '}' or add the block keyword and '{' it was meant to close.", RuleCategory.Syntax);

        /// <summary>HA0021: a <c>{</c> never closed before the end of the file.</summary>
        public static readonly DiagnosticDescriptor MissingClosingBrace = Rule(
            "HA0021", "Missing closing brace", "the '{{' of '{0}' is never closed (missing '}}')",
            DiagnosticSeverity.Error, "Add the '}' that ends the block; keepalived counts braces across the whole file.", RuleCategory.Syntax);

        /// <summary>HA0022: a physical line longer than keepalived's 1023-byte read buffer.</summary>
        public static readonly DiagnosticDescriptor LineTooLong = Rule(
            "HA0022", "Line too long", "line is {0} bytes long; keepalived reads at most 1023 bytes per line (2.2 splits it, 2.4 ignores it)",
            DiagnosticSeverity.Error, "Split the values over several lines, for example one address per line inside the block.", RuleCategory.Syntax);

        /// <summary>HA0023: a block keyword not followed by <c>{</c>.</summary>
        public static readonly DiagnosticDescriptor MissingOpenBrace = Rule(
            "HA0023", "Missing opening brace", "'{0}' starts a block but no '{{' follows it",
            DiagnosticSeverity.Error, "Put '{' after the keyword (on the same line or the next one) and '}' after the block's contents.", RuleCategory.Syntax);

        /// <summary>HA0024: a keyword that needs a value has none.</summary>
        public static readonly DiagnosticDescriptor MissingParameter = Rule(
            "HA0024", "Missing parameter", "Configuration line starting `{0}` is missing a parameter after keyword `{0}` at word position 2",
            DiagnosticSeverity.Error, "Give the keyword its value; keepalived 2.2 stops with exit code 2 on this line.", RuleCategory.Syntax);

        /// <summary>HA0025: an <c>include</c> pattern that matches no file.</summary>
        public static readonly DiagnosticDescriptor IncludeNotFound = Rule(
            "HA0025", "Included file not found", "No config files matched '{0}'",
            DiagnosticSeverity.Warning, "Fix the path (relative paths are relative to the including file) or remove the include.", RuleCategory.Syntax);

        /// <summary>HA0026: a file includes itself, directly or through others.</summary>
        public static readonly DiagnosticDescriptor IncludeCycle = Rule(
            "HA0026", "Include cycle", "'{0}' is already being included; the include cycle is not followed",
            DiagnosticSeverity.Error, "Remove the include that leads back to a file already including it.", RuleCategory.Syntax);

        /// <summary>HA0027: an included file outside the configuration's root directory.</summary>
        public static readonly DiagnosticDescriptor IncludeOutsideRoot = Rule(
            "HA0027", "Include outside the configuration root", "'{0}' is outside the configuration root '{1}' and was not read",
            DiagnosticSeverity.Warning, "Move the file below the main configuration's directory, or widen the include root in the load options.", RuleCategory.Syntax);

        /// <summary>HA0028: a malformed <c>~SEQ</c> or <c>~LST</c> line.</summary>
        public static readonly DiagnosticDescriptor InvalidSequence = Rule(
            "HA0028", "Invalid ~SEQ or ~LST", "{0} '{1}'",
            DiagnosticSeverity.Error, "Write '~SEQ(var, start, step, end) rest' or '~LST(var, v1, v2, ...) rest' with a closing ')'.", RuleCategory.Syntax);

        /// <summary>HA0029: expanding <c>~SEQ</c>/<c>~LST</c> or definitions hit the cap on generated lines.</summary>
        public static readonly DiagnosticDescriptor ExpansionLimit = Rule(
            "HA0029", "Expansion limit reached", "expansion stopped after {0} generated lines",
            DiagnosticSeverity.Warning, "Check the sequence bounds; raise the limit in the expansion options if the size is intended.", RuleCategory.Syntax);

        /// <summary>HA0030: a NUL character inside a line.</summary>
        public static readonly DiagnosticDescriptor EmbeddedNul = Rule(
            "HA0030", "Embedded NUL", "line has an embedded NUL at position {0}; keepalived 2.4 ignores the line and 2.2 truncates it",
            DiagnosticSeverity.Error, "Remove the NUL byte; the file is probably binary or was saved in UTF-16.", RuleCategory.Syntax);

        /// <summary>HA0031: a <c>{</c> with no keyword before it.</summary>
        public static readonly DiagnosticDescriptor UnexpectedOpenBrace = Rule(
            "HA0031", "Unexpected opening brace", "Unexpected '{' - no keyword opens this block",
            DiagnosticSeverity.Error, "Put the block keyword (for example 'virtual_ipaddress') before the '{', or remove the brace.", RuleCategory.Syntax);

        /// <summary>HA0032: includes nested deeper than the limit.</summary>
        public static readonly DiagnosticDescriptor IncludeTooDeep = Rule(
            "HA0032", "Includes nested too deeply", "includes are nested deeper than {0} files; '{1}' was not read",
            DiagnosticSeverity.Error, "Flatten the include hierarchy.", RuleCategory.Syntax);
    }
}
