using System.Threading.Tasks;
using HaConfig.Analyzers.CodeFixes;
using HaConfig.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace HaConfig.Analyzers.Tests.Builders
{
    public sealed class BuilderCodeFixTests
    {
        private const string Head = """
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    .Defaults(d => d.Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
                        .Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(30)).Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30)))
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("web"))
            """;

        [Fact]
        public async Task Adds_a_Check_lambda_to_a_server_without_one()
        {
            var test = new BuilderFixTest<AddHealthCheckCodeFix>(Head + """

                    .Backend("web", b => b.Server({|#0:"web1"|}, "10.0.0.1:80"))
                    .Build();
                """, Head + """

                    .Backend("web", b => b.Server("web1", "10.0.0.1:80", s => s.Check()))
                    .Build();
                """);
            test.ExpectedDiagnostics.Add(new DiagnosticResult("HA1007", DiagnosticSeverity.Warning).WithLocation(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Appends_Check_to_an_existing_server_lambda()
        {
            var test = new BuilderFixTest<AddHealthCheckCodeFix>(Head + """

                    .Backend("web", b => b.Server({|#0:"web1"|}, "10.0.0.1:80", s => s.Weight(10)))
                    .Build();
                """, Head + """

                    .Backend("web", b => b.Server("web1", "10.0.0.1:80", s => s.Weight(10).Check()))
                    .Build();
                """);
            test.ExpectedDiagnostics.Add(new DiagnosticResult("HA1007", DiagnosticSeverity.Warning).WithLocation(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Clamps_an_out_of_range_priority_and_router_id()
        {
            const string Before = """
                public static KeepalivedConfig Lb() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_1", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#0:0|}).Priority({|#1:300|})
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.10")))
                    .Build();
                """;
            const string After = """
                public static KeepalivedConfig Lb() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_1", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId(1).Priority(255)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.10")))
                    .Build();
                """;
            var test = new BuilderFixTest<ConstantValueCodeFix>(Before, After) { NumberOfFixAllIterations = 2 };
            test.ExpectedDiagnostics.Add(new DiagnosticResult("HA2002", DiagnosticSeverity.Error).WithLocation(0));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("HA2004", DiagnosticSeverity.Error).WithLocation(1));
            test.NumberOfIncrementalIterations = 2;
            await test.RunAsync();
        }

        [Fact]
        public async Task Renames_a_duplicate_router_id_across_chains_to_the_next_free_one()
        {
            const string Before = """
                public static KeepalivedConfig Api() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_API", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#1:1|}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.10")))
                    .Build();

                public static KeepalivedConfig Db() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_DB", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#0:1|}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.20")))
                    .Build();
                """;
            string after = Before.Replace("{|#1:1|}", "1").Replace("{|#0:1|}", "2");
            var test = new BuilderFixTest<ConstantValueCodeFix>(Before, after);
            test.ExpectedDiagnostics.Add(new DiagnosticResult("HA9001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));
            await test.RunAsync();
        }
    }
}
