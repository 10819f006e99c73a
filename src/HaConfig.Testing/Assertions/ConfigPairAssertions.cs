using FluentAssertions;
using FluentAssertions.Primitives;
using HaConfig.Validation;

namespace HaConfig.Testing.Assertions
{
    /// <summary>Assertions on a <see cref="ConfigPair"/>: <c>pair.Should().BeConsistent()</c>.</summary>
    public sealed class ConfigPairAssertions : ReferenceTypeAssertions<ConfigPair, ConfigPairAssertions>
    {
        /// <summary>Wraps <paramref name="subject"/>.</summary>
        public ConfigPairAssertions(ConfigPair subject)
            : base(subject)
        {
        }

        /// <inheritdoc/>
        protected override string Identifier => "config pair";

        /// <summary>
        /// Asserts that <see cref="ConfigPair.Validate"/> reports no error: each file valid on its own and every cross
        /// check satisfied. The failure lists each diagnostic as <c>file(line,col): ID message</c>.
        /// </summary>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<ConfigPairAssertions> BeConsistent(string because = "", params object[] becauseArgs) =>
            BeConsistent(ValidationOptions.Default, because, becauseArgs);

        /// <summary>Asserts that <see cref="ConfigPair.Validate"/> with <paramref name="options"/> reports no error.</summary>
        /// <param name="options">The validation options.</param>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<ConfigPairAssertions> BeConsistent(ValidationOptions options, string because = "", params object[] becauseArgs)
        {
            DiagnosticChecks.BeValid(Subject.Name, Subject.Validate(options), because, becauseArgs, "to be consistent");
            return new AndConstraint<ConfigPairAssertions>(this);
        }

        /// <summary>Asserts that <see cref="ConfigPair.Validate"/> reports no warning.</summary>
        /// <param name="because">Why the assertion is needed, for the failure message.</param>
        /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
        public AndConstraint<ConfigPairAssertions> HaveNoWarnings(string because = "", params object[] becauseArgs)
        {
            DiagnosticChecks.HaveNoWarnings(Subject.Name, Subject.Validate(ValidationOptions.Default), because, becauseArgs);
            return new AndConstraint<ConfigPairAssertions>(this);
        }
    }
}
