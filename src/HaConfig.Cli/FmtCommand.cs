using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Text;

namespace HaConfig.Cli
{
    /// <summary><c>haconfig fmt PATH… [--check] [--write]</c>: canonical formatting that changes no meaning.</summary>
    internal static class FmtCommand
    {
        private const string Help =
            "Usage: haconfig fmt PATH... [--check | --write] [--kind haproxy|keepalived]\n\n" +
            "Formats configurations in the daemons' documentation style (indentation, spacing, blank lines, final newline).\n" +
            "Words keep their raw text, so quoting and variables mean what they meant; lines with syntax errors are left as they are.\n\n" +
            "  (no flag)   print the formatted text of one file\n" +
            "  --check     print a unified diff for every file that is not formatted, exit 1 if any\n" +
            "              (passwords and key paths in it read <redacted>)\n" +
            "  --write     rewrite files in place (atomically: temporary file, then rename)\n" +
            "  --show-secrets  show passwords and key paths in the --check diff\n\n" +
            "Examples:\n" +
            "  haconfig fmt --check deploy/\n" +
            "  haconfig fmt --write /etc/haproxy/haproxy.cfg\n";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Any(a => a is "-h" or "--help"))
            {
                stdout.Write(Help);
                return CliApp.ExitClean;
            }

            bool check = false, write = false, showSecrets = false;
            var forced = ConfigFormat.Unknown;
            var paths = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--check": check = true; break;
                    case "--write": write = true; break;
                    case "--show-secrets": showSecrets = true; break;
                    case "--kind":
                        if (i + 1 >= args.Length || !ConfigFormatDetector.TryParse(args[++i], out forced))
                            throw new CliUsageException("--kind expects 'haproxy' or 'keepalived'");
                        break;
                    default:
                        if (args[i].StartsWith("-", StringComparison.Ordinal)) throw new CliUsageException($"unknown option '{args[i]}' for 'fmt'; see 'haconfig fmt --help'");
                        paths.Add(args[i]);
                        break;
                }
            }

            if (paths.Count == 0) throw new CliUsageException("fmt expects at least one file or directory");
            if (check && write) throw new CliUsageException("--check and --write cannot be used together");
            var files = CliFiles.Expand(paths, stderr, out int failure);
            if (failure != 0) return failure;
            if (!check && !write && files.Count != 1) throw new CliUsageException("fmt without --check or --write prints one file; pass --check or --write for several");

            int unformatted = 0;
            foreach (var file in files)
            {
                if (!CliFiles.TryRead(file, forced, stderr, out var text, out var format)) return CliApp.ExitUsage;
                string formatted = Format(text.Text, file, format);
                if (check)
                {
                    if (formatted == text.Text) continue;
                    unformatted++;
                    stdout.Write(showSecrets
                        ? LineDiff.Unified(text.Text, formatted, "a/" + file, "b/" + file) + "\n"
                        : LineDiff.Unified(Redacted(text.Text, format), Redacted(formatted, format), "a/" + file, "b/" + file) + "\n");
                }
                else if (write)
                {
                    if (formatted == text.Text) continue;
                    try
                    {
                        AtomicFile.WriteAllBytes(file, ConfigText.Encode(formatted, text.Encoding));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        return CliApp.UsageError(stderr, $"{file}: cannot write: {e.Message}");
                    }

                    stderr.WriteLine("formatted " + file);
                }
                else
                {
                    stdout.Write(formatted);
                }
            }

            return check && unformatted > 0 ? CliApp.ExitFindings : CliApp.ExitClean;
        }

        /// <summary>The text with every secret word shown as <c>&lt;redacted&gt;</c>, line for line, for output that may end up in a CI log.</summary>
        private static string Redacted(string text, ConfigFormat format) => HaConfig.Syntax.SecretWords.RedactedText(format switch
        {
            ConfigFormat.HAProxy => HAProxyConfig.Parse(text).Document,
            _ => KeepalivedConfig.Parse(text).Document,
        });

        internal static string Format(string text, string path, ConfigFormat format) => format switch
        {
            ConfigFormat.HAProxy => HAProxyConfig.Parse(text, path).ToFormattedString(),
            _ => KeepalivedConfig.Parse(text, path).ToFormattedString(),
        };
    }
}
