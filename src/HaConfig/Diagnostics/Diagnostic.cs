using System;
using System.Threading;
using HaConfig.Text;

namespace HaConfig.Diagnostics
{
    /// <summary>A problem found in a configuration, located in its file.</summary>
    public sealed class Diagnostic
    {
        private readonly object?[]? _arguments;
        private string? _message;

        /// <summary>Creates a diagnostic.</summary>
        public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string message, SourceLocation location)
        {
            Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
            Severity = severity;
            _message = message ?? throw new ArgumentNullException(nameof(message));
            Location = location;
        }

        /// <summary>
        /// A diagnostic whose message is formatted from <paramref name="arguments"/> when first read. Validation reports
        /// tens of thousands of findings on a large file, and a program that counts or filters them never reads most
        /// messages: each formatted at once was a string kept, and copied by the garbage collector, for nothing.
        /// </summary>
        /// <remarks>
        /// The message is the one formatting at once would give: too few arguments for the format throw here, as
        /// formatting did, and an argument that is not a string or a number is turned into its text now, so that a later
        /// change to the object it was cannot change the message.
        /// </remarks>
        internal Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, object?[] arguments, SourceLocation location)
        {
            Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
            // No arguments at all is the format as written (FormatMessage), placeholders included.
            if (arguments.Length > 0 && arguments.Length < descriptor.ArgumentCount) throw new FormatException($"{descriptor.Id}'s message needs {descriptor.ArgumentCount} arguments, {arguments.Length} given.");
            object?[]? copy = null;
            for (int i = 0; i < arguments.Length; i++)
            {
                if (arguments[i] is null or string or IConvertible) continue; // immutable: strings, numbers, enums
                copy ??= (object?[])arguments.Clone();
                copy[i] = Convert.ToString(arguments[i], System.Globalization.CultureInfo.InvariantCulture);
            }

            Severity = severity;
            _arguments = copy ?? arguments;
            Location = location;
        }

        /// <summary>The rule this diagnostic reports.</summary>
        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>The rule ID, e.g. <c>HA0001</c>.</summary>
        public string Id => Descriptor.Id;

        /// <summary>The effective severity (the default unless overridden).</summary>
        public DiagnosticSeverity Severity { get; }

        /// <summary>What is wrong, naming the offending value, and what to do.</summary>
        /// <remarks>Threads reading it at once may both format it: they make equal strings, and either is kept.</remarks>
        public string Message
        {
            get
            {
                var message = Volatile.Read(ref _message);
                if (message is not null) return message;
                message = Descriptor.FormatMessage(_arguments!);
                Volatile.Write(ref _message, message);
                return message;
            }
        }

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
            severity == Severity ? this
            : Volatile.Read(ref _message) is null && _arguments is not null ? new Diagnostic(Descriptor, severity, _arguments, Location)
            : new Diagnostic(Descriptor, severity, Message, Location);

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
