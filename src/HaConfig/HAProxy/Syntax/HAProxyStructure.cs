using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Syntax;
using HaConfig.Text;
using HaConfig.Validation;

namespace HaConfig.HAProxy.Syntax
{
    /// <summary>A section as a range of lines: its header and every line up to the next header.</summary>
    internal readonly struct SectionRange
    {
        public SectionRange(int headerIndex, int endIndex)
        {
            HeaderIndex = headerIndex;
            EndIndex = endIndex;
        }

        public int HeaderIndex { get; }

        /// <summary>Index just past the last line of the section.</summary>
        public int EndIndex { get; }
    }

    /// <summary>
    /// What spans lines in <c>haproxy.cfg</c>: sections (flat, from one header to the next) and <c>.if</c> blocks.
    /// Computed from the line kinds, never stored in the lines, so an edit cannot leave it stale.
    /// </summary>
    internal static class HAProxyStructure
    {
        /// <summary>HAProxy's <c>MAXNESTEDCONDS</c>.</summary>
        public const int MaxNestedConditions = 100;

        public static List<SectionRange> FindSections(SyntaxDocument document)
        {
            var sections = new List<SectionRange>();
            int start = -1;
            for (int i = 0; i < document.LineCount; i++)
            {
                if (document.GetLine(i).Kind != (byte)HAProxyLineKind.SectionHeader) continue;
                if (start >= 0) sections.Add(new SectionRange(start, i));
                start = i;
            }

            if (start >= 0) sections.Add(new SectionRange(start, document.LineCount));
            return sections;
        }

        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public static List<Diagnostic> CollectDiagnostics(SyntaxDocument document)
        {
            var diagnostics = new List<Diagnostic>();
            string? path = document.Path;
            if (document.HasByteOrderMark)
            {
                diagnostics.Add(Make(RuleCatalogue.ByteOrderMark, new SourceLocation(path, 1, 1, 1, 1)));
            }

            var open = new Stack<(int Line, bool SeenElse)>();
            bool inSection = false;
            for (int i = 0; i < document.LineCount; i++)
            {
                ref readonly var record = ref document.GetLine(i);
                foreach (var error in document.GetErrors(i))
                {
                    diagnostics.Add(Make(error.Rule, new SourceLocation(path, i + 1, error.Column + 1, i + 1, error.Column + 1 + error.Length), error.Args));
                }

                switch ((HAProxyLineKind)record.Kind)
                {
                    case HAProxyLineKind.SectionHeader:
                        inSection = true;
                        break;
                    case HAProxyLineKind.Directive when !inSection:
                        diagnostics.Add(Make(RuleCatalogue.KeywordOutOfSection, TokenLocation(document, i, 0), document.GetTokenValue(i, 0)));
                        break;
                    case HAProxyLineKind.Conditional:
                        CheckConditional(document, i, open, diagnostics);
                        break;
                    case HAProxyLineKind.Message:
                        if (record.TokenCount != 2)
                        {
                            string directive = document.GetTokenValue(i, 0);
                            string message = record.TokenCount < 2
                                ? $"'{directive}' expects one argument, the message"
                                : $"Unexpected argument '{document.GetTokenValue(i, 2)}' for '{directive}'. Use quotes if the message should contain spaces.";
                            diagnostics.Add(Make(RuleCatalogue.InvalidDirective, TokenLocation(document, i, record.TokenCount < 2 ? 0 : 2), message));
                        }

                        break;
                    case HAProxyLineKind.UnknownDotDirective:
                        diagnostics.Add(Make(RuleCatalogue.InvalidDirective, TokenLocation(document, i, 0), $"unknown directive '{document.GetTokenValue(i, 0)}'"));
                        break;
                }
            }

            foreach (var (line, _) in open)
            {
                diagnostics.Add(Make(RuleCatalogue.UnbalancedConditional, TokenLocation(document, line, 0), "non-terminated '.if' block"));
            }

            if (document.LineCount > 0)
            {
                int last = document.LineCount - 1;
                ref readonly var record = ref document.GetLine(last);
                if (record.NewlineLength == 0 && record.Length > 0)
                {
                    diagnostics.Add(Make(RuleCatalogue.MissingFinalNewline, new SourceLocation(path, last + 1, record.Length + 1, last + 1, record.Length + 1)));
                }
            }

            diagnostics.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
            return diagnostics;
        }

        private static void CheckConditional(SyntaxDocument document, int index, Stack<(int Line, bool SeenElse)> open, List<Diagnostic> diagnostics)
        {
            string directive = document.GetTokenValue(index, 0);
            ref readonly var record = ref document.GetLine(index);
            switch (directive)
            {
                case ".if":
                    if (open.Count >= MaxNestedConditions)
                    {
                        diagnostics.Add(Make(RuleCatalogue.UnbalancedConditional, TokenLocation(document, index, 0), $"too many nested '.if', max is {MaxNestedConditions}"));
                    }

                    open.Push((index, false));
                    return;
                case ".elif":
                case ".else":
                    if (open.Count == 0)
                    {
                        diagnostics.Add(Make(RuleCatalogue.UnbalancedConditional, TokenLocation(document, index, 0), $"lone '{directive}' with no matching '.if'"));
                        return;
                    }

                    var top = open.Pop();
                    if (top.SeenElse)
                    {
                        diagnostics.Add(Make(RuleCatalogue.UnbalancedConditional, TokenLocation(document, index, 0), $"'{directive}' after '.else' is not permitted"));
                    }

                    open.Push((top.Line, top.SeenElse || directive == ".else"));
                    break;
                case ".endif":
                    if (open.Count == 0)
                    {
                        diagnostics.Add(Make(RuleCatalogue.UnbalancedConditional, TokenLocation(document, index, 0), "lone '.endif' with no matching '.if'"));
                        return;
                    }

                    open.Pop();
                    break;
            }

            if (directive is ".else" or ".endif" && record.TokenCount > 1)
            {
                diagnostics.Add(Make(RuleCatalogue.InvalidDirective, TokenLocation(document, index, 1), $"Unexpected argument '{document.GetTokenValue(index, 1)}' for '{directive}'"));
            }
        }

        private static SourceLocation TokenLocation(SyntaxDocument document, int index, int tokenIndex)
        {
            var token = document.GetToken(index, tokenIndex);
            return new SourceLocation(document.Path, index + 1, token.Start + 1, index + 1, token.End + 1);
        }

        private static Diagnostic Make(DiagnosticDescriptor rule, SourceLocation location, params object?[] args) =>
            new(rule, rule.DefaultSeverity, rule.FormatMessage(args), location);
    }
}
