using BenchmarkDotNet.Attributes;
using HaConfig.Keepalived;

namespace HaConfig.Benchmarks
{
    /// <summary>keepalived.conf: parsing, the typed model, and validation with every rule.</summary>
    [Config(typeof(BenchmarkConfig))]
    public class KeepalivedBenchmarks
    {
        private string _text = string.Empty;

        [Params(1_000, 10_000, 100_000, 1_000_000)]
        public int Lines { get; set; }

        [GlobalSetup]
        public void Setup() => _text = ConfigGenerator.Keepalived(Lines);

        [Benchmark]
        public KeepalivedConfig Parse() => KeepalivedConfig.Parse(_text, null, ConfigGenerator.Limits);

        [Benchmark]
        public int ParseAndModel()
        {
            var config = KeepalivedConfig.Parse(_text, null, ConfigGenerator.Limits);
            int total = 0;
            foreach (var instance in config.VrrpInstances) total += instance.Priority ?? 0;
            return total;
        }

        [Benchmark]
        public int ParseAndValidate() => KeepalivedConfig.Parse(_text, null, ConfigGenerator.Limits).Validate().Count;

        /// <summary>The same on the calling thread only (the default runs the rules of a large file on every processor).</summary>
        [Benchmark]
        public int ParseAndValidateOneThread() => KeepalivedConfig.Parse(_text, null, ConfigGenerator.Limits).Validate(OneThread).Count;

        private static readonly HaConfig.Validation.ValidationOptions OneThread = new() { MaxDegreeOfParallelism = 1 };
    }
}
