using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace HaConfig.Analyzers.Tests.Builders
{
    /// <summary>Which chains HA9001 compares: those of one type, wherever in the type they are written.</summary>
    public sealed class CrossChainScopeTests
    {
        private static string Chain(string method, string instance, string id) => $$"""
                public static KeepalivedConfig {{method}}() => KeepalivedConfig.Create()
                    .VrrpInstance("{{instance}}", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({{id}}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.10")))
                    .Build();
            """;

        private static DiagnosticResult HA9001(int at, int first) =>
            new DiagnosticResult("HA9001", DiagnosticSeverity.Warning).WithLocation(at).WithLocation(first);

        [Fact]
        public async Task A_chain_in_a_nested_type_is_not_compared_with_the_outer_types_chains()
        {
            await new BuilderTest(Chain("Api", "VI_API", "51") + "\n    internal static class Inner\n    {\n" + Chain("Db", "VI_DB", "51") + "\n    }\n").RunAsync();
        }

        [Fact]
        public async Task Chains_in_a_field_initializer_and_a_lambda_are_compared_with_the_methods_chains()
        {
            await new BuilderTest(Chain("Api", "VI_API", "{|#1:51|}") + """

                private static readonly KeepalivedConfig Db = KeepalivedConfig.Create()
                    .VrrpInstance("VI_DB", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#0:51|}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.20")))
                    .Build();

                private static readonly System.Func<KeepalivedConfig> Web = () => KeepalivedConfig.Create()
                    .VrrpInstance("VI_WEB", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#2:51|}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.30")))
                    .Build();
                """, HA9001(0, 1), HA9001(2, 1)).RunAsync();
        }

        [Fact]
        public async Task Chains_in_two_parts_of_a_partial_type_are_compared()
        {
            var test = new BuilderTest(string.Empty);
            test.TestState.Sources.Clear();
            test.TestState.Sources.Add(("A.cs", Partial(Chain("Api", "VI_API", "{|#1:51|}"))));
            test.TestState.Sources.Add(("B.cs", Partial(Chain("Db", "VI_DB", "{|#0:51|}"))));
            test.ExpectedDiagnostics.Add(HA9001(0, 1));
            await test.RunAsync();
        }

        [Fact]
        public async Task Chains_of_two_different_types_are_not_compared()
        {
            var test = new BuilderTest(Chain("Api", "VI_API", "51"));
            test.TestState.Sources.Add(("Other.cs", "using System;\nusing System.Net;\nusing HaConfig.Keepalived;\n\ninternal static class Other\n{\n" + Chain("Db", "VI_DB", "51") + "\n}\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_router_id_written_through_Directive_takes_part()
        {
            await new BuilderTest(Chain("Api", "VI_API", "{|#1:51|}") + """

                public static KeepalivedConfig Db() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_DB", i => i.State(VrrpState.Backup).Interface("eth0").Directive("virtual_router_id", {|#0:"51"|}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.20")))
                    .Build();
                """, HA9001(0, 1)).RunAsync();
        }

        [Fact]
        public async Task Each_repeated_router_id_proposes_the_next_id_no_chain_of_the_type_uses_in_source_order()
        {
            string members = Chain("A", "VI_A", "1") + Chain("B", "VI_B", "2") + Chain("C", "VI_C", "1") + Chain("D", "VI_D", "1") + Chain("E", "VI_E", "4");
            var result = await AnalyzerRunner.RunAsync(new BuilderChainAnalyzer(), new[] { BuilderReferences.Code(members) },
                System.Array.Empty<(string, string)>(), BuilderReferences.All);

            result.Exceptions.Should().BeEmpty();
            var findings = result.Diagnostics.Where(d => d.Id == "HA9001").OrderBy(d => d.Location.SourceSpan.Start).ToList();
            findings.Select(d => d.GetMessage()).Should().Equal(
                "vrrp_instance VI_C uses virtual_router_id 1 on interface eth0, as vrrp_instance VI_A built elsewhere in this type does",
                "vrrp_instance VI_D uses virtual_router_id 1 on interface eth0, as vrrp_instance VI_A built elsewhere in this type does");
            findings.Select(d => d.Properties[BuilderChainAnalyzer.FreeRouterIdProperty]).Should().Equal("3", "5");
        }

        [Fact]
        public async Task Chains_rooted_at_a_verbatim_or_escaped_Create_are_compared_and_a_Create_in_a_comment_or_string_is_not_a_chain()
        {
            await new BuilderTest(Chain("Api", "VI_API", "{|#1:51|}") + """

                // KeepalivedConfig.Create() in a comment, and in a string: "KeepalivedConfig.Create()"
                private const string Text = "KeepalivedConfig.Create()";

                public static KeepalivedConfig Db() => KeepalivedConfig.@Create()
                    .VrrpInstance("VI_DB", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#0:51|}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.20")))
                    .Build();
                """, HA9001(0, 1)).RunAsync();
            await new BuilderTest(Chain("Api", "VI_API", "{|#1:51|}") + """

                public static KeepalivedConfig Db() => KeepalivedConfig.\u0043reate()
                    .VrrpInstance("VI_DB", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#0:51|}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.20")))
                    .Build();
                """, HA9001(0, 1)).RunAsync();
        }

        private static string Partial(string members) =>
            "using System;\nusing System.Net;\nusing HaConfig.Keepalived;\n\ninternal static partial class Configs\n{\n" + members + "\n}\n";
    }
}
