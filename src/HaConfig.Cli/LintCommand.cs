using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HaConfig.Diagnostics;

namespace HaConfig.Cli
{
    /// <summary><c>haconfig lint PATH…</c>: every diagnostic of every file, in the chosen format.</summary>
    internal static class LintCommand
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
        {
            if (args.Any(a => a is "-h" or "--help"))
            {
                stdout.Write(LintOptions.Help);
                return CliApp.ExitClean;
            }

            var options = LintOptions.Parse(args);
            var pairDiagnostics = new List<Diagnostic>();
            int pairFiles = 0;
            if (options.PairDirectories.Count > 0)
            {
                int pairFailure = LintPair(options, stderr, pairDiagnostics, out pairFiles);
                if (pairFailure != 0) return pairFailure;
            }

            int failure = CliApp.ExitClean;
            var files = options.Paths.Count == 0 ? new List<string>() : CliFiles.Expand(options.Paths, stderr, out failure);
            if (failure != 0) return failure;

            var results = new FileResult[files.Count];
            int done = 0;
            using var progress = interactive && files.Count > 20 ? new Timer(_ => stderr.Write($"\rlinting {Volatile.Read(ref done)}/{files.Count}"), null, 250, 250) : null;
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                results[i] = LintFile(files[i], options);
                Interlocked.Increment(ref done);
            });
            progress?.Dispose();
            if (progress is not null) stderr.Write("\r" + new string(' ', 40) + "\r");

            var diagnostics = pairDiagnostics.Concat(results.Where(r => r.Diagnostics is not null).SelectMany(r => r.Diagnostics!)).ToList();
            int fileCount = files.Count + pairFiles;
            DiagnosticWriter.Write(options.Format, diagnostics, fileCount, stdout, colour: interactive && Environment.GetEnvironmentVariable("NO_COLOR") is null);
            int failures = 0;
            foreach (var unreadable in results.Where(r => r.Error is not null))
            {
                stderr.WriteLine("haconfig: " + unreadable.Error);
                failures++;
            }

            int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            if (options.Format == OutputFormat.Text && (interactive || errors + warnings > 0))
            {
                stderr.WriteLine($"{fileCount} file(s): {errors} error(s), {warnings} warning(s)");
            }

            if (failures > 0) return CliApp.ExitUsage;
            return errors > 0 || (options.WarningsAsErrors && warnings > 0) ? CliApp.ExitFindings : CliApp.ExitClean;
        }

        private readonly struct FileResult
        {
            public FileResult(IReadOnlyList<Diagnostic>? diagnostics, string? error)
            {
                Diagnostics = diagnostics;
                Error = error;
            }

            public IReadOnlyList<Diagnostic>? Diagnostics { get; }

            public string? Error { get; }
        }

        /// <summary><c>--pair DIR...</c>: every node's two files and the pair rules; a missing or unreadable file is exit 2.</summary>
        private static int LintPair(LintOptions options, TextWriter stderr, List<Diagnostic> diagnostics, out int fileCount)
        {
            fileCount = 0;
            var nodes = new List<Topology.HaPairNodeConfig>();
            foreach (var directory in options.PairDirectories)
            {
                if (!Directory.Exists(directory)) return CliApp.UsageError(stderr, $"{directory}: no such directory (--pair expects a node directory with keepalived.conf and haproxy.cfg)");
                try
                {
                    var node = Topology.HaPairNodeConfig.Load(directory);
                    nodes.Add(node);
                    fileCount += node.CheckScript is null ? 2 : 3;
                }
                catch (FileNotFoundException e)
                {
                    return CliApp.UsageError(stderr, e.Message);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    return CliApp.UsageError(stderr, $"{directory}: cannot read: {e.Message}");
                }
            }

            if (nodes.Select(n => n.Name).Distinct(StringComparer.Ordinal).Count() != nodes.Count)
            {
                return CliApp.UsageError(stderr, "--pair directories must have different names (the node names): " + string.Join(", ", nodes.Select(n => n.Name)));
            }

            diagnostics.AddRange(new Topology.HaPair(nodes).Validate(options.Validation));
            return CliApp.ExitClean;
        }

        private static FileResult LintFile(string file, LintOptions options)
        {
            if (!CliFiles.TryRead(file, options.ForcedKind, out var text, out var format, out string? error)) return new FileResult(null, error);
            try
            {
                return new FileResult(ConfigLinter.Lint(text.Text, file, format, options.ValidationFor(file)), null);
            }
            catch (ArgumentException e)
            {
                return new FileResult(null, $"{file}: {e.Message}");
            }
        }

    }
}
