using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace HaConfig.Fuzz
{
    /// <summary>How long and how the in-process mode runs.</summary>
    public sealed class FuzzRunOptions
    {
        /// <summary>Wall-clock seconds of fuzzing (the seeds themselves always run once first).</summary>
        public double Seconds { get; set; } = 60;

        /// <summary>The random seed; the same seed, seeds and build give the same cases.</summary>
        public int RandomSeed { get; set; } = Environment.TickCount;

        /// <summary>Where failing inputs are saved.</summary>
        public string OutputDirectory { get; set; } = "fuzz-findings";

        /// <summary>A single case running longer than this is a finding (a hang), as libFuzzer's <c>-timeout</c>.</summary>
        public TimeSpan CaseTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Stop after this many cases even when time is left (the seeds count; a test sets it to stay deterministic).</summary>
        public long MaxCases { get; set; } = long.MaxValue;

        /// <summary>Mutated inputs are cut to this many bytes.</summary>
        public int MaxLength { get; set; } = 256 * 1024;

        /// <summary>Seconds spent shrinking each new failing input before it is saved (0: save it as found).</summary>
        public double MinimizeSeconds { get; set; } = 20;

        /// <summary>Where progress lines go (null: nowhere).</summary>
        public TextWriter? Log { get; set; }

        /// <summary>Stops the run early (Ctrl+C) as if its time were up.</summary>
        public CancellationToken Cancellation { get; set; }
    }

    /// <summary>A distinct failure: its signature, first message, and the files holding the input.</summary>
    public sealed record FuzzFinding(string Signature, string Message, string? InputFile, string? MinimizedFile);

    /// <summary>What a run did.</summary>
    public sealed record FuzzReport(string Target, long Cases, TimeSpan Elapsed, int Seeds, IReadOnlyList<FuzzFinding> Findings)
    {
        /// <summary>Cases per second over the whole run.</summary>
        public double CasesPerSecond => Elapsed.TotalSeconds > 0 ? Cases / Elapsed.TotalSeconds : 0;
    }

    /// <summary>
    /// Fuzzing without a native fuzzer: the seeds run once, then mutations of them (and of earlier mutations) run until
    /// the time is up, on a thread of default stack size (the size analyzers and thread-pool callers get). A failure is
    /// saved once per signature (exception type and the HaConfig frame it came from), with a shrunk copy. The input being
    /// run is kept in <c>current-TARGET.bin</c>, so a crash that takes the process down (a stack overflow) still leaves
    /// its input behind; the next run reports it. A case that runs past the timeout is reported as a hang.
    /// </summary>
    public static class InProcessFuzzer
    {
        public static FuzzReport Run(FuzzTarget target, IReadOnlyList<byte[]> seeds, FuzzRunOptions options)
        {
            if (seeds.Count == 0) throw new ArgumentException("no seeds", nameof(seeds));
            Directory.CreateDirectory(options.OutputDirectory);
            var findings = new Dictionary<string, FuzzFinding>(StringComparer.Ordinal);
            string currentPath = Path.Combine(options.OutputDirectory, $"current-{target.Name}.bin");
            ReportPreviousCrash(target, currentPath, findings, options);

            var mutator = new Mutator(options.RandomSeed, target.Tokens, options.MaxLength);
            var recent = new List<byte[]>();
            long cases = 0;
            long caseStarted = 0; // Stopwatch ticks at the start of the running case; 0 between cases
            byte[] running = Array.Empty<byte>();
            bool abandoned = false;
            var clock = Stopwatch.StartNew();
            var deadline = TimeSpan.FromSeconds(options.Seconds);
            using var current = new FileStream(currentPath, FileMode.Create, FileAccess.Write, FileShare.Read);

            void Loop()
            {
                for (int i = 0; ; i++)
                {
                    if (i >= seeds.Count && (clock.Elapsed >= deadline || i >= options.MaxCases || options.Cancellation.IsCancellationRequested)) return;
                    byte[] input = i < seeds.Count ? seeds[i]
                        : recent.Count > 0 && mutator.Next(4) == 0 ? mutator.Mutate(recent[mutator.Next(recent.Count)], seeds)
                        : mutator.Mutate(seeds[mutator.Next(seeds.Count)], seeds);
                    if (i >= seeds.Count)
                    {
                        if (recent.Count < 64) recent.Add(input);
                        else recent[mutator.Next(recent.Count)] = input;
                    }

                    current.Position = 0;
                    current.Write(input);
                    current.SetLength(input.Length);
                    current.Flush();
                    Volatile.Write(ref running, input);
                    Interlocked.Exchange(ref caseStarted, clock.ElapsedTicks);
                    var failure = Attempt(target, input);
                    if (Volatile.Read(ref abandoned)) return; // reported as a hang; the run is over
                    Interlocked.Exchange(ref caseStarted, 0);
                    Interlocked.Increment(ref cases);
                    if (failure is not null) Record(target, input, failure, findings, options);
                }
            }

            var worker = new Thread(Loop) { IsBackground = true, Name = "fuzz " + target.Name };
            worker.Start();
            var nextProgress = TimeSpan.FromSeconds(10);
            while (!worker.Join(100))
            {
                long started = Interlocked.Read(ref caseStarted);
                if (started != 0 && TimeSpan.FromTicks((long)((clock.ElapsedTicks - started) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency))) > options.CaseTimeout)
                {
                    // The case cannot be stopped; leave it running on its background thread and report it.
                    var input = Volatile.Read(ref running);
                    lock (findings) Save(target, input, null, "timeout", $"one case ran longer than {options.CaseTimeout.TotalSeconds:0} s (a hang)", findings, options);
                    Volatile.Write(ref abandoned, true);
                    break;
                }

                if (clock.Elapsed >= nextProgress)
                {
                    long done = Interlocked.Read(ref cases);
                    options.Log?.WriteLine($"{target.Name}: {done} cases in {clock.Elapsed.TotalSeconds:0} s ({done / clock.Elapsed.TotalSeconds:0} cases/s), {findings.Count} finding(s)");
                    nextProgress += TimeSpan.FromSeconds(10);
                }
            }

            var elapsed = clock.Elapsed;
            current.Dispose();
            if (!abandoned) File.Delete(currentPath);
            lock (findings) return new FuzzReport(target.Name, Interlocked.Read(ref cases), elapsed, seeds.Count, findings.Values.ToList());
        }

        /// <summary>Runs the target once; the exception it threw, or null.</summary>
        public static Exception? Attempt(FuzzTarget target, byte[] input)
        {
            try
            {
                target.Run(input);
                return null;
            }
#pragma warning disable CA1031 // any exception is what a fuzzer looks for
            catch (Exception e)
#pragma warning restore CA1031
            {
                return e;
            }
        }

        /// <summary>
        /// Where a failure comes from: the exception type, the invariant (for <see cref="FuzzFailure"/>) and the first
        /// HaConfig frame of the stack, so that one bug found by many inputs is reported once.
        /// </summary>
        public static string Signature(Exception e)
        {
            string frame = new StackTrace(e, false).GetFrames()
                .Select(f => f.GetMethod())
                .Where(m => m?.DeclaringType?.Namespace?.StartsWith("HaConfig", StringComparison.Ordinal) == true && m.DeclaringType.Namespace != typeof(InProcessFuzzer).Namespace)
                .Select(m => m!.DeclaringType!.Name + "." + m.Name)
                .FirstOrDefault() ?? "?";
            string what = e is FuzzFailure ? e.Message.Split(':')[0] : string.Empty;
            return $"{e.GetType().Name} {what} at {frame}".Replace("  ", " ", StringComparison.Ordinal);
        }

        private static void Record(FuzzTarget target, byte[] input, Exception failure, Dictionary<string, FuzzFinding> findings, FuzzRunOptions options)
        {
            string signature = Signature(failure);
            lock (findings)
            {
                if (findings.ContainsKey(signature)) return;
            }

            byte[] minimized = Minimize(target, input, signature, TimeSpan.FromSeconds(options.MinimizeSeconds));
            lock (findings) Save(target, input, minimized, signature, failure.ToString(), findings, options);
        }

        private static void Save(FuzzTarget target, byte[] input, byte[]? minimized, string signature, string message, Dictionary<string, FuzzFinding> findings, FuzzRunOptions options)
        {
            string name = $"crash-{target.Name}-{Hash(input)}";
            string file = Path.Combine(options.OutputDirectory, name + ".bin");
            File.WriteAllBytes(file, input);
            string? small = null;
            if (minimized is not null && minimized.Length < input.Length)
            {
                small = Path.Combine(options.OutputDirectory, name + ".min.bin");
                File.WriteAllBytes(small, minimized);
            }

            File.WriteAllText(Path.Combine(options.OutputDirectory, name + ".txt"), signature + "\n\n" + message + "\n");
            findings[signature] = new FuzzFinding(signature, message, file, small);
            options.Log?.WriteLine($"{target.Name}: FAILURE {signature}\n  input: {file}" + (small is null ? string.Empty : $"\n  shrunk: {small} ({minimized!.Length} of {input.Length} bytes)"));
        }

        /// <summary>Removes chunks of the input, halving their size, as long as the same failure remains.</summary>
        public static byte[] Minimize(FuzzTarget target, byte[] input, string signature, TimeSpan budget)
        {
            var clock = Stopwatch.StartNew();
            byte[] best = input;
            for (int chunk = Math.Max(1, best.Length / 2); chunk >= 1 && clock.Elapsed < budget; chunk /= 2)
            {
                for (int at = 0; at < best.Length && clock.Elapsed < budget;)
                {
                    int length = Math.Min(chunk, best.Length - at);
                    byte[] candidate = new byte[best.Length - length];
                    Array.Copy(best, 0, candidate, 0, at);
                    Array.Copy(best, at + length, candidate, at, best.Length - at - length);
                    var failure = Attempt(target, candidate);
                    if (failure is not null && Signature(failure) == signature) best = candidate;
                    else at += length;
                }

                if (chunk == 1) break;
            }

            return best;
        }

        private static void ReportPreviousCrash(FuzzTarget target, string currentPath, Dictionary<string, FuzzFinding> findings, FuzzRunOptions options)
        {
            if (!File.Exists(currentPath)) return;
            byte[] input = File.ReadAllBytes(currentPath);
            Save(target, input, null, "process died", $"a previous run of '{target.Name}' ended while running this input (stack overflow, out of memory or killed)", findings, options);
        }

        private static string Hash(byte[] input) => Convert.ToHexString(SHA1.HashData(input)).Substring(0, 12).ToLowerInvariant();

        /// <summary>Text that names a report's figures, one line.</summary>
        public static string Summary(FuzzReport report) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{report.Target}: {report.Cases} cases in {report.Elapsed.TotalSeconds:0.0} s ({report.CasesPerSecond:0} cases/s) from {report.Seeds} seeds, {report.Findings.Count} finding(s)");

        internal static string Describe(IEnumerable<FuzzFinding> findings)
        {
            var text = new StringBuilder();
            foreach (var finding in findings) text.Append("  ").Append(finding.Signature).Append(" -> ").Append(finding.MinimizedFile ?? finding.InputFile).Append('\n');
            return text.ToString();
        }
    }
}
