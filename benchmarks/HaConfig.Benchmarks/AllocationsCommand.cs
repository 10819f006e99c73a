using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;
using HaConfig.HAProxy;
using HaConfig.Keepalived;

namespace HaConfig.Benchmarks
{
    /// <summary>
    /// <c>allocations haproxy|keepalived [LINES]</c>: which types <c>Parse(...).Validate()</c> allocates, from the runtime's
    /// allocation-tick events (one sample about every 100 KB), to find what to remove when bytes per input byte grow.
    /// </summary>
    internal static class AllocationsCommand
    {
        public static int Run(string[] args)
        {
            string format = args.Length > 1 ? args[1] : "haproxy";
            int lines = args.Length > 2 ? int.Parse(args[2]) : 100_000;
            string text = format == "keepalived" ? ConfigGenerator.Keepalived(lines) : ConfigGenerator.HAProxy(lines);
            Func<int> action = format == "keepalived"
                ? () => KeepalivedConfig.Parse(text, null, ConfigGenerator.Limits).Validate().Count
                : () => HAProxyConfig.Parse(text, null, ConfigGenerator.Limits).Validate().Count;
            action();
            Retained(format, text);
            using var listener = new AllocationListener();
            for (int i = 0; i < 5; i++) action();
            long total = listener.Totals.Values.Sum();
            Console.WriteLine($"{format}, {lines} lines, 5 runs: {total / 5e6:F1} MB sampled per run");
            foreach (var pair in listener.Totals.OrderByDescending(p => p.Value).Take(30))
            {
                Console.WriteLine($"{pair.Value / 5e6,10:F2} MB  {pair.Key}");
            }

            return 0;
        }

        /// <summary>What stays alive: the text, then the parsed configuration, then after validation (the peak a CLI run holds).</summary>
        private static void Retained(string format, string text)
        {
            long baseline = GC.GetTotalMemory(true);
            object config = format == "keepalived" ? KeepalivedConfig.Parse(text, null, ConfigGenerator.Limits) : HAProxyConfig.Parse(text, null, ConfigGenerator.Limits);
            long parsed = GC.GetTotalMemory(true);
            int count = config is HAProxyConfig h ? h.Validate().Count : ((KeepalivedConfig)config).Validate().Count;
            long validated = GC.GetTotalMemory(true);
            GC.KeepAlive(config);
            double mb = text.Length * 2 / 1e6;
            Console.WriteLine($"retained: text {mb:F1} MB (UTF-16), parsed +{(parsed - baseline) / 1e6:F1} MB, after Validate ({count} diagnostics) +{(validated - baseline) / 1e6:F1} MB");
        }

        private sealed class AllocationListener : EventListener
        {
            public Dictionary<string, long> Totals { get; } = new();

            protected override void OnEventSourceCreated(EventSource source)
            {
                if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }

            protected override void OnEventWritten(EventWrittenEventArgs e)
            {
                if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
                int typeIndex = e.PayloadNames!.IndexOf("TypeName"), amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
                if (typeIndex < 0 || amountIndex < 0) return;
                string type = e.Payload[typeIndex] as string ?? "?";
                long amount = Convert.ToInt64(e.Payload[amountIndex]);
                lock (Totals) Totals[type] = (Totals.TryGetValue(type, out long sum) ? sum : 0) + amount;
            }
        }
    }
}
