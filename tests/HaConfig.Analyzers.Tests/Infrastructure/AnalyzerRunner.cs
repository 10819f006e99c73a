using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HaConfig.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs an analyzer the way the compiler does (CompilationWithAnalyzers) over many additional files, with no expected
    /// diagnostics: for properties that must hold for any input, such as "never throws".
    /// </summary>
    internal static class AnalyzerRunner
    {
        public static Task<Result> RunAsync(DiagnosticAnalyzer analyzer, IEnumerable<(string Path, string Text)> files) =>
            RunAsync(analyzer, new[] { "internal static class Program { }" }, files, Basic.Reference.Assemblies.Net80.References.All);

        /// <summary>Runs over C# sources (one syntax tree each, however broken) and additional files.</summary>
        public static async Task<Result> RunAsync(
            DiagnosticAnalyzer analyzer, IEnumerable<string> sources, IEnumerable<(string Path, string Text)> files, IEnumerable<MetadataReference> references)
        {
            var compilation = CSharpCompilation.Create(
                "Consumer",
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"/src/Source{i}.cs")),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var exceptions = new ConcurrentBag<Exception>();
            var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additional),
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return new Result(diagnostics, exceptions.ToList());
        }

        public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions);

        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryAdditionalText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
