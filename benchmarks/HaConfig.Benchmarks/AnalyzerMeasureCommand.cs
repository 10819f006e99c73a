using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HaConfig.Benchmarks
{
    /// <summary>
    /// <c>measure analyzers [ConfigFile|BuilderChain|Both] [FILES] [RUNS]</c>: in this fresh process, the first run of the
    /// analyzers (what one command-line build pays: loading, JIT, static tables) and then warm runs, each with the
    /// compiler's per-analyzer execution time and the JIT time spent. Roslyn itself is warmed up first with an analyzer
    /// that registers the same kinds of actions and does nothing, so the cold figures are the analyzers' own.
    /// </summary>
    internal static class AnalyzerMeasureCommand
    {
        public static int Run(string[] args)
        {
            string which = args.Length > 2 ? args[2] : "Both";
            int files = args.Length > 3 ? int.Parse(args[3]) : 200;
            int runs = args.Length > 4 ? int.Parse(args[4]) : 5;
            var workload = AnalyzerWorkload.Create(files);
            Console.WriteLine($"files={files} analyzers={which} server GC={GCSettings.IsServerGC}");

            var errors = workload.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) Console.WriteLine($"the workload has {errors.Count} compiler errors, first: {errors[0]}");
            Time("compile only (cold)", () => workload.CompileOnly());
            Time("no-op analyzer (cold)", () => workload.Run(new DiagnosticAnalyzer[] { new NoOpAnalyzer() }).Length);
            Time("compile only", () => workload.CompileOnly());
            Time("no-op analyzer", () => workload.Run(new DiagnosticAnalyzer[] { new NoOpAnalyzer() }).Length);
            for (int run = 0; run <= runs; run++)
            {
                var analyzers = AnalyzerWorkload.Analyzers(which);
                var result = (Diagnostics: ImmutableArray<Diagnostic>.Empty, Times: (System.Collections.Generic.IReadOnlyDictionary<string, TimeSpan>)new System.Collections.Generic.Dictionary<string, TimeSpan>());
                Time(run == 0 ? "analyzers (cold)" : "analyzers", () => (result = workload.RunWithTimes(analyzers, logTimes: true)).Diagnostics.Length);
                Console.WriteLine("    " + string.Join(", ", result.Times.Select(t => $"{t.Key} {t.Value.TotalMilliseconds:F0} ms")) +
                    $"; {result.Diagnostics.Length} diagnostics");
            }

            return 0;
        }

        private static void Time(string label, Func<int> action)
        {
            var jit = System.Runtime.JitInfo.GetCompilationTime();
            long methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            double megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
            Console.WriteLine($"{label,-24} {watch.Elapsed.TotalMilliseconds,8:F0} ms wall {cpuUsed.TotalMilliseconds,8:F0} ms CPU, {megabytes,6:F1} MB allocated; " +
                $"JIT {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds:F0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount() - methods} methods");
        }

        /// <summary>Registers what the HaConfig analyzers register (operation, symbol-start, additional-file actions), and does nothing.</summary>
        // Never loaded by a compiler (no [DiagnosticAnalyzer]); hence no release tracking either.
#pragma warning disable RS2008, RS1001
        private sealed class NoOpAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new("NOOP1", "no-op", "no-op", "Bench", DiagnosticSeverity.Hidden, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterAdditionalFileAction(c => c.AdditionalFile.GetText(c.CancellationToken));
                context.RegisterSymbolStartAction(start =>
                {
                    start.RegisterOperationAction(_ => { }, OperationKind.Invocation);
                    start.RegisterSymbolEndAction(_ => { });
                }, SymbolKind.NamedType);
            }
        }
#pragma warning restore RS2008, RS1001
    }
}
