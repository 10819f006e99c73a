using System.Linq;
using BenchmarkDotNet.Attributes;
using HaConfig.HAProxy;

namespace HaConfig.Benchmarks
{
    /// <summary>haproxy.cfg: the typed model, validation with every rule, and one edit written back.</summary>
    [Config(typeof(BenchmarkConfig))]
    public class HAProxyModelBenchmarks
    {
        private string _text = string.Empty;

        [Params(1_000, 10_000, 100_000, 1_000_000)]
        public int Lines { get; set; }

        [GlobalSetup]
        public void Setup() => _text = ConfigGenerator.HAProxy(Lines);

        /// <summary>Parse, then read every server of every backend through the typed model.</summary>
        [Benchmark]
        public int ParseAndModel()
        {
            var config = HAProxyConfig.Parse(_text, null, ConfigGenerator.Limits);
            int checkedServers = 0;
            foreach (var backend in config.Backends)
            {
                foreach (var server in backend.Servers)
                {
                    if (server.HasCheck && server.Port is not null && server.Weight is not null) checkedServers++;
                }
            }

            return checkedServers;
        }

        /// <summary>Parse, then every rule of the catalogue.</summary>
        [Benchmark]
        public int ParseAndValidate() => HAProxyConfig.Parse(_text, null, ConfigGenerator.Limits).Validate().Count;

        /// <summary>The same on the calling thread only (the default runs the rules of a large file on every processor).</summary>
        [Benchmark]
        public int ParseAndValidateOneThread() => HAProxyConfig.Parse(_text, null, ConfigGenerator.Limits).Validate(OneThread).Count;

        private static readonly HaConfig.Validation.ValidationOptions OneThread = new() { MaxDegreeOfParallelism = 1 };

        /// <summary>Parse, change one server's weight, write the whole file back.</summary>
        [Benchmark]
        public int ParseEditWrite()
        {
            var config = HAProxyConfig.Parse(_text, null, ConfigGenerator.Limits);
            var server = config.Backends.Last().Servers.Last();
            server.SetOption("weight", "7");
            return config.ToString().Length;
        }
    }
}
