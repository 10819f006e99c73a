using System;
using System.Globalization;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// An HAProxy size: an integer optionally followed by <c>k</c>, <c>m</c> or <c>g</c> (case-insensitive, powers of
    /// 1024), as in <c>tune.bufsize 16K</c>. The suffix is kept as written.
    /// </summary>
    public readonly struct HaSize : IEquatable<HaSize>
    {
        /// <summary>The largest size HAProxy accepts (32 bits).</summary>
        public const long MaxBytes = uint.MaxValue;

        /// <summary>Creates a size of <paramref name="value"/> times the multiplier of <paramref name="suffix"/>.</summary>
        /// <param name="value">The number.</param>
        /// <param name="suffix"><c>k</c>, <c>m</c>, <c>g</c> (either case) or null for bytes.</param>
        public HaSize(long value, char? suffix = null)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "A size cannot be negative.");
            if (suffix is not null && Multiplier(suffix.Value) == 0) throw new ArgumentException($"'{suffix}' is not a size suffix (k, m, g).", nameof(suffix));
            Value = value;
            Suffix = suffix;
        }

        /// <summary>The number as written.</summary>
        public long Value { get; }

        /// <summary>The suffix as written, or null.</summary>
        public char? Suffix { get; }

        /// <summary>The size in bytes.</summary>
        public long Bytes => Suffix is null ? Value : Value * Multiplier(Suffix.Value);

        /// <summary>Parses a size; throws <see cref="FormatException"/> with the reason.</summary>
        public static HaSize Parse(string text)
        {
            if (TryParse(text, out var size, out string? error)) return size;
            throw new FormatException(error);
        }

        /// <summary>Parses a size; false for anything HAProxy would reject.</summary>
        public static bool TryParse(string? text, out HaSize size) => TryParse(text, out size, out _);

        /// <summary>Parses a size; on failure <paramref name="error"/> says why.</summary>
        public static bool TryParse(string? text, out HaSize size, out string? error)
        {
            size = default;
            if (string.IsNullOrEmpty(text))
            {
                error = "missing size value";
                return false;
            }

            int i = 0;
            long value = 0;
            while (i < text!.Length && text[i] >= '0' && text[i] <= '9')
            {
                value = value * 10 + (text[i] - '0');
                if (value > MaxBytes)
                {
                    error = $"size overflow in '{text}'";
                    return false;
                }

                i++;
            }

            if (i == 0)
            {
                error = $"unexpected character '{text[0]}' in '{text}'";
                return false;
            }

            char? suffix = null;
            if (i < text.Length)
            {
                if (Multiplier(text[i]) == 0 || i + 1 != text.Length)
                {
                    char bad = Multiplier(text[i]) == 0 ? text[i] : text[i + 1];
                    error = $"unexpected character '{bad}' in '{text}'";
                    return false;
                }

                suffix = text[i];
            }

            var candidate = new HaSize(value, suffix);
            if (candidate.Bytes > MaxBytes)
            {
                error = $"size overflow in '{text}'";
                return false;
            }

            size = candidate;
            error = null;
            return true;
        }

        /// <summary>The text as HAProxy reads it: the number and its suffix.</summary>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + (Suffix is null ? string.Empty : Suffix.Value.ToString());

        /// <summary>Same number and suffix (case-insensitively).</summary>
        public bool Equals(HaSize other) => Value == other.Value && char.ToLowerInvariant(Suffix ?? ' ') == char.ToLowerInvariant(other.Suffix ?? ' ');

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is HaSize other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => (Value.GetHashCode() * 397) ^ char.ToLowerInvariant(Suffix ?? ' ');

        /// <summary>Same number and suffix.</summary>
        public static bool operator ==(HaSize left, HaSize right) => left.Equals(right);

        /// <summary>Different number or suffix.</summary>
        public static bool operator !=(HaSize left, HaSize right) => !left.Equals(right);

        private static long Multiplier(char suffix) => suffix switch
        {
            'k' or 'K' => 1024L,
            'm' or 'M' => 1024L * 1024,
            'g' or 'G' => 1024L * 1024 * 1024,
            _ => 0,
        };
    }
}
