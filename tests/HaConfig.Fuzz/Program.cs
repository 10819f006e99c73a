using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using SharpFuzz;

namespace HaConfig.Fuzz
{
    /// <summary>The command line: docs/testing.md, "Fuzzing HaConfig".</summary>
    internal static class Program
    {
        private const int ExitClean = 0;
        private const int ExitFindings = 1;
        private const int ExitUsage = 2;

        private static readonly string Help =
            "Usage: dotnet run --project tests/HaConfig.Fuzz -c Release -- TARGET [options]\n\n" +
            "Targets (all: each in turn, sharing --seconds):\n" +
            string.Concat(FuzzTarget.All.Select(t => $"  {t.Name,-12}{t.Description}\n")) + "\n" +
            "In-process mode (the default; no native fuzzer needed):\n" +
            "  --corpus DIR        seeds: every file below DIR, picked by kind (default: the built-in seed only)\n" +
            "  --seconds N         how long to fuzz after running every seed once (default 60)\n" +
            "  --seed N            random seed (default: from the clock; printed, so a run can be repeated)\n" +
            "  --out DIR           where failing inputs are saved (default fuzz-findings)\n" +
            "  --timeout S         a case running longer than S seconds is reported as a hang (default 30)\n" +
            "  --max-len BYTES     mutated inputs are cut to this length (default 262144)\n\n" +
            "Other modes:\n" +
            "  --repro FILE...     run the target once on each file; print what fails\n" +
            "  --write-seeds DIR   write the seeds (from --corpus) to DIR, as the starting corpus of libFuzzer or AFL\n" +
            "  --libfuzzer         run under libfuzzer-dotnet (also chosen when __LIBFUZZER_SHM_ID is set)\n" +
            "  --afl               run under afl-fuzz (the input on standard input)\n\n" +
            "Exit codes: 0 nothing found, 1 a failure was found (inputs saved), 2 usage.\n";

        private static int Main(string[] args)
        {
            try
            {
                return Run(args, Console.Out);
            }
            catch (UsageException e)
            {
                Console.Error.WriteLine("haconfig-fuzz: " + e.Message);
                return ExitUsage;
            }
        }

        private static int Run(string[] args, TextWriter stdout)
        {
            if (args.Length == 0 || args.Any(a => a is "-h" or "--help"))
            {
                stdout.Write(Help);
                return args.Length == 0 ? ExitUsage : ExitClean;
            }

            var targets = args[0] == "all" ? FuzzTarget.All.ToList()
                : FuzzTarget.Find(args[0]) is { } one ? new List<FuzzTarget> { one }
                : throw new UsageException($"unknown target '{args[0]}'; one of: all, {string.Join(", ", FuzzTarget.All.Select(t => t.Name))}");

            var options = new FuzzRunOptions { Log = stdout };
            string? corpus = null, seedsOut = null, mode = Environment.GetEnvironmentVariable("__LIBFUZZER_SHM_ID") is null ? null : "libfuzzer";
            var repro = new List<string>();
            for (int i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--corpus": corpus = Value(args, ref i); break;
                    case "--seconds": options.Seconds = Number(args, ref i); break;
                    case "--seed": options.RandomSeed = (int)Number(args, ref i); break;
                    case "--out": options.OutputDirectory = Value(args, ref i); break;
                    case "--timeout": options.CaseTimeout = TimeSpan.FromSeconds(Number(args, ref i)); break;
                    case "--max-len": options.MaxLength = (int)Number(args, ref i); break;
                    case "--write-seeds": seedsOut = Value(args, ref i); break;
                    case "--libfuzzer": mode = "libfuzzer"; break;
                    case "--afl": mode = "afl"; break;
                    case "--repro":
                        while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) repro.Add(args[++i]);
                        if (repro.Count == 0) throw new UsageException("--repro expects one or more files");
                        break;
                    default: throw new UsageException($"unknown option '{args[i]}'; see --help");
                }
            }

            if (corpus is not null && !Directory.Exists(corpus)) throw new UsageException($"{corpus}: no such directory");
            if (mode is not null || repro.Count > 0 || seedsOut is not null)
            {
                if (targets.Count != 1) throw new UsageException("--libfuzzer, --afl, --repro and --write-seeds take one target, not 'all'");
                var target = targets[0];
                if (mode == "libfuzzer")
                {
                    Fuzzer.LibFuzzer.Run(span => target.Run(span.ToArray()));
                    return ExitClean;
                }

                if (mode == "afl")
                {
                    Fuzzer.Run(stream =>
                    {
                        using var buffer = new MemoryStream();
                        stream.CopyTo(buffer);
                        target.Run(buffer.ToArray());
                    });
                    return ExitClean;
                }

                return repro.Count > 0 ? Reproduce(target, repro, stdout) : WriteSeeds(target, corpus, seedsOut!, stdout);
            }

            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            options.Cancellation = cancel.Token;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"random seed {options.RandomSeed}; findings go to {Path.GetFullPath(options.OutputDirectory)}"));
            double share = options.Seconds / targets.Count;
            var reports = new List<FuzzReport>();
            foreach (var target in targets)
            {
                options.Seconds = share;
                var report = InProcessFuzzer.Run(target, target.Seeds(corpus), options);
                reports.Add(report);
                stdout.WriteLine(InProcessFuzzer.Summary(report));
                stdout.Write(InProcessFuzzer.Describe(report.Findings));
                if (cancel.IsCancellationRequested) break;
            }

            if (reports.Count > 1)
            {
                long cases = reports.Sum(r => r.Cases);
                double seconds = reports.Sum(r => r.Elapsed.TotalSeconds);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all: {cases} cases in {seconds:0.0} s ({cases / seconds:0} cases/s), {reports.Sum(r => r.Findings.Count)} finding(s)"));
            }

            return reports.Any(r => r.Findings.Count > 0) ? ExitFindings : ExitClean;
        }

        private static int Reproduce(FuzzTarget target, IEnumerable<string> files, TextWriter stdout)
        {
            int failures = 0;
            foreach (var file in files)
            {
                var failure = InProcessFuzzer.Attempt(target, File.ReadAllBytes(file));
                if (failure is null)
                {
                    stdout.WriteLine($"{file}: passes");
                    continue;
                }

                failures++;
                stdout.WriteLine($"{file}: FAILS {InProcessFuzzer.Signature(failure)}\n{failure}");
            }

            return failures > 0 ? ExitFindings : ExitClean;
        }

        private static int WriteSeeds(FuzzTarget target, string? corpus, string directory, TextWriter stdout)
        {
            Directory.CreateDirectory(directory);
            var seeds = target.Seeds(corpus);
            for (int i = 0; i < seeds.Count; i++) File.WriteAllBytes(Path.Combine(directory, $"seed-{i:D4}"), seeds[i]);
            stdout.WriteLine($"wrote {seeds.Count} seeds for '{target.Name}' to {directory}");
            return ExitClean;
        }

        private static string Value(string[] args, ref int i) =>
            i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} expects a value");

        private static double Number(string[] args, ref int i)
        {
            string name = args[i];
            return double.TryParse(Value(args, ref i), NumberStyles.Float, CultureInfo.InvariantCulture, out double n) && n >= 0
                ? n
                : throw new UsageException($"{name} expects a non-negative number");
        }

        private sealed class UsageException : Exception
        {
            public UsageException(string message)
                : base(message)
            {
            }
        }
    }
}
