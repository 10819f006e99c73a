using System.Linq;
using HaConfig.HAProxy;

namespace HaConfig.Testing.Assertions
{
    /// <summary>
    /// Assertions on a backend found by <see cref="HAProxyConfigAssertions.HaveBackend"/>. When the backend is missing
    /// (already reported, e.g. inside an <c>AssertionScope</c>) the chained assertions check nothing more.
    /// </summary>
    public sealed class BackendAssertions
    {
        internal BackendAssertions(HAProxyConfigAssertions parent, BackendSection? backend)
        {
            And = parent;
            Which = backend;
        }

        /// <summary>Back to the whole configuration.</summary>
        public HAProxyConfigAssertions And { get; }

        /// <summary>The backend (null only when it was missing and the failure was collected by a scope).</summary>
        public BackendSection? Which { get; }

        private string Described => $"backend \"{Which!.Name}\" at {Failure.At(Which.Header.Location)}";

        /// <summary>Asserts that the backend has exactly <paramref name="count"/> <c>server</c> lines (templates and <c>default-server</c> do not count).</summary>
        /// <param name="count">The expected number of servers.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public BackendAssertions WithServers(int count, string because = "", params object[] becauseArgs)
        {
            if (Which is null) return this;
            int found = Which.Servers.Count;
            if (found != count)
            {
                Failure.Report(because, becauseArgs, $"Expected {Described} to have {Failure.Count(count, "server")}", $", but found {found}.");
            }

            return this;
        }

        /// <summary>
        /// Asserts that the backend has servers and every one is health-checked: <c>check</c> on its line, or on the
        /// backend's <c>default-server</c> line without <c>no-check</c> on its own.
        /// </summary>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public BackendAssertions AllWithHealthChecks(string because = "", params object[] becauseArgs)
        {
            if (Which is null) return this;
            var servers = Which.Servers;
            if (servers.Count == 0)
            {
                Failure.Report(because, becauseArgs, $"Expected every server of {Described} to have health checks", ", but it has no server.");
                return this;
            }

            bool byDefault = Which.DefaultServer?.HasCheck == true;
            var unchecked_ = servers.Where(s => !s.HasCheck && !(byDefault && !s.HasOption("no-check"))).ToList();
            if (unchecked_.Count > 0)
            {
                Failure.Report(because, becauseArgs, $"Expected every server of {Described} to have health checks",
                    $", but {Failure.Join(unchecked_, s => s.Name, s => s.Location)} {(unchecked_.Count == 1 ? "has" : "have")} no \"check\".");
            }

            return this;
        }

        /// <summary>Asserts that the backend has a <c>server</c> named <paramref name="name"/>; chain <see cref="ServerAssertions.HaveOption"/>.</summary>
        /// <param name="name">The server's name.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public ServerAssertions Server(string name, string because = "", params object[] becauseArgs)
        {
            var server = Which?.FindServer(name);
            if (Which is not null && server is null)
            {
                Failure.Report(because, becauseArgs, $"Expected {Described} to have server \"{name}\"", Which.Servers.Count == 0
                    ? ", but it has no server."
                    : $", but found {Failure.Join(Which.Servers, s => s.Name, s => s.Location)}.");
            }

            return new ServerAssertions(this, server);
        }
    }
}
