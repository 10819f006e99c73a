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
