using System;
using System.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Validation;

namespace HaConfig.Benchmarks
{
    /// <summary>
    /// <c>measure [LINES...]</c>: one quick pass per stage and size, printing time per MB, to spot non-linear stages
    /// before a full BenchmarkDotNet run. Not a benchmark: best of 3 to 20 samples, after half a second of warm-up.
    /// </summary>
    internal static class MeasureCommand
    {
        private static string? _only;
        private static ValidationOptions _options = new();
        private static bool _collect;

        /// <summary>
        /// <c>measure [--only STAGE-PREFIX] [--threads N] [--collect true] [LINES...]</c>, e.g. <c>measure --only "haproxy validate" 100000</c>
        /// under a profiler; <c>--threads 1</c> validates on one thread (the default lets <c>Validate()</c> decide);
        /// <c>--collect true</c> collects all garbage before each timed run, as BenchmarkDotNet does between iterations (the
        /// previous run's garbage then never meets this run's allocations in a background collection).
        /// </summary>
        public static int Run(string[] args)
        {
            args = args[1..];
            while (args.Length > 1 && args[0].StartsWith("--", StringComparison.Ordinal))
            {
                if (args[0] == "--only") _only = args[1];
                else if (args[0] == "--threads") _options = new ValidationOptions { MaxDegreeOfParallelism = int.Parse(args[1]) };
                else if (args[0] == "--collect") _collect = bool.Parse(args[1]);
                else throw new ArgumentException("unknown option " + args[0]);
                args = args[2..];
            }

            var sizes = args.Length > 0 ? Array.ConvertAll(args, int.Parse) : new[] { 10_000, 100_000, 1_000_000 };
            foreach (var lines in sizes)
            {
                string haproxy = ConfigGenerator.HAProxy(lines), keepalived = ConfigGenerator.Keepalived(lines);
                Report("haproxy parse", lines, haproxy, () => HAProxyConfig.Parse(haproxy, null, ConfigGenerator.Limits));
                Report("haproxy model", lines, haproxy, () =>
                {
                    int n = 0;
                    foreach (var backend in HAProxyConfig.Parse(haproxy, null, ConfigGenerator.Limits).Backends) n += backend.Servers.Count;
                    return n;
                });
                Report("haproxy validate", lines, haproxy, () => HAProxyConfig.Parse(haproxy, null, ConfigGenerator.Limits).Validate(_options).Count);
                Report("keepalived parse", lines, keepalived, () => KeepalivedConfig.Parse(keepalived, null, ConfigGenerator.Limits));
                Report("keepalived expand", lines, keepalived, () => KeepalivedExpansion.Expand(KeepalivedConfig.Parse(keepalived, null, ConfigGenerator.Limits)).Config.Lines.Count);
                Report("keepalived model", lines, keepalived, () =>
                {
                    int n = 0;
                    foreach (var statement in KeepalivedConfig.Parse(keepalived, null, ConfigGenerator.Limits).AllStatements) n++;
                    return n;
                });
                Report("keepalived validate", lines, keepalived, () => KeepalivedConfig.Parse(keepalived, null, ConfigGenerator.Limits).Validate(_options).Count);

                // The same configuration validated again and again: its tree and the views the rules asked for are made
                // once, so against "keepalived validate" this is what parsing, building the tree and making views cost.
                var reused = KeepalivedConfig.Parse(keepalived, null, ConfigGenerator.Limits);
                Report("keepalived revalidate", lines, keepalived, () => reused.Validate(_options).Count);
            }

            return 0;
        }

        /// <summary><c>measure rules [LINES]</c>: time of each rule on its own, to find the expensive ones.</summary>
        public static int Rules(string[] args)
        {
            int lines = args.Length > 1 ? int.Parse(args[1]) : 100_000;
            var haproxy = HAProxyConfig.Parse(ConfigGenerator.HAProxy(lines), null, ConfigGenerator.Limits);
            var keepalived = KeepalivedConfig.Parse(ConfigGenerator.Keepalived(lines), null, ConfigGenerator.Limits);
            foreach (var rule in HaConfig.Validation.Rules.HAProxy.HAProxyRules.All) Time(rule.GetType().Name, () => rule.Analyze(haproxy, new HaConfig.Validation.ValidationContext(new HaConfig.Validation.ValidationOptions())));
            foreach (var rule in HaConfig.Validation.Rules.Keepalived.KeepalivedRules.All) Time(rule.GetType().Name, () => rule.Analyze(keepalived, new HaConfig.Validation.ValidationContext(new HaConfig.Validation.ValidationOptions())));

            // Each keepalived rule above is given a fresh context, so its time includes building the view a validation
            // builds once and shares: this line is that part, to subtract.
            Time("(KeepalivedView, in each HA2xxx above)", () => HaConfig.Validation.Rules.Keepalived.KeepalivedView.Create(keepalived, new HaConfig.Validation.ValidationOptions()));
            return 0;
        }

        private static void Time(string name, Action action)
        {
            // Warm up past the first JIT tier (30 calls), then keep the best of five: one cold sample mostly measured the JIT.
            for (int i = 0; i < 35; i++) action();
            double best = double.MaxValue;
            long allocated = 0;
            for (int i = 0; i < 5; i++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                action();
                watch.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{name,-40} {best,10:F1} ms {allocated / 1e6,10:F1} MB allocated");
        }

        private static void Report(string stage, int lines, string text, Func<object> action)
        {
            if (_only is not null && !stage.StartsWith(_only, StringComparison.Ordinal)) return;
            // Warm up, so that small inputs are measured on optimised code too, not on the first JIT tier: otherwise the
            // 10k-line figures, and the scaling check with them, are skewed.
            // The runtime promotes a method to optimised (tier-1) code after 30 calls: a rule's Analyze is called once per
            // validation, so fewer warm-up calls measured tier-0 code. At least 35 calls, or 10 s for the largest inputs.
            var warmup = Stopwatch.StartNew();
            int calls = 0;
            do
            {
                action();
                calls++;
            }
            while (warmup.ElapsedMilliseconds < 500 || (calls < 35 && warmup.ElapsedMilliseconds < 10_000));

            // Best of at least three samples (more for small inputs, up to a second): wall-clock time on a shared
            // machine only ever grows with load. CPU time (this process, GC threads included) is printed too: it is
            // far less sensitive to other processes than the wall clock.
            double best = double.MaxValue, bestCpu = double.MaxValue, bestPause = 0;
            string bestCounts = string.Empty;
            long allocated = 0;
            var total = Stopwatch.StartNew();
            for (int run = 0; run < 3 || (run < 20 && total.ElapsedMilliseconds < 1000); run++)
            {
                if (_collect) GC.Collect();

                // The whole process: validation may run rules on other threads.
                long before = GC.GetTotalAllocatedBytes(precise: true);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var pause = GC.GetTotalPauseDuration();
                int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
                var watch = Stopwatch.StartNew();
                action();
                watch.Stop();
                double pauseMs = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
                double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                if (watch.Elapsed.TotalMilliseconds < best)
                {
                    bestPause = pauseMs;
                    bestCounts = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
                }

                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                bestCpu = Math.Min(bestCpu, cpuMs);
            }

            double mb = System.Text.Encoding.UTF8.GetByteCount(text) / 1e6;
            Console.WriteLine($"{stage,-20} {lines,9} lines {mb,8:F1} MB {best,10:F1} ms {mb / (best / 1000),8:F1} MB/s {bestCpu,10:F1} ms CPU {mb / (bestCpu / 1000),8:F1} MB/s CPU {allocated / 1e6 / mb,6:F1} B alloc/B {bestPause,8:F1} ms GC pause (gen0/1/2 {bestCounts})");
        }
    }
}
