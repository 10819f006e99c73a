using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HaConfig.Diagnostics;

namespace HaConfig.Cli
{
    /// <summary><c>haconfig lint PATH…</c>: diagnostics in the compiler's format, one per line.</summary>
    internal static class LintCommand
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var paths = new List<string>();
            ConfigFormat forced = ConfigFormat.Unknown;
            bool warningsAsErrors = false;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--kind":
                        if (i + 1 >= args.Length || !ConfigFormatDetector.TryParse(args[++i], out forced))
                            throw new CliUsageException($"--kind expects 'haproxy' or 'keepalived'{(i < args.Length ? $", not '{args[i]}'" : string.Empty)}");
                        break;
                    case "--warnings-as-errors":
                        warningsAsErrors = true;
                        break;
                    case "-h":
                    case "--help":
                        stdout.WriteLine("Usage: haconfig lint PATH... [--kind haproxy|keepalived] [--warnings-as-errors]");
                        return CliApp.ExitClean;
                    default:
                        if (args[i].StartsWith("-", StringComparison.Ordinal)) throw new CliUsageException($"unknown option '{args[i]}' for 'lint'");
                        paths.Add(args[i]);
                        break;
                }
            }

            if (paths.Count == 0) throw new CliUsageException("lint expects at least one file or directory");
            var files = new List<string>();
            foreach (var path in paths)
            {
                if (File.Exists(path)) files.Add(path);
                else if (Directory.Exists(path))
                {
                    var found = FindConfigFiles(path);
                    if (found.Count == 0) return CliApp.UsageError(stderr, $"{path}: no *.cfg or *.conf files in this directory");
                    files.AddRange(found);
                }
                else return CliApp.UsageError(stderr, $"{path}: no such file or directory");
            }

            int errors = 0, warnings = 0;
            foreach (var file in files)
            {
                ConfigText text;
                try
                {
                    text = ConfigText.Read(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return CliApp.UsageError(stderr, $"{file}: {e.Message}");
                }

                var format = forced != ConfigFormat.Unknown ? forced : ConfigFormatDetector.Detect(file, text.Text);
                if (format == ConfigFormat.Unknown)
                    return CliApp.UsageError(stderr, $"{file}: cannot tell whether this is a HAProxy or a keepalived file; pass --kind");
                if (LooksBinary(text.Text))
                    return CliApp.UsageError(stderr, $"{file}: binary file, not a configuration");

                foreach (var diagnostic in ConfigLinter.Lint(text.Text, file, format))
                {
                    stdout.WriteLine(diagnostic.ToString());
                    if (diagnostic.Severity == DiagnosticSeverity.Error) errors++;
                    else if (diagnostic.Severity == DiagnosticSeverity.Warning) warnings++;
                }
            }

            return errors > 0 || (warningsAsErrors && warnings > 0) ? CliApp.ExitFindings : CliApp.ExitClean;
        }

        private static List<string> FindConfigFiles(string directory) =>
            Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cfg", StringComparison.Ordinal) || f.EndsWith(".conf", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        private static bool LooksBinary(string text)
        {
            int limit = Math.Min(text.Length, 8000), nul = 0;
            for (int i = 0; i < limit; i++) if (text[i] == '\0') nul++;
            return nul > 8;
        }
    }
}
