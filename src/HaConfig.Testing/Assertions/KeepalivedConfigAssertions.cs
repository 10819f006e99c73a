using System.Linq;
using FluentAssertions;
using FluentAssertions.Primitives;
using HaConfig.Keepalived;
using HaConfig.Testing.Golden;
using HaConfig.Validation;

namespace HaConfig.Testing.Assertions
{
    /// <summary>Assertions on a parsed <c>keepalived.conf</c>: <c>config.Should().BeValid()</c>, <c>.HaveVrrpInstance("VI_1")</c>.</summary>
    public sealed class KeepalivedConfigAssertions : ReferenceTypeAssertions<KeepalivedConfig, KeepalivedConfigAssertions>
    {
        /// <summary>Wraps <paramref name="subject"/>.</summary>
        public KeepalivedConfigAssertions(KeepalivedConfig subject)
            : base(subject)
        {
        }

        /// <inheritdoc/>
        protected override string Identifier => "keepalived config";

        private string Name => DiagnosticChecks.Name(Subject.Path);

        /// <summary>Asserts that validation with the default options reports no error; the failure lists each as <c>file(line,col): ID message</c>.</summary>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<KeepalivedConfigAssertions> BeValid(string because = "", params object[] becauseArgs) =>
            BeValid(ValidationOptions.Default, because, becauseArgs);

        /// <summary>Asserts that validation with <paramref name="options"/> (target version, config-id, disabled rules) reports no error.</summary>
        /// <param name="options">The validation options.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<KeepalivedConfigAssertions> BeValid(ValidationOptions options, string because = "", params object[] becauseArgs)
        {
            DiagnosticChecks.BeValid(Name, Subject.Validate(options), because, becauseArgs);
            return new AndConstraint<KeepalivedConfigAssertions>(this);
        }

        /// <summary>Asserts that validation reports no warning (errors are <see cref="BeValid(string, object[])"/>'s business).</summary>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<KeepalivedConfigAssertions> HaveNoWarnings(string because = "", params object[] becauseArgs) =>
            HaveNoWarnings(ValidationOptions.Default, because, becauseArgs);

        /// <summary>Asserts that validation with <paramref name="options"/> reports no warning.</summary>
        /// <param name="options">The validation options.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<KeepalivedConfigAssertions> HaveNoWarnings(ValidationOptions options, string because = "", params object[] becauseArgs)
        {
            DiagnosticChecks.HaveNoWarnings(Name, Subject.Validate(options), because, becauseArgs);
            return new AndConstraint<KeepalivedConfigAssertions>(this);
        }

        /// <summary>Asserts that a <c>vrrp_instance</c> named <paramref name="name"/> exists; chain <see cref="VrrpInstanceAssertions.WithRouterId"/> and friends.</summary>
        /// <param name="name">The instance's name.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public VrrpInstanceAssertions HaveVrrpInstance(string name, string because = "", params object[] becauseArgs)
        {
            var instance = Subject.FindVrrpInstance(name);
            if (instance is null)
            {
                var others = Subject.VrrpInstances.ToList();
                Failure.Report(because, becauseArgs, $"Expected {Name} to have vrrp_instance \"{name}\"", others.Count == 0
                    ? ", but it has no vrrp_instance."
                    : $", but found {Failure.Join(others, i => i.Name, i => i.Location)}.");
            }

            return new VrrpInstanceAssertions(this, instance);
        }

        /// <summary>
        /// Asserts that the configuration's text equals the golden file's exactly; a mismatch prints a unified diff. With
        /// <c>HACONFIG_UPDATE_GOLDEN=1</c> the golden file is rewritten instead and the assertion passes
        /// (<see cref="GoldenFileResult.Updated"/>). A relative path is relative to the working directory.
        /// </summary>
        /// <param name="path">The golden file.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndWhichConstraint<KeepalivedConfigAssertions, GoldenFileResult> MatchGoldenFile(string path, string because = "", params object[] becauseArgs) =>
            new(this, GoldenFile.Match(Name, Subject.ToString(), path, because, becauseArgs));
    }
}
