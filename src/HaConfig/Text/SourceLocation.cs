using System;

namespace HaConfig.Text
{
    /// <summary>A place in a configuration file, 1-based like compilers and editors print it.</summary>
    public readonly struct SourceLocation : IEquatable<SourceLocation>
    {
        /// <summary>Creates a location.</summary>
        public SourceLocation(string? path, int line, int column, int endLine, int endColumn)
        {
            Path = path;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        /// <summary>The file, or null for text that came from memory.</summary>
        public string? Path { get; }

        /// <summary>1-based line of the first character.</summary>
        public int Line { get; }

        /// <summary>1-based column of the first character.</summary>
        public int Column { get; }

        /// <summary>1-based line of the last character.</summary>
        public int EndLine { get; }

        /// <summary>1-based column just past the last character.</summary>
        public int EndColumn { get; }

        /// <inheritdoc />
        public bool Equals(SourceLocation other) =>
            Path == other.Path && Line == other.Line && Column == other.Column && EndLine == other.EndLine && EndColumn == other.EndColumn;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is SourceLocation other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked(((Path?.GetHashCode() ?? 0) * 31 + Line) * 31 + Column);

        /// <inheritdoc />
        public override string ToString() => $"{Path ?? "<text>"}({Line},{Column})";
    }
}
