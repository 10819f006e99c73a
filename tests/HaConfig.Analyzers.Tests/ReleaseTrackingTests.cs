using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.Analyzers.Tests.Infrastructure;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Analyzers.Tests
{
    /// <summary>
    /// The descriptors are built from the catalogue at run time, so the compiler's release tracking (RS2000) cannot see
    /// them; these tests keep AnalyzerReleases.Unshipped.md and the Roslyn descriptors equal to the catalogue instead.
    /// </summary>
    public class ReleaseTrackingTests
    {
        [Fact]
        public void Every_catalogue_rule_is_listed_in_the_release_files_with_its_severity()
        {
            string folder = Path.Combine(Repository.Root, "analyzers", "HaConfig.Analyzers");
            var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"))
                .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md")))
                .Where(line => line.StartsWith("HA", StringComparison.Ordinal))
                .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
                .Select(cells => $"{cells[0]} {cells[1]} {cells[2]}")
                .ToList();

            var expected = RuleCatalogue.All.Select(r => $"{r.Id} HaConfig {r.DefaultSeverity}").ToList();
            if (Environment.GetEnvironmentVariable("HACONFIG_UPDATE_RELEASES") == "1")
            {
                // New rules go to Unshipped.md; rows already shipped stay in Shipped.md.
                var shipped = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
                    .Where(line => line.StartsWith("HA", StringComparison.Ordinal)).Select(line => line.Split('|')[0].Trim()).ToHashSet();
                string path = Path.Combine(folder, "AnalyzerReleases.Unshipped.md");
                var header = File.ReadAllLines(path).TakeWhile(line => !line.StartsWith("HA", StringComparison.Ordinal));
                var table = RuleCatalogue.All.Where(r => !shipped.Contains(r.Id))
                    .Select(r => $"{r.Id} | HaConfig | {r.DefaultSeverity} | {r.Title}, [Documentation]({r.HelpUri})");
                File.WriteAllLines(path, header.Concat(table));
                return;
            }

            rows.Should().BeEquivalentTo(expected, "AnalyzerReleases.Unshipped.md must list every rule ID the analyzer reports");
        }

        [Fact]
        public void The_analyzer_supports_every_catalogue_rule_with_its_title_severity_and_help_link()
        {
            var supported = new ConfigFileAnalyzer().SupportedDiagnostics;

            supported.Select(d => d.Id).Should().Equal(RuleCatalogue.All.Select(r => r.Id));
            supported.Select(d => d.Id).Should().Contain("HA9999");
            foreach (var descriptor in supported)
            {
                var rule = RuleCatalogue.Find(descriptor.Id)!;
                descriptor.Title.ToString().Should().Be(rule.Title);
                descriptor.MessageFormat.ToString().Should().Be("{0}");
                descriptor.Category.Should().Be("HaConfig");
                descriptor.HelpLinkUri.Should().Be(rule.HelpUri);
                descriptor.DefaultSeverity.Should().Be(rule.DefaultSeverity switch
                {
                    Diagnostics.DiagnosticSeverity.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
                    Diagnostics.DiagnosticSeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
                    _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
                });
                descriptor.IsEnabledByDefault.Should().BeTrue();
            }
        }

        [Fact]
        public void HA9999_has_a_docs_page_with_the_standard_headings()
        {
            string text = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules", "HA9999.md"));

            text.Should().StartWith("# HA9999: Analyzer failure");
            foreach (var heading in new[] { "## Cause", "## Rule description", "## How to fix", "## When to suppress", "## Example" })
            {
                text.Should().Contain(heading);
            }
        }
    }
}
