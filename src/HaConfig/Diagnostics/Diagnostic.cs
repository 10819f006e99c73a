using System;
using HaConfig.Text;

namespace HaConfig.Diagnostics
{
    /// <summary>A problem found in a configuration, located in its file.</summary>
    public sealed class Diagnostic
    {
        /// <summary>Creates a diagnostic.</summary>
        public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string message, SourceLocation location)
        {
            Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
            Severity = severity;
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Location = location;
        }

        /// <summary>The rule this diagnostic reports.</summary>
        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>The rule ID, e.g. <c>HA0001</c>.</summary>
        public string Id => Descriptor.Id;

        /// <summary>The effective severity (the default unless overridden).</summary>
        public DiagnosticSeverity Severity { get; }

        /// <summary>What is wrong, naming the offending value, and what to do.</summary>
        public string Message { get; }

        /// <summary>Where it is.</summary>
        public SourceLocation Location { get; }

        /// <summary>The file, or null for text parsed from memory.</summary>
        public string? Path => Location.Path;

        /// <summary>1-based line.</summary>
        public int Line => Location.Line;

        /// <summary>1-based column.</summary>
        public int Column => Location.Column;

        /// <summary>1-based end line.</summary>
        public int EndLine => Location.EndLine;

        /// <summary>1-based column just past the end.</summary>
        public int EndColumn => Location.EndColumn;

        /// <summary>The rule's docs page.</summary>
        public string HelpUri => Descriptor.HelpUri;

        /// <summary>Returns a copy with another severity.</summary>
        public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
            severity == Severity ? this : new Diagnostic(Descriptor, severity, Message, Location);

        /// <summary>The compiler's canonical form: <c>path(line,col): error HA0001: message</c>.</summary>
        public override string ToString() =>
            $"{Path ?? "<text>"}({Line},{Column}): {SeverityWord(Severity)} {Id}: {Message}";

        /// <summary>The word compilers print for a severity.</summary>
        public static string SeverityWord(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
    }
}
