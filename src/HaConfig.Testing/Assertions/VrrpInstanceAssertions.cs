using System.Linq;
using HaConfig.Keepalived;

namespace HaConfig.Testing.Assertions
{
    /// <summary>
    /// Assertions on a <c>vrrp_instance</c> found by <see cref="KeepalivedConfigAssertions.HaveVrrpInstance"/>. When the
    /// instance is missing (already reported, e.g. inside an <c>AssertionScope</c>) the chained assertions check nothing more.
    /// </summary>
    public sealed class VrrpInstanceAssertions
    {
        internal VrrpInstanceAssertions(KeepalivedConfigAssertions parent, VrrpInstance? instance)
        {
            And = parent;
            Which = instance;
        }

        /// <summary>Back to the whole configuration.</summary>
        public KeepalivedConfigAssertions And { get; }

        /// <summary>The instance (null only when it was missing and the failure was collected by a scope).</summary>
        public VrrpInstance? Which { get; }

        /// <summary>Asserts the instance's <c>virtual_router_id</c>.</summary>
        /// <param name="routerId">The expected id (1-255).</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public VrrpInstanceAssertions WithRouterId(int routerId, string because = "", params object[] becauseArgs) =>
            HaveValue("virtual_router_id", Which?.VirtualRouterId == routerId, routerId.ToString(System.Globalization.CultureInfo.InvariantCulture), because, becauseArgs);

        /// <summary>Asserts the instance's <c>priority</c>.</summary>
        /// <param name="priority">The expected priority (1-255).</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public VrrpInstanceAssertions WithPriority(int priority, string because = "", params object[] becauseArgs) =>
            HaveValue("priority", Which?.Priority == priority, priority.ToString(System.Globalization.CultureInfo.InvariantCulture), because, becauseArgs);

        /// <summary>Asserts the instance's <c>state</c> (<c>MASTER</c> or <c>BACKUP</c>).</summary>
        /// <param name="state">The expected state.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public VrrpInstanceAssertions WithState(string state, string because = "", params object[] becauseArgs) =>
            HaveValue("state", Which?.State == state, state, because, becauseArgs);

        /// <summary>Asserts the instance's <c>interface</c>.</summary>
        /// <param name="name">The expected interface, e.g. <c>eth0</c>.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public VrrpInstanceAssertions WithInterface(string name, string because = "", params object[] becauseArgs) =>
            HaveValue("interface", Which?.Interface == name, name, because, becauseArgs);

        /// <summary>Asserts that the instance's <c>track_script</c> block names <paramref name="script"/>.</summary>
        /// <param name="script">The <c>vrrp_script</c> name.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public VrrpInstanceAssertions Tracking(string script, string because = "", params object[] becauseArgs)
        {
            if (Which is null) return this;
            var tracked = Which.TrackScripts;
            if (tracked.Any(t => t.Name == script)) return this;
            Failure.Report(because, becauseArgs, $"Expected {Described} to track script \"{script}\"", tracked.Count == 0
                ? ", but it tracks no script."
                : $", but it tracks {Failure.Join(tracked, t => t.Name, t => t.Statement.Location)}.");
            return this;
        }

        private string Described => $"vrrp_instance \"{Which!.Name}\" at {Failure.At(Which.Location)}";

        private VrrpInstanceAssertions HaveValue(string keyword, bool matches, string expected, string because, object[] becauseArgs)
        {
            if (Which is null || matches) return this;
            var statement = Which.Find(keyword);
            Failure.Report(because, becauseArgs, $"Expected {Described} to have {keyword} {expected}", statement is null
                ? $", but it has no {keyword}."
                : $", but found {statement.GetArgument(0)} at {Failure.At(statement.Location)}.");
            return this;
        }
    }
}
