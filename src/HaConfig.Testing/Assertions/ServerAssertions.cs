using HaConfig.HAProxy;

namespace HaConfig.Testing.Assertions
{
    /// <summary>
    /// Assertions on one <c>server</c> line found by <see cref="BackendAssertions.Server"/>. When the server is missing
    /// (already reported, e.g. inside an <c>AssertionScope</c>) the chained assertions check nothing more.
    /// </summary>
    public sealed class ServerAssertions
    {
        internal ServerAssertions(BackendAssertions parent, ServerDirective? server)
        {
            And = parent;
            Which = server;
        }

        /// <summary>Back to the backend.</summary>
        public BackendAssertions And { get; }

        /// <summary>The server line (null only when it was missing and the failure was collected by a scope).</summary>
        public ServerDirective? Which { get; }

        private string Described => $"server \"{Which!.Name}\" at {Failure.At(Which.Location)}";

        /// <summary>Asserts that the server line has option <paramref name="name"/> (a flag such as <c>check</c>, or a keyword with a value).</summary>
        /// <param name="name">The option's keyword.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public ServerAssertions HaveOption(string name, string because = "", params object[] becauseArgs)
        {
            if (Which is null || Which.HasOption(name)) return this;
            Failure.Report(because, becauseArgs, $"Expected {Described} to have option \"{name}\"", $", but the line is \"{Which}\".");
            return this;
        }

        /// <summary>Asserts that the server line has option <paramref name="name"/> set to <paramref name="value"/> (e.g. <c>verify</c> <c>none</c>).</summary>
        /// <param name="name">The option's keyword.</param>
        /// <param name="value">Its expected value.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public ServerAssertions HaveOptionValue(string name, string value, string because = "", params object[] becauseArgs)
        {
            if (Which is null) return this;
            if (!Which.HasOption(name))
            {
                Failure.Report(because, becauseArgs, $"Expected {Described} to have option \"{name}\" set to \"{value}\"", $", but the line is \"{Which}\".");
            }
            else if (Which.GetOption(name) != value)
            {
                Failure.Report(because, becauseArgs, $"Expected {Described} to have option \"{name}\" set to \"{value}\"", $", but it is \"{Which.GetOption(name)}\".");
            }

            return this;
        }
    }
}
