using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;

namespace HaConfig.Testing.Assertions
{
    /// <summary>
    /// Assertions on a frontend found by <see cref="HAProxyConfigAssertions.HaveFrontend"/>. When the frontend is missing
    /// (already reported, e.g. inside an <c>AssertionScope</c>) the chained assertions check nothing more.
    /// </summary>
    public sealed class FrontendAssertions
    {
        internal FrontendAssertions(HAProxyConfigAssertions parent, FrontendSection? frontend)
        {
            And = parent;
            Which = frontend;
        }

        /// <summary>Back to the whole configuration.</summary>
        public HAProxyConfigAssertions And { get; }

        /// <summary>The frontend (null only when it was missing and the failure was collected by a scope).</summary>
        public FrontendSection? Which { get; }

        /// <summary>
        /// Asserts that one of the frontend's <c>bind</c> lines listens on <paramref name="address"/>: the same text
        /// (<c>*:6443</c>, <c>10.0.0.1:443</c>), or any IPv4 wildcard spelling (<c>*</c>, <c>0.0.0.0</c>, empty) on the same port.
        /// </summary>
        /// <param name="address">The address as written after <c>bind</c>, e.g. <c>*:6443</c>.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public FrontendAssertions ThatBinds(string address, string because = "", params object[] becauseArgs)
        {
            if (Which is null) return this;
            var binds = Which.Binds;
            if (binds.Any(b => b.Addresses.Any(a => SameAddress(a, address)))) return this;
            string before = $"Expected frontend \"{Which.Name}\" at {Failure.At(Which.Header.Location)} to bind \"{address}\"";
            Failure.Report(because, becauseArgs, before, binds.Count == 0
                ? ", but it has no bind line."
                : $", but it binds {Failure.Join(binds, b => b.AddressText, b => b.Location)}.");
            return this;
        }

        /// <summary>Asserts that the frontend's <c>default_backend</c> is <paramref name="backend"/>.</summary>
        /// <param name="backend">The backend's name.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public FrontendAssertions WithDefaultBackend(string backend, string because = "", params object[] becauseArgs)
        {
            if (Which is null) return this;
            var directive = Which.DefaultBackend;
            if (directive?.BackendName == backend) return this;
            string before = $"Expected frontend \"{Which.Name}\" at {Failure.At(Which.Header.Location)} to have default_backend \"{backend}\"";
            Failure.Report(because, becauseArgs, before, directive is null
                ? ", but it has no default_backend."
                : $", but found \"{directive.BackendName}\" at {Failure.At(directive.Location)}.");
            return this;
        }

        private static bool SameAddress(HAProxyAddress actual, string expected)
        {
            if (actual.Text == expected) return true;
            if (!HAProxyAddress.TryParse(expected, out var wanted) || wanted is null) return false;
            return actual.IsWildcard && wanted.IsWildcard && !actual.IsIPv6 && !wanted.IsIPv6
                && actual.Port == wanted.Port && actual.PortEnd == wanted.PortEnd;
        }
    }
}
