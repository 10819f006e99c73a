using System.Threading.Tasks;
using HaConfig.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace HaConfig.Analyzers.Tests.Builders
{
    /// <summary>
    /// Builder code in generated code is neither analysed nor reported on, as Roslyn does for an analyzer that does not
    /// analyse generated code: the analyzer decides what is hidden itself (see <c>GeneratedCodeFilter</c>).
    /// </summary>
    public sealed class GeneratedCodeTests
    {
        private const string ServerWithoutCheck = """
                HAProxyConfig.Create()
                    .Defaults(d => d.Mode(ProxyMode.Http).Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
                        .Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(30)).Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30)))
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("web"))
                    .Backend("web", b => b.Server("web1", "10.0.0.1:80", s => s.Check()).Server({|#0:"web2"|}, "10.0.0.2:80"))
                    .Build()
            """;

        private static DiagnosticResult MissingCheck(int location) =>
            new DiagnosticResult("HA1007", DiagnosticSeverity.Warning).WithLocation(location);

        [Fact]
        public async Task A_chain_in_a_method_marked_generated_is_not_reported()
        {
            await new BuilderTest($$"""
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public static HAProxyConfig Web() => {{ServerWithoutCheck.Replace("{|#0:\"web2\"|}", "\"web2\"")}};
                """).RunAsync();
        }

        [Fact]
        public async Task A_chain_in_a_property_marked_generated_is_not_reported()
        {
            await new BuilderTest($$"""
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public static HAProxyConfig Web => {{ServerWithoutCheck.Replace("{|#0:\"web2\"|}", "\"web2\"")}};
                """).RunAsync();
        }

        [Fact]
        public async Task A_chain_in_a_getter_of_a_property_marked_generated_is_not_reported()
        {
            await new BuilderTest($$"""
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public static HAProxyConfig Web { get { return {{ServerWithoutCheck.Replace("{|#0:\"web2\"|}", "\"web2\"")}}; } }
                """).RunAsync();
        }

        [Fact]
        public async Task A_chain_in_a_nested_type_marked_generated_is_not_reported()
        {
            await new BuilderTest($$"""
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                private static class Generated
                {
                    public static HAProxyConfig Web() => {{ServerWithoutCheck.Replace("{|#0:\"web2\"|}", "\"web2\"")}};
                }
                """).RunAsync();
        }

        [Fact]
        public async Task A_chain_in_a_local_function_marked_generated_is_reported_as_Roslyn_does()
        {
            // Roslyn looks for the attribute on member declarations only (types, members, accessors), not on local functions.
            await new BuilderTest($$"""
                public static HAProxyConfig Web()
                {
                    return Local();

                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    static HAProxyConfig Local() => {{ServerWithoutCheck}};
                }
                """, MissingCheck(0)).RunAsync();
        }

        [Fact]
        public async Task A_finding_in_a_hidden_region_is_not_reported_and_one_outside_it_is()
        {
            // In a file with hidden regions, what comes before the first #line directive is hidden too: hence the first line.
            var test = new BuilderTest(string.Empty, MissingCheck(0));
            test.TestState.Sources.Clear();
            test.TestState.Sources.Add("#line default\n" + BuilderReferences.Code("""
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    .Defaults(d => d.Mode(ProxyMode.Http).Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
                        .Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(30)).Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30)))
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("web"))
                    .Backend("web", b => b.Server("web1", "10.0.0.1:80", s => s.Check())
                        .Server({|#0:"web2"|}, "10.0.0.2:80")
                #line hidden
                        .Server("web3", "10.0.0.3:80"))
                #line default
                    .Build();
                """));
            await test.RunAsync();
        }

        [Fact]
        public async Task Nothing_before_the_first_line_directive_of_a_file_with_hidden_regions_is_reported()
        {
            await new BuilderTest($$"""
                public static HAProxyConfig Web() => {{ServerWithoutCheck.Replace("{|#0:\"web2\"|}", "\"web2\"")}};
                #line hidden
                #line default
                """).RunAsync();
        }

        [Fact]
        public async Task A_chain_in_a_file_marked_auto_generated_is_not_reported()
        {
            var test = new BuilderTest(string.Empty);
            test.TestState.Sources.Add(("Generated.cs", "// <auto-generated/>\n" + BuilderReferences.Code(
                "public static HAProxyConfig Web() => " + ServerWithoutCheck.Replace("{|#0:\"web2\"|}", "\"web2\"") + ";").Replace("class Configs", "class GeneratedConfigs")));
            await test.RunAsync();
        }
    }
}
