using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace HaConfig.Analyzers.Tests.Infrastructure
{
    /// <summary>Offline references for builder code: the .NET 8 reference assemblies and the HaConfig library.</summary>
    internal static class BuilderReferences
    {
        public static ImmutableArray<MetadataReference> All { get; } =
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(HaConfig.HAProxy.HAProxyConfig).Assembly.Location))
                .ToImmutableArray();

        /// <summary>Wraps statements in a class with the usings builder code needs.</summary>
        public static string Code(string members) => """
            using System;
            using System.Net;
            using HaConfig.HAProxy;
            using HaConfig.Keepalived;

            internal static class Configs
            {
            """ + members + "\n}\n";
    }

    /// <summary>An offline analyzer test of <see cref="BuilderChainAnalyzer"/>.</summary>
    internal sealed class BuilderTest : CSharpAnalyzerTest<BuilderChainAnalyzer, DefaultVerifier>
    {
        public BuilderTest(string members, params DiagnosticResult[] expected)
        {
            TestCode = BuilderReferences.Code(members);
            ReferenceAssemblies = new ReferenceAssemblies("net8.0");
            TestState.AdditionalReferences.AddRange(BuilderReferences.All);
            ExpectedDiagnostics.AddRange(expected);
        }
    }

    /// <summary>An offline code-fix test over <see cref="BuilderChainAnalyzer"/>.</summary>
    internal sealed class BuilderFixTest<TFix> : CSharpCodeFixTest<BuilderChainAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public BuilderFixTest(string members, string fixedMembers)
        {
            TestCode = BuilderReferences.Code(members);
            FixedCode = BuilderReferences.Code(fixedMembers);
            ReferenceAssemblies = new ReferenceAssemblies("net8.0");
            TestState.AdditionalReferences.AddRange(BuilderReferences.All);
            FixedState.AdditionalReferences.AddRange(BuilderReferences.All);
        }
    }
}
