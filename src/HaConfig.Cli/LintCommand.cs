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
            var files = CliFiles.Expand(options.Paths, stderr, out int failure);
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

            var diagnostics = results.Where(r => r.Diagnostics is not null).SelectMany(r => r.Diagnostics!).ToList();
            DiagnosticWriter.Write(options.Format, diagnostics, files.Count, stdout);
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
                stderr.WriteLine($"{files.Count} file(s): {errors} error(s), {warnings} warning(s)");
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

        private static FileResult LintFile(string file, LintOptions options)
        {
            if (!CliFiles.TryRead(file, options.ForcedKind, out var text, out var format, out string? error)) return new FileResult(null, error);
            try
            {
                return new FileResult(ConfigLinter.Lint(text.Text, file, format, options.Validation), null);
            }
            catch (ArgumentException e)
            {
                return new FileResult(null, $"{file}: {e.Message}");
            }
        }

    }
}
