using System.Threading.Tasks;
using HaConfig.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace HaConfig.Analyzers.Tests.Builders
{
    public sealed class BuilderChainAnalyzerTests
    {
        private const string Defaults = """
                .Defaults(d => d.Mode(ProxyMode.Http)
                    .Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
                    .Timeout(ProxyTimeout.Client, HaDuration.FromSeconds(30))
                    .Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30)))
            """;

        private static DiagnosticResult Expect(string id, DiagnosticSeverity severity, int location) =>
            new DiagnosticResult(id, severity).WithLocation(location);

        [Fact]
        public async Task A_complete_HAProxy_chain_with_health_checks_reports_nothing()
        {
            await new BuilderTest($$"""
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    {{Defaults}}
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("web"))
                    .Backend("web", b => b.Balance(BalanceAlgorithm.RoundRobin)
                        .Server("web1", "10.0.0.1:80", s => s.Check().Weight(10))
                        .Server("web2", IPAddress.Parse("10.0.0.2"), 80, s => s.Check()))
                    .Build();
                """).RunAsync();
        }

        [Fact]
        public async Task A_server_without_check_is_reported_on_its_name_argument()
        {
            await new BuilderTest($$"""
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    {{Defaults}}
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("web"))
                    .Backend("web", b => b
                        .Server("web1", "10.0.0.1:80", s => s.Check())
                        .Server({|#0:"web2"|}, "10.0.0.2:80"))
                    .Build();
                """, Expect("HA1007", DiagnosticSeverity.Warning, 0)).RunAsync();
        }

        [Fact]
        public async Task A_default_backend_naming_nothing_is_reported_on_the_argument()
        {
            await new BuilderTest($$"""
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    {{Defaults}}
                    .Frontend("fe", f => f.Bind(80).DefaultBackend({|#0:"missing"|}))
                    .Build();
                """, Expect("HA1003", DiagnosticSeverity.Error, 0)).RunAsync();
        }

        [Fact]
        public async Task A_use_backend_naming_nothing_is_reported_and_a_defined_one_is_not()
        {
            await new BuilderTest($$"""
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    {{Defaults}}
                    .Frontend("fe", f => f.Bind(80)
                        .Acl("is_api", "path_beg", "/api")
                        .UseBackend({|#0:"apii"|}, HaCondition.If("is_api"))
                        .DefaultBackend("web"))
                    .Backend("web", b => b.Server("web1", "10.0.0.1:80", s => s.Check()))
                    .Build();
                """, Expect("HA1003", DiagnosticSeverity.Error, 0)).RunAsync();
        }

        [Fact]
        public async Task An_http_frontend_routing_to_a_tcp_backend_is_reported()
        {
            await new BuilderTest("""
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    .Defaults(d => d.Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
                        .Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(30))
                        .Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30)))
                    .Frontend("fe", f => f.Mode(ProxyMode.Http).Bind(80).DefaultBackend({|#0:"db"|}))
                    .Backend("db", b => b.Mode(ProxyMode.Tcp).Server("db1", "10.0.0.1:5432", s => s.Check()))
                    .Build();
                """, Expect("HA1002", DiagnosticSeverity.Error, 0)).RunAsync();
        }

        [Fact]
        public async Task Missing_timeouts_are_reported_on_the_section()
        {
            await new BuilderTest("""
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    .{|#0:Backend|}({|#1:"web"|}, b => b.Server("web1", "10.0.0.1:80", s => s.Check()))
                    .Build();
                """, Expect("HA1001", DiagnosticSeverity.Warning, 0), Expect("HA1049", DiagnosticSeverity.Info, 1)).RunAsync();
        }

        [Fact]
        public async Task An_out_of_range_server_weight_is_reported_on_the_constant()
        {
            await new BuilderTest($$"""
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    {{Defaults}}
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("web"))
                    .Backend("web", b => b.Server("web1", "10.0.0.1:80", s => s.Check().Weight({|#0:300|})))
                    .Build();
                """, Expect("HA1019", DiagnosticSeverity.Error, 0)).RunAsync();
        }

        [Fact]
        public async Task Non_constant_arguments_are_never_reported()
        {
            await new BuilderTest($$"""
                public static HAProxyConfig Web(string backend, int weight, Action<ServerBuilder> server) => HAProxyConfig.Create()
                    {{Defaults}}
                    .Frontend("fe", f => f.Bind(80).DefaultBackend(backend))
                    .Backend("web", b => b
                        .Server("web1", "10.0.0.1:80", s => s.Check().Weight(weight))
                        .Server("web2", "10.0.0.2:80", server))
                    .Build();
                """).RunAsync();
        }

        [Fact]
        public async Task A_chain_not_rooted_at_Create_or_configured_by_a_method_group_is_skipped()
        {
            await new BuilderTest("""
                public static HAProxyConfig Web(HAProxyBuilder builder) => builder
                    .Backend("web", b => b.Server("web1", "10.0.0.1:80"))
                    .Build();

                public static HAProxyConfig Other() => HAProxyConfig.Create()
                    .Backend("web", Configure)
                    .Frontend("fe", f => f.Bind(80).DefaultBackend("nope"))
                    .Build();

                private static void Configure(BackendBuilder b) => b.Server("web1", "10.0.0.1:80");
                """).RunAsync();
        }

        [Fact]
        public async Task A_non_constant_value_keeps_single_line_rules_but_drops_cross_line_ones()
        {
            // The unknown timeout could be anything, so HA1001 (missing timeouts) is not decided; the weight is certain.
            await new BuilderTest("""
                public static HAProxyConfig Web(TimeSpan t) => HAProxyConfig.Create()
                    .Backend("web", b => b.Timeout(ProxyTimeout.Connect, t)
                        .Server("web1", "10.0.0.1:80", s => s.Weight({|#0:300|})))
                    .Build();
                """, Expect("HA1019", DiagnosticSeverity.Error, 0)).RunAsync();
        }

        [Fact]
        public async Task A_port_or_enum_value_the_builder_rejects_is_left_unknown_instead_of_failing_the_analyzer()
        {
            // Bind(0) and (SslVerify)42 throw in the builder at run time; rendering them threw in the analyzer (HA9999).
            await new BuilderTest($$"""
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    {{Defaults}}
                    .Frontend("fe", f => f.Bind(0).DefaultBackend("web"))
                    .Backend("web", b => b.Server("web1", "10.0.0.1:80", s => s.Check().Verify((SslVerify)42)))
                    .Build();
                """).RunAsync();
        }

        private const string Script = """
                .VrrpScript("check_apiserver", s => s.Script("/etc/keepalived/check_apiserver.sh").Interval(TimeSpan.FromSeconds(3)))
            """;

        [Fact]
        public async Task A_valid_keepalived_chain_reports_only_that_pass_authentication_is_clear_text()
        {
            await new BuilderTest($$"""
                public static KeepalivedConfig Lb() => KeepalivedConfig.Create()
                    .GlobalDefs(g => g.RouterId("lb1").EnableScriptSecurity().ScriptUser("root"))
                    {{Script}}
                    .VrrpInstance("VI_1", i => i.State(VrrpState.Master).Interface("eth0").VirtualRouterId(51).Priority(101)
                        .Authentication({|#0:VrrpAuthType.Pass|}, "42").VirtualIpAddress(IPAddress.Parse("192.168.1.10"), 24)
                        .TrackScript("check_apiserver"))
                    .Build();
                """, Expect("HA2036", DiagnosticSeverity.Info, 0)).RunAsync();
        }

        [Fact]
        public async Task Keepalived_ranges_auth_pass_and_track_script_are_reported_on_their_arguments()
        {
            await new BuilderTest($$"""
                public static KeepalivedConfig Lb() => KeepalivedConfig.Create()
                    .GlobalDefs(g => g.RouterId("lb1").EnableScriptSecurity().ScriptUser("root"))
                    {{Script}}
                    .VrrpInstance("VI_1", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#0:300|}).Priority({|#1:300|})
                        .Authentication({|#4:VrrpAuthType.Pass|}, {|#2:"longer-than-8"|}).VirtualIpAddress(IPAddress.Parse("192.168.1.10"), 24)
                        .TrackScript({|#3:"check_apiservr"|}))
                    .Build();
                """,
                Expect("HA2002", DiagnosticSeverity.Error, 0),
                Expect("HA2004", DiagnosticSeverity.Error, 1),
                Expect("HA2007", DiagnosticSeverity.Error, 2),
                Expect("HA2009", DiagnosticSeverity.Error, 3),
                Expect("HA2036", DiagnosticSeverity.Info, 4)).RunAsync();
        }

        [Fact]
        public async Task A_duplicate_router_id_in_one_chain_is_reported_on_the_second_id()
        {
            await new BuilderTest("""
                public static KeepalivedConfig Lb() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_1", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId(51).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.10")))
                    .VrrpInstance("VI_2", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#0:51|}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.11")))
                    .Build();
                """, Expect("HA2003", DiagnosticSeverity.Error, 0)).RunAsync();
        }

        [Fact]
        public async Task A_duplicate_router_id_across_chains_of_one_type_is_HA9001_but_the_two_nodes_of_a_pair_are_not()
        {
            await new BuilderTest("""
                public static KeepalivedConfig ApiMaster() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_API", i => i.State(VrrpState.Master).Interface("eth0").VirtualRouterId({|#1:51|}).Priority(101)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.10")))
                    .Build();

                public static KeepalivedConfig ApiBackup() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_API", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId(51).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.10")))
                    .Build();

                public static KeepalivedConfig Db() => KeepalivedConfig.Create()
                    .VrrpInstance("VI_DB", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({|#0:51|}).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.20")))
                    .Build();

                public static KeepalivedConfig Other(int id) => KeepalivedConfig.Create()
                    .VrrpInstance("VI_X", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId(id).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.30")))
                    .Build();
                """, new DiagnosticResult("HA9001", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)).RunAsync();
        }

        [Fact]
        public async Task Generated_code_is_skipped()
        {
            await new BuilderTest("""
                [System.CodeDom.Compiler.GeneratedCode("gen", "1")]
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    .Backend("web", b => b.Server("web1", "10.0.0.1:80"))
                    .Build();
                """).RunAsync();
        }
    }
}
