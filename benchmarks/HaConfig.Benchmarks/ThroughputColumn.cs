using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HaConfig.Benchmarks
{
    /// <summary>
    /// Input throughput in MB/s (UTF-8 bytes of the generated file divided by the mean time), and the input size,
    /// so that results read as "how fast" rather than only "how long".
    /// </summary>
    public sealed class ThroughputColumn : IColumn
    {
        private static readonly ConcurrentDictionary<(string Format, int Lines), long> Sizes = new();

        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes of input (UTF-8) processed per second";

        public static long InputBytes(string format, int lines) =>
            Sizes.GetOrAdd((format, lines), key => System.Text.Encoding.UTF8.GetByteCount(
                key.Format == "keepalived" ? ConfigGenerator.Keepalived(key.Lines) : ConfigGenerator.HAProxy(key.Lines)));

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var lines = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Lines")?.Value as int?;
            if (report?.ResultStatistics is null || lines is null) return "-";
            string format = benchmarkCase.Descriptor.Type.Name.StartsWith("Keepalived") ? "keepalived" : "haproxy";
            double seconds = report.ResultStatistics.Mean / 1e9;
            return (InputBytes(format, lines.Value) / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
