using FluentAssertions;
using FluentAssertions.Primitives;
using HaConfig.Testing.Golden;
using HaConfig.Validation;

namespace HaConfig.Testing.Assertions
{
    /// <summary>Assertions on a <see cref="ConfigFile"/> of either format, as a theory over a folder uses them.</summary>
    public sealed class ConfigFileAssertions : ReferenceTypeAssertions<ConfigFile, ConfigFileAssertions>
    {
        /// <summary>Wraps <paramref name="subject"/>.</summary>
        public ConfigFileAssertions(ConfigFile subject)
            : base(subject)
        {
        }

        /// <inheritdoc/>
        protected override string Identifier => "config file";

        /// <summary>Asserts that the file's catalogue reports no error; the failure lists each as <c>file(line,col): ID message</c>.</summary>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<ConfigFileAssertions> BeValid(string because = "", params object[] becauseArgs) =>
            BeValid(ValidationOptions.Default, because, becauseArgs);

        /// <summary>Asserts that the file's catalogue with <paramref name="options"/> reports no error.</summary>
        /// <param name="options">The validation options.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<ConfigFileAssertions> BeValid(ValidationOptions options, string because = "", params object[] becauseArgs)
        {
            DiagnosticChecks.BeValid(Subject.Path, Subject.Validate(options), because, becauseArgs);
            return new AndConstraint<ConfigFileAssertions>(this);
        }

        /// <summary>Asserts that the file's catalogue reports no warning.</summary>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<ConfigFileAssertions> HaveNoWarnings(string because = "", params object[] becauseArgs)
        {
            DiagnosticChecks.HaveNoWarnings(Subject.Path, Subject.Validate(ValidationOptions.Default), because, becauseArgs);
            return new AndConstraint<ConfigFileAssertions>(this);
        }

        /// <summary>Asserts that the file's text equals the golden file's exactly (see <see cref="HAProxyConfigAssertions.MatchGoldenFile"/>).</summary>
        /// <param name="path">The golden file.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndWhichConstraint<ConfigFileAssertions, GoldenFileResult> MatchGoldenFile(string path, string because = "", params object[] becauseArgs) =>
            new(this, GoldenFile.Match(Subject.Path, Subject.Text, path, because, becauseArgs));
    }
}
