using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HaConfig.Benchmarks
{
    /// <summary>
    /// The analyzers on a generated compilation (200 files of builder chains and a 10,000-line haproxy.cfg, as in
    /// <c>analyzer-build-time.sh</c>): <c>Analyze</c> is what <c>CompilationWithAnalyzers</c> costs with the analyzer(s),
    /// binding included; <c>CompileOnly</c> binds and reports the compiler's own diagnostics with no analyzer, so
    /// <c>Analyze / CompileOnly - 1</c> is roughly what the analyzers add. Warm figures: the one-off cost of loading and
    /// compiling the analyzer code in a fresh compiler process is what <c>measure analyzers</c> shows.
    /// </summary>
    [Config(typeof(BenchmarkConfig))]
    public class AnalyzerBenchmarks
    {
        private AnalyzerWorkload _workload = null!;
        private DiagnosticAnalyzer[] _analyzers = null!;

        [Params("ConfigFile", "BuilderChain", "Both")]
        public string Analyzers { get; set; } = "Both";

        [GlobalSetup]
        public void Setup()
        {
            _workload = AnalyzerWorkload.Create();
            _analyzers = AnalyzerWorkload.Analyzers(Analyzers);
        }

        [Benchmark(Baseline = true)]
        public int CompileOnly() => _workload.CompileOnly();

        [Benchmark]
        public int Analyze() => _workload.Run(_analyzers).Length;
    }
}
