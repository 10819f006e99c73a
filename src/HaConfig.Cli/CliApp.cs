using System;
using System.IO;
using System.Reflection;

namespace HaConfig.Cli
{
    /// <summary>The <c>haconfig</c> command line, runnable in-process for tests.</summary>
    internal static class CliApp
    {
        public const int ExitClean = 0;
        public const int ExitFindings = 1;
        public const int ExitUsage = 2;

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
        {
            try
            {
                if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
                {
                    stdout.Write(Usage);
                    return args.Length == 0 ? ExitUsage : ExitClean;
                }

                if (args[0] is "--version")
                {
                    stdout.WriteLine(Version);
                    return ExitClean;
                }

                var rest = args.AsSpan(1).ToArray();
                return args[0] switch
                {
                    "lint" => LintCommand.Run(rest, stdout, stderr, interactive),
                    "fmt" => FmtCommand.Run(rest, stdout, stderr),
                    "generate" => GenerateCommand.Run(rest, stdout, stderr),
                    "convert" => ConvertCommand.Run(rest, stdout, stderr),
                    "rules" => RulesCommand.List(rest, stdout),
                    "explain" => RulesCommand.Explain(rest, stdout, stderr),
                    _ => UsageError(stderr, $"unknown command '{args[0]}'; run 'haconfig --help'"),
                };
            }
            catch (CliUsageException e)
            {
                return UsageError(stderr, e.Message);
            }
        }

        public static int UsageError(TextWriter stderr, string message)
        {
            stderr.WriteLine("haconfig: " + message);
            return ExitUsage;
        }

        public static string Version =>
            typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        private const string Usage =
            "haconfig - lint HAProxy and keepalived configurations\n\n" +
            "Usage:\n" +
            "  haconfig lint PATH... [options]   lint files or directories (see 'haconfig lint --help')\n" +
            "  haconfig fmt PATH... [--check|--write]   canonical formatting (see 'haconfig fmt --help')\n" +
            "  haconfig generate TOPOLOGY.yaml --out DIR   write each node's files of an HA pair (see 'haconfig generate --help')\n" +
            "  haconfig convert FILE --to yaml|json|haproxy|keepalived   to a YAML/JSON document and back (see 'haconfig convert --help')\n" +
            "  haconfig rules                   list the rules with their default severity\n" +
            "  haconfig explain ID              print a rule's documentation\n" +
            "  haconfig --version\n\n" +
            "Examples:\n" +
            "  haconfig lint /etc/haproxy/haproxy.cfg\n" +
            "  haconfig lint deploy/ --format sarif > haconfig.sarif\n" +
            "  haconfig explain HA1003\n\n" +
            "Exit codes: 0 clean, 1 errors found, 2 usage or I/O error.\n";
    }

    /// <summary>A mistake in the command line; reported on one line with exit code 2.</summary>
    internal sealed class CliUsageException : Exception
    {
        public CliUsageException(string message)
            : base(message)
        {
        }
    }
}
