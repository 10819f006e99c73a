using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA0040: the file is larger than <see cref="HaConfigLimits.MaxFileBytes"/>; it is kept as text but not lexed.</summary>
        public static readonly DiagnosticDescriptor FileTooLarge = Rule(
            "HA0040", "File too large", "the file is {0} bytes, over the limit of {1} (HaConfigLimits.MaxFileBytes); it was kept as text but not parsed",
            DiagnosticSeverity.Error, "Split the configuration, or raise HaConfigLimits.MaxFileBytes if the size is intended.", RuleCategory.Syntax);

        /// <summary>HA0041: a physical line longer than <see cref="HaConfigLimits.MaxLineLength"/>.</summary>
        public static readonly DiagnosticDescriptor LineOverLimit = Rule(
            "HA0041", "Line over the length limit", "line is {0} characters long, over the limit of {1} (HaConfigLimits.MaxLineLength)",
            DiagnosticSeverity.Error, "Split the line; a line this long is almost certainly not a hand-written configuration line.", RuleCategory.Syntax);

        /// <summary>HA0042: keepalived blocks nested deeper than <see cref="HaConfigLimits.MaxNestingDepth"/>.</summary>
        public static readonly DiagnosticDescriptor NestingTooDeep = Rule(
            "HA0042", "Blocks nested too deeply", "blocks are nested deeper than {0} levels (HaConfigLimits.MaxNestingDepth); deeper blocks are flattened into their ancestor",
            DiagnosticSeverity.Error, "Close the blocks that were left open; real configurations nest a few levels only.", RuleCategory.Syntax);

        /// <summary>HA0043: more included files than <see cref="Keepalived.KeepalivedLoadOptions.MaxIncludedFiles"/>.</summary>
        public static readonly DiagnosticDescriptor TooManyIncludes = Rule(
            "HA0043", "Too many included files", "more than {0} files are included (KeepalivedLoadOptions.MaxIncludedFiles); '{1}' was not read",
            DiagnosticSeverity.Error, "Narrow the include patterns, or raise KeepalivedLoadOptions.MaxIncludedFiles if the count is intended.", RuleCategory.Syntax);

        /// <summary>HA0044: the file is UTF-16 (or UTF-32) encoded; neither daemon reads it.</summary>
        public static readonly DiagnosticDescriptor Utf16File = Rule(
            "HA0044", "UTF-16 encoded file", "the file is encoded in {0}, which the daemon cannot read; it was kept as bytes but not parsed",
            DiagnosticSeverity.Error, "Save the file as UTF-8 (or ASCII) without a byte order mark.", RuleCategory.Syntax);
    }
}
