using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace HaConfig.Benchmarks
{
    /// <summary>Shared settings: memory diagnoser, MB/s column, and a bounded job so the 1 M-line cases finish.</summary>
    public sealed class BenchmarkConfig : ManualConfig
    {
        public BenchmarkConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(6));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new ThroughputColumn());
        }
    }
}
