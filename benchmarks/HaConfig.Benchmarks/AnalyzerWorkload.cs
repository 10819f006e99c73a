using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using HaConfig.Analyzers;
using HaConfig.HAProxy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HaConfig.Benchmarks
{
    /// <summary>
    /// The project <c>benchmarks/analyzer-build-time.sh</c> builds, in memory: <c>files</c> C# files of HAProxy and
    /// keepalived builder chains (the same code as <c>generate-analyzer-project.py</c>) and a haproxy.cfg of about
    /// <c>cfgLines</c> lines as additional file, compiled against the runtime's assemblies and HaConfig.
    /// </summary>
    public sealed class AnalyzerWorkload
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        private AnalyzerWorkload(CSharpCompilation compilation, ImmutableArray<AdditionalText> additionalFiles)
        {
            Compilation = compilation;
            AdditionalFiles = additionalFiles;
        }

        /// <summary>The compilation, before any analysis (each run starts from it, so nothing is bound yet).</summary>
        public CSharpCompilation Compilation { get; }

        /// <summary>The haproxy.cfg.</summary>
        public ImmutableArray<AdditionalText> AdditionalFiles { get; }

        /// <summary>
        /// The analyzers of the package, by name (<c>ConfigFile</c>, <c>BuilderChain</c> or <c>Both</c>): with the caches
        /// shared across compilations (what a compiler server or IDE reuses), or with empty caches of their own (what each
        /// command-line build starts from).
        /// </summary>
        public static DiagnosticAnalyzer[] Analyzers(string which, bool sharedCaches = false) =>
            Analyzers(which, name => name == nameof(ConfigFileAnalyzer)
                ? sharedCaches ? new ConfigFileAnalyzer() : ConfigFileAnalyzer.WithOwnCache()
                : sharedCaches ? new BuilderChainAnalyzer() : BuilderChainAnalyzer.WithOwnCache());

        /// <summary>The analyzers by name, each created by <paramref name="create"/> from its class name.</summary>
        public static DiagnosticAnalyzer[] Analyzers(string which, Func<string, DiagnosticAnalyzer> create) => which switch
        {
            "ConfigFile" => new[] { create(nameof(ConfigFileAnalyzer)) },
            "BuilderChain" => new[] { create(nameof(BuilderChainAnalyzer)) },
            "Both" => new[] { create(nameof(ConfigFileAnalyzer)), create(nameof(BuilderChainAnalyzer)) },
            _ => throw new ArgumentException("ConfigFile, BuilderChain or Both", nameof(which)),
        };

        /// <summary>Generates the workload.</summary>
        public static AnalyzerWorkload Create(int files = 200, int cfgLines = 10_000)
        {
            var trees = new List<SyntaxTree>();
            for (int i = 0; i < files; i++) trees.Add(CSharpSyntaxTree.ParseText(BuilderFile(i), ParseOptions, $"/bench/src/Lb{i}.cs"));
            trees.Add(CSharpSyntaxTree.ParseText(
                "global using System; global using System.Linq;\nConsole.WriteLine(Lb0.Web().ToString().Length);\n", ParseOptions, "/bench/Program.cs"));
            var compilation = CSharpCompilation.Create(
                "Bench",
                trees,
                References(),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            var cfg = new MemoryAdditionalText("/bench/haproxy.cfg", HAProxyFile(cfgLines));
            return new AnalyzerWorkload(compilation, ImmutableArray.Create<AdditionalText>(cfg));
        }

        /// <summary>Runs <paramref name="analyzers"/> over a fresh copy of the compilation, as the compiler does.</summary>
        public ImmutableArray<Diagnostic> Run(DiagnosticAnalyzer[] analyzers, bool logTimes = false) =>
            RunWithTimes(analyzers, logTimes).Diagnostics;

        /// <summary>Like <see cref="Run"/>, also returning each analyzer's execution time (when <paramref name="logTimes"/>).</summary>
        public (ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, TimeSpan> Times) RunWithTimes(DiagnosticAnalyzer[] analyzers, bool logTimes)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(AdditionalFiles),
                onAnalyzerException: (exception, analyzer, _) => throw new InvalidOperationException($"{analyzer.GetType().Name} threw", exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: logTimes);
            var withAnalyzers = Compilation.Clone().WithAnalyzers(ImmutableArray.Create(analyzers), options);
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
            if (logTimes)
            {
                foreach (var analyzer in analyzers)
                {
                    var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                    times[analyzer.GetType().Name] = telemetry.ExecutionTime;
                }
            }

            return (diagnostics, times);
        }

        /// <summary>What the compiler does with no analyzer at all: bind every method body and report its diagnostics.</summary>
        public int CompileOnly() => Compilation.Clone().GetDiagnostics().Length;

        private static IEnumerable<MetadataReference> References()
        {
            string trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
            var framework = trusted.Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
                .Select(p => MetadataReference.CreateFromFile(p));
            return framework.Append(MetadataReference.CreateFromFile(typeof(HAProxyConfig).Assembly.Location));
        }

        private static string BuilderFile(int i) => $$"""
            using System.Net;
            using HaConfig.HAProxy;
            using HaConfig.Keepalived;

            internal static class Lb{{i}}
            {
                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    .Defaults(d => d.Mode(ProxyMode.Http).Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
                        .Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(30)).Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30)))
                    .Frontend("fe{{i}}", f => f.Bind(8000 + {{i % 1000}}).Acl("is_api", "path_beg", "/api")
                        .UseBackend("api{{i}}", HaCondition.If("is_api")).DefaultBackend("web{{i}}"))
                    .Backend("web{{i}}", b => b.Balance(BalanceAlgorithm.RoundRobin)
                        .Server("w1", "10.0.{{i % 250}}.1:80", s => s.Check().Weight(10))
                        .Server("w2", IPAddress.Parse("10.0.{{i % 250}}.2"), 80, s => s.Check()))
                    .Backend("api{{i}}", b => b.Server("a1", "10.1.{{i % 250}}.1:8080", s => s.Check().Inter(TimeSpan.FromSeconds(2))))
                    .Build();

                public static KeepalivedConfig Vrrp() => KeepalivedConfig.Create()
                    .GlobalDefs(g => g.RouterId("lb{{i}}").EnableScriptSecurity().ScriptUser("root"))
                    .VrrpScript("chk", s => s.Script("/usr/bin/true").Interval(TimeSpan.FromSeconds(2)))
                    .VrrpInstance("VI_{{i}}", v => v.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({{i % 255 + 1}}).Priority(100)
                        .Authentication(VrrpAuthType.Pass, "k{{i % 1000}}").VirtualIpAddress(IPAddress.Parse("192.168.{{i % 250}}.10"), 24)
                        .TrackScript("chk"))
                    .Build();
            }

            """;

        // The haproxy.cfg of generate-analyzer-project.py: frontends and backends of two checked servers.
        private static string HAProxyFile(int lines)
        {
            var text = new StringBuilder("global\n    maxconn 4096\ndefaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n");
            int count = 7;
            for (int n = 0; count < lines - 6; n++, count += 6)
            {
                text.Append("frontend fe").Append(n).Append("\n    bind :").Append(10000 + n % 50000).Append("\n    default_backend be").Append(n).Append('\n');
                text.Append("backend be").Append(n).Append("\n    server s1 10.2.").Append(n % 250).Append(".1:80 check\n    server s2 10.2.").Append(n % 250).Append(".2:80 check\n");
            }

            text.Append("listen stats\n    bind :8404\n    mode http\n    stats enable\n    stats auth admin:secret\n    timeout client 30s\n");
            return text.ToString();
        }

        private sealed class MemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public MemoryAdditionalText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text, Encoding.UTF8);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
