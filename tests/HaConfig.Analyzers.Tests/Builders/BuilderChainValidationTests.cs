using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Analyzers.Builders;
using HaConfig.Analyzers.Tests.Infrastructure;
using HaConfig.HAProxy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using HaDiagnostic = HaConfig.Diagnostics.Diagnostic;

namespace HaConfig.Analyzers.Tests.Builders
{
    /// <summary>How often the builder analyzer validates folded chains: once per distinct text, never for opaque chains.</summary>
    public sealed class BuilderChainValidationTests
    {
        [Fact]
        public async Task Identical_chains_are_validated_once_and_each_reports_its_own_diagnostic()
        {
            var validated = new ConcurrentBag<string>();
            var diagnostics = await RunAsync(validated, """
                public static HAProxyConfig A() => HAProxyConfig.Create()
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("missing"))
                    .Build();

                public static HAProxyConfig B() => HAProxyConfig.Create()
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("missing"))
                    .Build();
                """);

            validated.Should().HaveCount(1);
            diagnostics.Where(d => d.Id == "HA1003").Select(d => d.Location.GetLineSpan().StartLinePosition.Line)
                .Should().HaveCount(2).And.OnlyHaveUniqueItems();
        }

        [Fact]
        public async Task An_opaque_chain_is_not_validated()
        {
            var validated = new ConcurrentBag<string>();
            var diagnostics = await RunAsync(validated, """
                public static HAProxyConfig Other() => HAProxyConfig.Create()
                    .Backend("web", Configure)
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("nope"))
                    .Build();

                private static void Configure(BackendBuilder b) => b.Server("web1", "10.0.0.1:80");
                """);

            validated.Should().BeEmpty();
            diagnostics.Should().BeEmpty();
        }

        [Fact]
        public async Task Tracked_scripts_and_interfaces_fold_to_the_lines_the_builder_writes()
        {
            var validated = new ConcurrentBag<string>();
            await RunAsync(validated, """
                public static KeepalivedConfig Lb() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_1", i => i.Interface("eth0").VirtualRouterId(51).Priority(100)
                        .TrackScript("left_out").TrackScript("given", 5).TrackScript("given_null", null).TrackScript("named", weight: -2)
                        .TrackInterface("eth1").TrackInterface("eth2", 3))
                    .Build();
                """);

            // The same chain at run time: an omitted or null weight writes no "weight" word.
            var built = HaConfig.Keepalived.KeepalivedConfig.Create()
                .VrrpInstance("VI_1", i => i.Interface("eth0").VirtualRouterId(51).Priority(100)
                    .TrackScript("left_out").TrackScript("given", 5).TrackScript("given_null", null).TrackScript("named", weight: -2)
                    .TrackInterface("eth1").TrackInterface("eth2", 3))
                .Build().ToString();

            validated.Should().ContainSingle();
            TrackedLines(validated.Single()).Should().Equal(TrackedLines(built))
                .And.Contain(new[] { "left_out", "given weight 5", "given_null", "named weight -2", "eth1", "eth2 weight 3" });
        }

        private static List<string> TrackedLines(string text)
        {
            var lines = text.Split('\n').Select(l => l.Trim()).ToList();
            var tracked = new List<string>();
            bool inside = false;
            foreach (var line in lines)
            {
                if (line.StartsWith("track_script", System.StringComparison.Ordinal) || line.StartsWith("track_interface", System.StringComparison.Ordinal)) inside = true;
                else if (line == "}") inside = false;
                else if (inside) tracked.Add(line);
            }

            return tracked;
        }

        // Runs a BuilderChainAnalyzer whose validation records each text it is asked to validate.
        private static async Task<ImmutableArray<Diagnostic>> RunAsync(ConcurrentBag<string> validated, string members)
        {
            var compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(BuilderReferences.Code(members)) },
                BuilderReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var analyzer = new BuilderChainAnalyzer((chain, rendered) =>
            {
                validated.Add(rendered.Text);
                return Validate(chain, rendered);
            });
            return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }

        private static IReadOnlyList<HaDiagnostic> Validate(FoldedChain chain, RenderedModel rendered) =>
            chain.Format == ConfigFormat.HAProxy
                ? HAProxyConfig.Parse(rendered.Text).Validate()
                : HaConfig.Keepalived.KeepalivedConfig.Parse(rendered.Text).Validate();
    }
}
