using BenchmarkDotNet.Attributes;

namespace HaConfig.Benchmarks
{
    /// <summary>
    /// The analyzers on a generated compilation (200 files of builder chains and a 10,000-line haproxy.cfg, as in
    /// <c>analyzer-build-time.sh</c>): <c>Analyze</c> is what <c>CompilationWithAnalyzers</c> costs with the analyzer(s),
    /// binding included; <c>CompileOnly</c> binds and reports the compiler's own diagnostics with no analyzer, so
    /// <c>Analyze / CompileOnly - 1</c> is roughly what the analyzers add. <c>SharedCaches</c> false gives each operation
    /// new analyzers with empty caches (the work of one build); true keeps the caches a compiler server or IDE keeps.
    /// Warm figures: the one-off cost of loading and JIT-compiling the analyzer code in a fresh compiler process is what
    /// <c>measure analyzers</c> shows.
    /// </summary>
    [Config(typeof(BenchmarkConfig))]
    public class AnalyzerBenchmarks
    {
        private AnalyzerWorkload _workload = null!;

        [Params("ConfigFile", "BuilderChain", "Both")]
        public string Analyzers { get; set; } = "Both";

        [Params(false, true)]
        public bool SharedCaches { get; set; }

        [GlobalSetup]
        public void Setup() => _workload = AnalyzerWorkload.Create();

        [Benchmark(Baseline = true)]
        public int CompileOnly() => _workload.CompileOnly();

        [Benchmark]
        public int Analyze() => _workload.Run(AnalyzerWorkload.Analyzers(Analyzers, SharedCaches)).Length;
    }
}
