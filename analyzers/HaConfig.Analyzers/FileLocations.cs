using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using HaDiagnostic = HaConfig.Diagnostics.Diagnostic;

namespace HaConfig.Analyzers
{
    /// <summary>Turns the 1-based lines and columns of a HaConfig diagnostic into a Roslyn location in the file.</summary>
    internal static class FileLocations
    {
        /// <summary>
        /// The location of <paramref name="diagnostic"/> in <paramref name="text"/>. Positions outside the text are clamped
        /// to it, so a wrong position from a rule still yields a valid location rather than an exception.
        /// </summary>
        public static Location Of(HaDiagnostic diagnostic, string path, SourceText text)
        {
            var start = Clamp(text, diagnostic.Line, diagnostic.Column);
            var end = Clamp(text, diagnostic.EndLine, diagnostic.EndColumn);
            if (end < start) end = start;
            return Create(path, text, start, end);
        }

        /// <summary>The start of the file: where whole-file problems, such as HA9999, are reported.</summary>
        public static Location StartOf(string path, SourceText text) => Create(path, text, 0, 0);

        private static Location Create(string path, SourceText text, int start, int end)
        {
            var span = TextSpan.FromBounds(start, end);
            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }

        private static int Clamp(SourceText text, int line, int column)
        {
            if (text.Lines.Count == 0) return 0;
            int lineIndex = Math.Min(Math.Max(line, 1), text.Lines.Count) - 1;
            var textLine = text.Lines[lineIndex];
            int offset = Math.Max(column, 1) - 1;
            // Columns may point just past the line (an end column); line breaks are never part of the span.
            return textLine.Start + Math.Min(offset, textLine.End - textLine.Start);
        }
    }
}
