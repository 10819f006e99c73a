using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace HaConfig.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// An offline analyzer test of <see cref="ConfigFileAnalyzer"/>: framework references come from
    /// Basic.Reference.Assemblies (no NuGet at test time), and the analyzer under test may be replaced, for example by
    /// one whose linter throws.
    /// </summary>
    internal sealed class ConfigFileTest : CSharpAnalyzerTest<ConfigFileAnalyzer, DefaultVerifier>
    {
        private static readonly ImmutableArray<MetadataReference> Net80 =
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();

        private readonly Func<DiagnosticAnalyzer> _analyzer;

        public ConfigFileTest(Func<DiagnosticAnalyzer>? analyzer = null)
        {
            _analyzer = analyzer ?? (() => new ConfigFileAnalyzer());
            TestCode = "internal static class Program { }";
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"); // resolves nothing: no NuGet access
            TestState.AdditionalReferences.AddRange(Net80);
        }

        /// <summary>Adds an additional file.</summary>
        public ConfigFileTest WithFile(string path, string text)
        {
            TestState.AdditionalFiles.Add((path, text));
            return this;
        }

        /// <summary>Adds a global analyzer config (the only kind that applies to additional files).</summary>
        public ConfigFileTest WithGlobalConfig(string body)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + body));
            return this;
        }

        /// <summary>Expects a diagnostic.</summary>
        public ConfigFileTest Expect(DiagnosticResult result)
        {
            ExpectedDiagnostics.Add(result);
            return this;
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new[] { _analyzer() };
    }
}
