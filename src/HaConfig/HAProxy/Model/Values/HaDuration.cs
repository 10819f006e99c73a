using System;
using System.Globalization;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// An HAProxy time value: an integer followed by <c>us</c>, <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c> or <c>d</c>
    /// (case-sensitive), milliseconds when no unit is written. The value keeps the unit it was written with.
    /// </summary>
    public readonly struct HaDuration : IEquatable<HaDuration>
    {
        /// <summary>The largest value HAProxy accepts, in milliseconds (2^31 - 1, about 24.8 days).</summary>
        public const long MaxMilliseconds = int.MaxValue;

        /// <summary>Creates a duration of <paramref name="value"/> in <paramref name="unit"/>.</summary>
        public HaDuration(long value, HaTimeUnit unit)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "A time value cannot be negative.");
            Value = value;
            Unit = unit;
        }

        /// <summary>The number as written.</summary>
        public long Value { get; }

        /// <summary>The unit as written.</summary>
        public HaTimeUnit Unit { get; }

        /// <summary>The duration in milliseconds (fractional for microseconds).</summary>
        public double TotalMilliseconds => Unit == HaTimeUnit.Microseconds ? Value / 1000.0 : Value * (double)Factor(Unit);

        /// <summary>The duration as a <see cref="TimeSpan"/>.</summary>
        public TimeSpan ToTimeSpan() => Unit == HaTimeUnit.Microseconds
            ? TimeSpan.FromTicks(Value * 10)
            : TimeSpan.FromMilliseconds(TotalMilliseconds);

        /// <summary>Whether the value is 0, which HAProxy reads as "no timeout".</summary>
        public bool IsZero => Value == 0;

        /// <summary>A duration in milliseconds, written <c>100ms</c>.</summary>
        public static HaDuration FromMilliseconds(long milliseconds) => new(milliseconds, HaTimeUnit.Milliseconds);

        /// <summary>A duration in seconds, written <c>5s</c>.</summary>
        public static HaDuration FromSeconds(long seconds) => new(seconds, HaTimeUnit.Seconds);

        /// <summary>A duration in minutes, written <c>1m</c>.</summary>
        public static HaDuration FromMinutes(long minutes) => new(minutes, HaTimeUnit.Minutes);

        /// <summary>
        /// The duration <paramref name="value"/> in the largest unit that holds it exactly (<c>1h</c>, <c>2m</c>,
        /// <c>5s</c>, <c>100ms</c>, <c>250us</c>).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">Negative, finer than a microsecond, or above <see cref="MaxMilliseconds"/>.</exception>
        public static HaDuration FromTimeSpan(TimeSpan value)
        {
            long ticks = value.Ticks;
            if (ticks < 0 || ticks % 10 != 0) throw new ArgumentOutOfRangeException(nameof(value), value, "A time value is a whole, non-negative number of microseconds.");
            if (ticks / TimeSpan.TicksPerMillisecond > MaxMilliseconds) throw new ArgumentOutOfRangeException(nameof(value), value, "A time value is at most 2147483647 ms.");
            if (ticks == 0) return FromMilliseconds(0);
            if (ticks % TimeSpan.TicksPerHour == 0) return new HaDuration(ticks / TimeSpan.TicksPerHour, HaTimeUnit.Hours);
            if (ticks % TimeSpan.TicksPerMinute == 0) return FromMinutes(ticks / TimeSpan.TicksPerMinute);
            if (ticks % TimeSpan.TicksPerSecond == 0) return FromSeconds(ticks / TimeSpan.TicksPerSecond);
            if (ticks % TimeSpan.TicksPerMillisecond == 0) return FromMilliseconds(ticks / TimeSpan.TicksPerMillisecond);
            if (ticks < TimeSpan.TicksPerMillisecond) throw new ArgumentOutOfRangeException(nameof(value), value, "A non-zero time value is at least 1 ms.");
            return new HaDuration(ticks / 10, HaTimeUnit.Microseconds);
        }

        /// <summary>Parses a time value the way HAProxy does; throws <see cref="FormatException"/> with HAProxy's reason.</summary>
        public static HaDuration Parse(string text)
        {
            if (TryParse(text, out var duration, out string? error)) return duration;
            throw new FormatException(error);
        }

        /// <summary>Parses a time value; false for anything HAProxy would reject.</summary>
        public static bool TryParse(string? text, out HaDuration duration) => TryParse(text, out duration, out _);

        /// <summary>Parses a time value; on failure <paramref name="error"/> says why, in HAProxy's words where it has some.</summary>
        public static bool TryParse(string? text, out HaDuration duration, out string? error)
        {
            if (string.IsNullOrEmpty(text))
            {
                duration = default;
                error = "missing time value";
                return false;
            }

            return TryParse(text.AsSpan(), out duration, out error);
        }

        /// <summary>
        /// <see cref="TryParse(string?, out HaDuration, out string?)"/> on a word of a line: the rules check the
        /// intervals of every server, and the text becomes a string only for an error message.
        /// </summary>
        internal static bool TryParse(ReadOnlySpan<char> text, out HaDuration duration, out string? error)
        {
            duration = default;
            if (text.IsEmpty)
            {
                error = "missing time value";
                return false;
            }

            int i = 0;
            long value = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                value = value * 10 + (text[i] - '0');
                if (value > MaxMilliseconds * 1000L)
                {
                    error = $"timer overflow in '{text.ToString()}' (maximum value is {MaxMilliseconds} ms or ~24.8 days)";
                    return false;
                }

                i++;
            }

            if (i == 0)
            {
                error = $"unexpected character '{text[0]}' in '{text.ToString()}'";
                return false;
            }

            HaTimeUnit unit;
            var rest = text.Slice(i);
            switch (rest)
            {
                case "": unit = HaTimeUnit.None; break;
                case "us": unit = HaTimeUnit.Microseconds; break;
                case "ms": unit = HaTimeUnit.Milliseconds; break;
                case "s": unit = HaTimeUnit.Seconds; break;
                case "m": unit = HaTimeUnit.Minutes; break;
                case "h": unit = HaTimeUnit.Hours; break;
                case "d": unit = HaTimeUnit.Days; break;
                default:
                    error = UnitError(text.ToString(), rest.ToString(), i);
                    return false;
            }

            var candidate = new HaDuration(value, unit);
            double ms = candidate.TotalMilliseconds;
            if (ms > MaxMilliseconds)
            {
                error = $"timer overflow in '{text.ToString()}' (maximum value is {MaxMilliseconds} ms or ~24.8 days)";
                return false;
            }

            if (value != 0 && ms < 1)
            {
                error = $"timer underflow in '{text.ToString()}' (minimum non-null value is 1 ms)";
                return false;
            }

            duration = candidate;
            error = null;
            return true;
        }

        /// <summary>The text HAProxy reads: the number and its unit, e.g. <c>5s</c> or <c>100ms</c>.</summary>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + UnitText(Unit);

        /// <summary>The suffix for <paramref name="unit"/> (empty for <see cref="HaTimeUnit.None"/>).</summary>
        public static string UnitText(HaTimeUnit unit) => unit switch
        {
            HaTimeUnit.Microseconds => "us",
            HaTimeUnit.Milliseconds => "ms",
            HaTimeUnit.Seconds => "s",
            HaTimeUnit.Minutes => "m",
            HaTimeUnit.Hours => "h",
            HaTimeUnit.Days => "d",
            _ => string.Empty,
        };

        /// <summary>Same value and unit (<c>1s</c> and <c>1000ms</c> differ; compare <see cref="TotalMilliseconds"/> for the length).</summary>
        public bool Equals(HaDuration other) => Value == other.Value && Unit == other.Unit;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is HaDuration other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => (Value.GetHashCode() * 397) ^ (int)Unit;

        /// <summary>Same value and unit.</summary>
        public static bool operator ==(HaDuration left, HaDuration right) => left.Equals(right);

        /// <summary>Different value or unit.</summary>
        public static bool operator !=(HaDuration left, HaDuration right) => !left.Equals(right);

        private static long Factor(HaTimeUnit unit) => unit switch
        {
            HaTimeUnit.Seconds => 1000L,
            HaTimeUnit.Minutes => 60_000L,
            HaTimeUnit.Hours => 3_600_000L,
            HaTimeUnit.Days => 86_400_000L,
            _ => 1L,
        };

        private static string UnitError(string text, string rest, int at)
        {
            // A valid unit followed by more letters ("5sec") is only a warning in HAProxy; it is still not a clean value.
            foreach (string unit in new[] { "us", "ms", "s", "m", "h", "d" })
            {
                if (rest.StartsWith(unit, StringComparison.Ordinal) && rest.Length > unit.Length)
                {
                    return $"unexpected character '{rest[unit.Length]}' after the timer value '{text}'";
                }
            }

            return $"unexpected character '{text[at]}' in '{text}'";
        }
    }
}
