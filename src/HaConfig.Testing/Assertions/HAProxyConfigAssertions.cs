using System.Linq;
using FluentAssertions;
using FluentAssertions.Primitives;
using HaConfig.HAProxy;
using HaConfig.Testing.Golden;
using HaConfig.Validation;

namespace HaConfig.Testing.Assertions
{
    /// <summary>Assertions on a parsed <c>haproxy.cfg</c>: <c>config.Should().BeValid()</c>, <c>.HaveFrontend("api")</c>, <c>.HaveBackend("apiserver")</c>.</summary>
    public sealed class HAProxyConfigAssertions : ReferenceTypeAssertions<HAProxyConfig, HAProxyConfigAssertions>
    {
        /// <summary>Wraps <paramref name="subject"/>.</summary>
        public HAProxyConfigAssertions(HAProxyConfig subject)
            : base(subject)
        {
        }

        /// <inheritdoc/>
        protected override string Identifier => "haproxy config";

        private string Name => DiagnosticChecks.Name(Subject.Path);

        /// <summary>Asserts that validation with the default options reports no error; the failure lists each as <c>file(line,col): ID message</c>.</summary>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<HAProxyConfigAssertions> BeValid(string because = "", params object[] becauseArgs) =>
            BeValid(ValidationOptions.Default, because, becauseArgs);

        /// <summary>Asserts that validation with <paramref name="options"/> (target version, disabled rules) reports no error.</summary>
        /// <param name="options">The validation options.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<HAProxyConfigAssertions> BeValid(ValidationOptions options, string because = "", params object[] becauseArgs)
        {
            DiagnosticChecks.BeValid(Name, Subject.Validate(options), because, becauseArgs);
            return new AndConstraint<HAProxyConfigAssertions>(this);
        }

        /// <summary>Asserts that validation reports no warning (errors are <see cref="BeValid(string, object[])"/>'s business).</summary>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<HAProxyConfigAssertions> HaveNoWarnings(string because = "", params object[] becauseArgs) =>
            HaveNoWarnings(ValidationOptions.Default, because, becauseArgs);

        /// <summary>Asserts that validation with <paramref name="options"/> reports no warning.</summary>
        /// <param name="options">The validation options.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<HAProxyConfigAssertions> HaveNoWarnings(ValidationOptions options, string because = "", params object[] becauseArgs)
        {
            DiagnosticChecks.HaveNoWarnings(Name, Subject.Validate(options), because, becauseArgs);
            return new AndConstraint<HAProxyConfigAssertions>(this);
        }

        /// <summary>Asserts that a <c>frontend</c> section named <paramref name="name"/> exists; chain <see cref="FrontendAssertions.ThatBinds"/>.</summary>
        /// <param name="name">The frontend's name.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public FrontendAssertions HaveFrontend(string name, string because = "", params object[] becauseArgs)
        {
            var frontend = Subject.FindFrontend(name);
            if (frontend is null)
            {
                var others = Subject.Frontends.ToList();
                Failure.Report(because, becauseArgs, $"Expected {Name} to have frontend \"{name}\"", others.Count == 0
                    ? ", but it has no frontend."
                    : $", but found {Failure.Join(others, f => f.Name, f => f.Header.Location)}.");
            }

            return new FrontendAssertions(this, frontend);
        }

        /// <summary>Asserts that a <c>backend</c> section named <paramref name="name"/> exists; chain <see cref="BackendAssertions.WithServers"/> and friends.</summary>
        /// <param name="name">The backend's name.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public BackendAssertions HaveBackend(string name, string because = "", params object[] becauseArgs)
        {
            var backend = Subject.FindBackend(name);
            if (backend is null)
            {
                var others = Subject.Backends.ToList();
                Failure.Report(because, becauseArgs, $"Expected {Name} to have backend \"{name}\"", others.Count == 0
                    ? ", but it has no backend."
                    : $", but found {Failure.Join(others, b => b.Name, b => b.Header.Location)}.");
            }

            return new BackendAssertions(this, backend);
        }

        /// <summary>
        /// Asserts that the configuration's text equals the golden file's exactly; a mismatch prints a unified diff. With
        /// <c>HACONFIG_UPDATE_GOLDEN=1</c> the golden file is rewritten instead and the assertion passes
        /// (<see cref="GoldenFileResult.Updated"/>). A relative path is relative to the working directory.
        /// </summary>
        /// <param name="path">The golden file.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndWhichConstraint<HAProxyConfigAssertions, GoldenFileResult> MatchGoldenFile(string path, string because = "", params object[] becauseArgs) =>
            new(this, GoldenFile.Match(Name, Subject.ToString(), path, because, becauseArgs));
    }
}
