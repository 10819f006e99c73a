using System;

namespace HaConfig.Text
{
    /// <summary>A range of characters in a source text: a start offset and a length.</summary>
    public readonly struct TextSpan : IEquatable<TextSpan>
    {
        /// <summary>Creates a span.</summary>
        public TextSpan(int start, int length)
        {
            if (start < 0) throw new ArgumentOutOfRangeException(nameof(start));
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
            Start = start;
            Length = length;
        }

        /// <summary>Offset of the first character.</summary>
        public int Start { get; }

        /// <summary>Number of characters.</summary>
        public int Length { get; }

        /// <summary>Offset just past the last character.</summary>
        public int End => Start + Length;

        /// <inheritdoc />
        public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((Start * 397) ^ Length);

        /// <inheritdoc />
        public override string ToString() => $"[{Start}..{End})";
    }
}
