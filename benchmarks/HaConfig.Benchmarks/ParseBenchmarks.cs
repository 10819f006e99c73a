using BenchmarkDotNet.Attributes;
using System.Linq;
using HaConfig.HAProxy;

namespace HaConfig.Benchmarks
{
    /// <summary>Parsing haproxy.cfg to the lossless tree, and writing it back.</summary>
    [MemoryDiagnoser]
    public class HAProxyParseBenchmarks
    {
        private string _text = string.Empty;
        private HAProxyConfig? _parsed;

        [Params(1_000, 10_000, 100_000)]
        public int Lines { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _text = ConfigGenerator.HAProxy(Lines);
            _parsed = HAProxyConfig.Parse(_text);
        }

        [Benchmark]
        public HAProxyConfig Parse() => HAProxyConfig.Parse(_text);

        [Benchmark]
        public int ParseAndCollectDiagnostics() => HAProxyConfig.Parse(_text).Diagnostics.Count;

        [Benchmark]
        public int SectionsAndServers()
        {
            int servers = 0;
            foreach (var backend in _parsed!.Backends) servers += backend.FindAll("server").Count();
            return servers;
        }
    }
}
