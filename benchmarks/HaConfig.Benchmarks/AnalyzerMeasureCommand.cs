using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HaConfig.Benchmarks
{
    /// <summary>
    /// <c>measure analyzers [--from DIR] [ConfigFile|BuilderChain|Both] [FILES] [RUNS]</c>: what one command-line build pays
    /// for the analyzers. In this fresh process Roslyn is first warmed up with an analyzer that registers the same kinds of
    /// actions and does nothing; then the first run of the HaConfig analyzers (loading, JIT, static tables: a compiler
    /// process pays this on every build) and warm runs, which find the analyzers' caches filled (as a compiler server
    /// does for unchanged files and chains). Each line gives wall and CPU time, allocations and JIT; "added"
    /// is CPU time above the no-op analyzer's. <c>--from DIR</c> loads the analyzers from a build folder in their own
    /// load context, as the compiler does (to compare two builds of them); the default is the referenced project.
    /// </summary>
    internal static class AnalyzerMeasureCommand
    {
        public static int Run(string[] args)
        {
            var rest = args.Skip(2).ToList();
            Func<string, DiagnosticAnalyzer>? create = null;
            string from = "project";
            if (rest.Count > 1 && rest[0] == "--from")
            {
                from = Path.GetFullPath(rest[1]);
                create = FromFolder(from);
                rest.RemoveRange(0, 2);
            }

            string which = rest.Count > 0 ? rest[0] : "Both";
            int files = rest.Count > 1 ? int.Parse(rest[1]) : 200;
            int runs = rest.Count > 2 ? int.Parse(rest[2]) : 5;
            var workload = AnalyzerWorkload.Create(files);
            Console.WriteLine($"files={files} analyzers={which} from={from} server GC={GCSettings.IsServerGC}");
            var errors = workload.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) Console.WriteLine($"the workload has {errors.Count} compiler errors, first: {errors[0]}");

            Time("compile only (cold)", () => workload.CompileOnly());
            Time("no-op analyzer (cold)", () => workload.Run(new DiagnosticAnalyzer[] { new NoOpAnalyzer() }).Length);
            Time("compile only", () => workload.CompileOnly());
            double noOp = Time("no-op analyzer", () => workload.Run(new DiagnosticAnalyzer[] { new NoOpAnalyzer() }).Length);
            var warm = new List<double>();
            double cold = 0;
            var diagnostics = ImmutableArray<Diagnostic>.Empty;
            for (int run = 0; run <= runs; run++)
            {
                // The caches shared across compilations stay warm after the first run, as in a compiler server.
                var analyzers = create is null ? AnalyzerWorkload.Analyzers(which, sharedCaches: true) : AnalyzerWorkload.Analyzers(which, create);
                IReadOnlyDictionary<string, TimeSpan> times = new Dictionary<string, TimeSpan>();
                double cpu = Time(run == 0 ? "analyzers (cold)" : "analyzers", () =>
                {
                    (diagnostics, times) = workload.RunWithTimes(analyzers, logTimes: true);
                    return diagnostics.Length;
                });
                if (run == 0) cold = cpu - noOp;
                else warm.Add(cpu - noOp);
                Console.WriteLine($"    added {cpu - noOp:F0} ms CPU; in the analyzers: " +
                    string.Join(", ", times.Select(t => $"{t.Key} {t.Value.TotalMilliseconds:F0} ms")));
            }

            warm.Sort();
            Console.WriteLine($"summary: cold added {cold:F0} ms CPU, warm added {(warm.Count > 0 ? warm[warm.Count / 2] : 0):F0} ms CPU (median); " +
                $"{diagnostics.Length} diagnostics: " + string.Join(" ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}")));
            return 0;
        }

        // Returns the CPU milliseconds the action used.
        private static double Time(string label, Func<int> action)
        {
            long methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            double cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            double megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
            Console.WriteLine($"{label,-22} {watch.Elapsed.TotalMilliseconds,7:F0} ms wall {cpuUsed,7:F0} ms CPU {megabytes,6:F1} MB allocated " +
                $"{System.Runtime.JitInfo.GetCompiledMethodCount() - methods,5} methods JIT-compiled");
            return cpuUsed;
        }

        // The analyzers of a build folder, loaded in their own context with the HaConfig.dll beside them (as the compiler
        // does); Roslyn itself comes from this process.
        private static Func<string, DiagnosticAnalyzer> FromFolder(string folder)
        {
            var context = new FolderLoadContext(folder);
            var assembly = context.LoadFromAssemblyPath(Path.Combine(folder, "HaConfig.Analyzers.dll"));
            return name => (DiagnosticAnalyzer)Activator.CreateInstance(assembly.GetType("HaConfig.Analyzers." + name, throwOnError: true)!)!;
        }

        private sealed class FolderLoadContext : AssemblyLoadContext
        {
            private readonly string _folder;

            public FolderLoadContext(string folder)
                : base("analyzers " + folder) => _folder = folder;

            protected override Assembly? Load(AssemblyName name)
            {
                string path = Path.Combine(_folder, name.Name + ".dll");
                return name.Name is not null && !name.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && File.Exists(path)
                    ? LoadFromAssemblyPath(path)
                    : null;
            }
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
