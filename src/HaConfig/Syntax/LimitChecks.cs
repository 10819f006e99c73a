using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Text;
using HaConfig.Validation;

namespace HaConfig.Syntax
{
    /// <summary>
    /// A lexer for text that must not be parsed (too large, wrong encoding): every line is kept, lossless, as a blank
    /// line without tokens, and the reason is reported once as a diagnostic.
    /// </summary>
    internal sealed class OpaqueLexer : LineLexer
    {
        private readonly LineLexer _inner;

        public OpaqueLexer(LineLexer inner, DiagnosticDescriptor rule, params object?[] args)
        {
            _inner = inner;
            Rule = rule;
            Args = args;
        }

        public DiagnosticDescriptor Rule { get; }

        public object?[] Args { get; }

        public override void Lex(System.ReadOnlySpan<char> line, byte stateIn, List<TokenRecord> tokens, int firstToken, ref LineLexResult result)
        {
            result.Kind = 0;
            result.CommentStart = -1;
            result.StateOut = 0;
        }

        public override string Decode(System.ReadOnlySpan<char> raw, TokenFlags flags) => _inner.Decode(raw, flags);

        public override string Quote(string value) => _inner.Quote(value);
    }

    /// <summary>Applies <see cref="HaConfigLimits"/> to a parsed document.</summary>
    internal static class LimitChecks
    {
        /// <summary>Parses <paramref name="text"/>, opaquely when it is over the size limit.</summary>
        public static SyntaxDocument Parse(string text, string? path, LineLexer lexer, HaConfigLimits limits, long? byteLength = null)
        {
            long size = byteLength ?? text.Length;
            if (size > limits.MaxFileBytes) lexer = new OpaqueLexer(lexer, RuleCatalogue.FileTooLarge, size, limits.MaxFileBytes);
            return SyntaxDocument.Parse(text, path, lexer);
        }

        /// <summary>The diagnostics of the limits: why the document is opaque, and the lines over the length limit.</summary>
        public static void Check(SyntaxDocument document, HaConfigLimits limits, List<Diagnostic> diagnostics)
        {
            if (document.Lexer is OpaqueLexer opaque)
            {
                diagnostics.Add(new Diagnostic(opaque.Rule, opaque.Rule.DefaultSeverity, opaque.Rule.FormatMessage(opaque.Args), new SourceLocation(document.Path, 1, 1, 1, 1)));
                return;
            }

            for (int i = 0; i < document.LineCount; i++)
            {
                int length = document.GetLine(i).Length;
                if (length <= limits.MaxLineLength) continue;
                var rule = RuleCatalogue.LineOverLimit;
                diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, rule.FormatMessage(length, limits.MaxLineLength), new SourceLocation(document.Path, i + 1, 1, i + 1, 1)));
            }
        }
    }
}
