namespace HaConfig.HAProxy
{
    /// <summary>The unit written after an HAProxy time value.</summary>
    public enum HaTimeUnit
    {
        /// <summary>No unit: the keyword's default, milliseconds for almost every keyword.</summary>
        None,

        /// <summary><c>us</c>.</summary>
        Microseconds,

        /// <summary><c>ms</c>.</summary>
        Milliseconds,

        /// <summary><c>s</c>.</summary>
        Seconds,

        /// <summary><c>m</c>.</summary>
        Minutes,

        /// <summary><c>h</c>.</summary>
        Hours,

        /// <summary><c>d</c>.</summary>
        Days,
    }
}
