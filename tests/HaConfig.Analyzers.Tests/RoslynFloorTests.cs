using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace HaConfig.Analyzers.Tests
{
    /// <summary>
    /// CS9057 guard: a compiler silently skips an analyzer built against a newer Roslyn than itself. The floor is 4.8
    /// (.NET 8 SDK 8.0.1xx, Visual Studio 2022 17.8).
    /// </summary>
    public class RoslynFloorTests
    {
        private static readonly Version Floor = new(4, 8, 0, 0);

        [Fact]
        public void The_analyzer_references_Microsoft_CodeAnalysis_no_newer_than_4_8()
        {
            var references = typeof(ConfigFileAnalyzer).Assembly.GetReferencedAssemblies()
                .Where(r => r.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                .ToList();

            references.Should().Contain(r => r.Name == "Microsoft.CodeAnalysis");
            references.Should().OnlyContain(r => r.Version! <= Floor, "newer references make the compiler skip the analyzer with CS9057");
            references.Should().NotContain(r => r.Name!.Contains("Workspaces"), "Workspaces is not loaded in command-line builds (RS1022)");
        }
    }
}
