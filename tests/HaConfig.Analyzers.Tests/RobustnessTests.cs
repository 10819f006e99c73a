using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Analyzers.Tests.Infrastructure;
using HaConfig.Diagnostics;
using HaConfig.Validation;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace HaConfig.Analyzers.Tests
{
    public class RobustnessTests
    {
        private static ConfigFileAnalyzer ThrowingAnalyzer() =>
            new((_, _, _) => throw new InvalidOperationException("boom\non two lines"), new LintCache(4));

        [Fact]
        public Task A_linter_exception_becomes_one_HA9999_at_the_start_of_the_file_not_AD0001() =>
            new ConfigFileTest(ThrowingAnalyzer)
                .WithFile("/src/haproxy.cfg", "frontend fe\n    bind :80\n")
                .Expect(new DiagnosticResult("HA9999", RoslynSeverity.Warning).WithSpan("/src/haproxy.cfg", 1, 1, 1, 1)
                    .WithMessage("HaConfig could not lint this file: InvalidOperationException: boom on two lines"))
                .RunAsync();

        [Fact]
        public async Task A_linter_exception_is_not_reported_as_an_analyzer_crash()
        {
            var result = await AnalyzerRunner.RunAsync(ThrowingAnalyzer(), new[] { ("/src/keepalived.conf", "global_defs {\n}\n") });

            result.Exceptions.Should().BeEmpty();
            result.Diagnostics.Select(d => d.Id).Should().Equal("HA9999");
        }

        [Fact]
        public async Task A_keepalived_file_is_linted_with_catalogue_diagnostics_located_in_it()
        {
            // The closing brace of the instance is missing: a syntax error the catalogue reports, located in the file.
            var result = await AnalyzerRunner.RunAsync(new ConfigFileAnalyzer(), new[]
            {
                ("/src/keepalived.conf", "vrrp_instance VI_1 {\n    state MASTER\n    virtual_router_id 51\n"),
            });

            result.Exceptions.Should().BeEmpty();
            result.Diagnostics.Should().NotBeEmpty();
            result.Diagnostics.Should().OnlyContain(d => RuleCatalogue.Find(d.Id) != null && d.Id != "HA9999");
            result.Diagnostics.Should().OnlyContain(d => d.Location.GetLineSpan().Path == "/src/keepalived.conf");
        }

        [Fact]
        public async Task Random_text_in_configuration_files_never_crashes_the_analyzer()
        {
            var random = new Random(20261127);
            var files = new List<(string, string)>();
            for (int i = 0; i < 150; i++)
            {
                string name = (i % 3) switch { 0 => "haproxy.cfg", 1 => "keepalived.conf", _ => "haproxy-x.cfg" };
                files.Add(($"/src/f{i}/{name}", Garbage(random, random.Next(0, 3000))));
            }

            var result = await AnalyzerRunner.RunAsync(new ConfigFileAnalyzer(), files);

            result.Exceptions.Should().BeEmpty();
            result.Diagnostics.Should().NotContain(d => d.Id == "AD0001");
            result.Diagnostics.Should().OnlyContain(d => RuleCatalogue.Find(d.Id) != null, "every diagnostic comes from the catalogue");
            result.Diagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith(".cfg", StringComparison.Ordinal))
                .Should().NotContain(d => d.Id == "HA9999", "the HAProxy linter handles any text");
        }

        [Fact]
        public async Task Binary_and_huge_line_files_are_linted_without_crashing()
        {
            var bytes = new byte[4096];
            new Random(7).NextBytes(bytes);
            string binary = Encoding.Latin1.GetString(bytes);
            string hugeLine = "frontend " + new string('x', 200_000) + "\n";

            var result = await AnalyzerRunner.RunAsync(new ConfigFileAnalyzer(), new[]
            {
                ("/src/haproxy-binary.cfg", binary),
                ("/src/haproxy-huge.cfg", hugeLine),
                ("/src/haproxy-empty.cfg", string.Empty),
            });

            result.Exceptions.Should().BeEmpty();
            result.Diagnostics.Should().OnlyContain(d => RuleCatalogue.Find(d.Id) != null && d.Id != "HA9999");
            result.Diagnostics.Should().Contain(d => d.Id == RuleCatalogue.StrayNul.Id || d.Id == RuleCatalogue.MissingFinalNewline.Id,
                "random bytes contain NULs or end without a line feed");
        }

        [Fact]
        public async Task Positions_beyond_the_text_are_clamped_into_the_file()
        {
            var wild = new Diagnostic(
                RuleCatalogue.UndefinedBackend, DiagnosticSeverity.Error, "far away",
                new Text.SourceLocation("/src/haproxy.cfg", 99, 99, 120, 5));
            var analyzer = new ConfigFileAnalyzer((_, _, _) => new[] { wild }, new LintCache(4));

            var result = await AnalyzerRunner.RunAsync(analyzer, new[] { ("/src/haproxy.cfg", "backend b\n") });

            result.Exceptions.Should().BeEmpty();
            var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
            diagnostic.Id.Should().Be("HA1003");
            diagnostic.Location.SourceSpan.End.Should().BeLessThanOrEqualTo("backend b\n".Length);
        }

        private static string Garbage(Random random, int length)
        {
            const string alphabet = "frontend backend listen use_backend server bind .if .endif {}\"'\\x#$@~ \t\r\n\n\n\0abc:80 10.0.0.1 include !";
            var builder = new StringBuilder(length);
            for (int i = 0; i < length; i++) builder.Append(alphabet[random.Next(alphabet.Length)]);
            return builder.ToString();
        }
    }
}
