using System.Threading.Tasks;
using HaConfig.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace HaConfig.Analyzers.Tests
{
    public class ConfigFileAnalyzerTests
    {
        private const string UndefinedBackend =
            "frontend fe\n    bind :80\n    use_backend {|#0:nope|}\n    default_backend web\n    timeout client 5s\nbackend web\n    timeout connect 5s\n    timeout server 5s\n    server s1 10.0.0.1:80 check\n";

        private const string ValidConfig =
            "frontend fe\n    bind :80\n    use_backend web\n    timeout client 5s\nbackend web\n    timeout connect 5s\n    timeout server 5s\n    server s1 10.0.0.1:80 check\n";

        [Fact]
        public Task Undefined_backend_is_reported_on_the_name_in_the_file() =>
            new ConfigFileTest()
                .WithFile("/src/haproxy.cfg", UndefinedBackend)
                .Expect(new DiagnosticResult("HA1003", DiagnosticSeverity.Error).WithLocation(0)
                    .WithMessage("proxy 'fe': unable to find required use_backend: 'nope'"))
                .RunAsync();

        [Fact]
        public Task Missing_final_newline_is_reported_at_the_end_of_the_last_line() =>
            new ConfigFileTest()
                .WithFile("/src/haproxy-prod.cfg", ValidConfig.TrimEnd('\n'))
                .Expect(new DiagnosticResult("HA0004", DiagnosticSeverity.Error).WithSpan("/src/haproxy-prod.cfg", 8, 32, 8, 32))
                .RunAsync();

        [Fact]
        public Task A_valid_configuration_has_no_diagnostics() =>
            new ConfigFileTest().WithFile("/src/haproxy.cfg", ValidConfig).RunAsync();

        [Fact]
        public Task Conventional_names_are_matched_case_insensitively() =>
            new ConfigFileTest()
                .WithFile("/src/lb/HAProxy-Edge.CFG", UndefinedBackend)
                .Expect(new DiagnosticResult("HA1003", DiagnosticSeverity.Error).WithLocation(0))
                .RunAsync();

        [Fact]
        public Task A_file_with_another_name_is_not_linted() =>
            new ConfigFileTest()
                .WithFile("/src/lb/edge.cfg", UndefinedBackend.Replace("{|#0:", string.Empty).Replace("|}", string.Empty))
                .WithFile("/src/haproxy.conf", UndefinedBackend.Replace("{|#0:", string.Empty).Replace("|}", string.Empty))
                .RunAsync();

        [Fact]
        public Task HaConfigKind_metadata_makes_any_file_a_haproxy_configuration() =>
            new ConfigFileTest()
                .WithFile("/src/lb/edge.txt", UndefinedBackend)
                .WithGlobalConfig("\n[/src/lb/edge.txt]\nbuild_metadata.AdditionalFiles.HaConfigKind = haproxy\n")
                .Expect(new DiagnosticResult("HA1003", DiagnosticSeverity.Error).WithLocation(0))
                .RunAsync();

        [Fact]
        public Task HaConfigKind_none_excludes_a_conventionally_named_file() =>
            new ConfigFileTest()
                .WithFile("/src/haproxy.cfg", UndefinedBackend.Replace("{|#0:", string.Empty).Replace("|}", string.Empty))
                .WithGlobalConfig("\n[/src/haproxy.cfg]\nbuild_metadata.AdditionalFiles.HaConfigKind = none\n")
                .RunAsync();

        [Fact]
        public Task Empty_HaConfigKind_metadata_falls_back_to_the_file_name() =>
            // The SDK writes an empty value for every additional file once the metadata is compiler-visible.
            new ConfigFileTest()
                .WithFile("/src/haproxy.cfg", UndefinedBackend)
                .WithGlobalConfig("\n[/src/haproxy.cfg]\nbuild_metadata.AdditionalFiles.HaConfigKind = \n")
                .Expect(new DiagnosticResult("HA1003", DiagnosticSeverity.Error).WithLocation(0))
                .RunAsync();

        [Fact]
        public Task Severity_is_overridden_by_a_globalconfig() =>
            new ConfigFileTest()
                .WithFile("/src/haproxy.cfg", UndefinedBackend)
                .WithGlobalConfig("dotnet_diagnostic.HA1003.severity = warning\n")
                .Expect(new DiagnosticResult("HA1003", DiagnosticSeverity.Warning).WithLocation(0))
                .RunAsync();

        [Fact]
        public Task A_rule_is_turned_off_by_a_globalconfig() =>
            new ConfigFileTest()
                .WithFile("/src/haproxy.cfg", UndefinedBackend.Replace("{|#0:", string.Empty).Replace("|}", string.Empty))
                .WithGlobalConfig("dotnet_diagnostic.HA1003.severity = none\n")
                .RunAsync();

        [Fact]
        public Task Each_file_is_linted_on_its_own() =>
            new ConfigFileTest()
                .WithFile("/src/a/haproxy.cfg", UndefinedBackend)
                .WithFile("/src/b/haproxy.cfg", ValidConfig)
                .Expect(new DiagnosticResult("HA1003", DiagnosticSeverity.Error).WithLocation(0))
                .RunAsync();
    }
}
