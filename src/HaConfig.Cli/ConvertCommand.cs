using System;
using System.IO;
using System.Linq;
using System.Text;
using HaConfig.Conversion;
using HaConfig.HAProxy;
using HaConfig.Keepalived;

namespace HaConfig.Cli
{
    /// <summary><c>haconfig convert FILE --to yaml|json|haproxy|keepalived</c>: configuration to a readable document and back.</summary>
    internal static class ConvertCommand
    {
        public const int ExitConfigErrors = CliApp.ExitFindings;

        private const string Help =
            "Usage: haconfig convert FILE --to yaml|json|haproxy|keepalived [options]\n\n" +
            "Converts a configuration to a YAML or JSON document (sections or blocks, directives, their words as the daemon\n" +
            "reads them, comments) and a document back to a configuration with the same words in the same order.\n" +
            "Shape: docs/convert.md; JSON Schema: docs/schema/haconfig-haproxy.schema.json, haconfig-keepalived.schema.json.\n\n" +
            "  --to FORMAT         yaml, json, haproxy or keepalived (required)\n" +
            "  --from FORMAT       read FILE as json, yaml or config (default: from its extension: .json, .yaml/.yml, else config)\n" +
            "  --kind KIND         haproxy or keepalived, when a configuration's name and content do not tell\n" +
            "  --show-secrets      write passwords (stats auth, userlist passwords, auth_pass) instead of <redacted>\n" +
            "  -o, --output FILE   write to FILE (atomically) instead of standard output\n\n" +
            "Examples:\n" +
            "  haconfig convert /etc/haproxy/haproxy.cfg --to yaml > haproxy.yaml\n" +
            "  haconfig convert haproxy.yaml --to haproxy -o haproxy.cfg\n" +
            "  haconfig convert keepalived.conf --to json --show-secrets\n\n" +
            "Exit codes: 0 converted, 1 the configuration has syntax errors, 2 usage error, unreadable or malformed document.\n";

        private enum Input
        {
            Config,
            Json,
            Yaml,
        }

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Any(a => a is "-h" or "--help"))
            {
                stdout.Write(Help);
                return CliApp.ExitClean;
            }

            string? file = null, to = null, from = null, output = null;
            bool showSecrets = false;
            var forced = ConfigFormat.Unknown;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--to": to = Value(args, ref i); break;
                    case "--from": from = Value(args, ref i); break;
                    case "-o":
                    case "--output": output = Value(args, ref i); break;
                    case "--show-secrets": showSecrets = true; break;
                    case "--kind":
                        if (!ConfigFormatDetector.TryParse(Value(args, ref i), out forced)) throw new CliUsageException("--kind expects 'haproxy' or 'keepalived'");
                        break;
                    default:
                        if (args[i].StartsWith("-", StringComparison.Ordinal)) throw new CliUsageException($"unknown option '{args[i]}' for 'convert'; see 'haconfig convert --help'");
                        if (file is not null) throw new CliUsageException("convert takes one file");
                        file = args[i];
                        break;
                }
            }

            if (file is null) throw new CliUsageException("convert expects a file; see 'haconfig convert --help'");
            if (to is null) throw new CliUsageException("convert needs --to yaml|json|haproxy|keepalived");
            if (to is not ("yaml" or "json" or "haproxy" or "keepalived")) throw new CliUsageException($"--to expects yaml, json, haproxy or keepalived, not '{to}'");
            var input = from switch
            {
                null => InputOf(file),
                "json" => Input.Json,
                "yaml" => Input.Yaml,
                "config" => Input.Config,
                _ => throw new CliUsageException($"--from expects json, yaml or config, not '{from}'"),
            };

            string result;
            if (input == Input.Config)
            {
                if (!CliFiles.TryRead(file, forced, stderr, out var text, out var format)) return CliApp.ExitUsage;
                try
                {
                    result = FromConfig(text.Text, file, format, to, showSecrets);
                }
                catch (ConversionException e)
                {
                    stderr.WriteLine("haconfig: " + e.ToOneLine(file));
                    return ExitConfigErrors;
                }
            }
            else
            {
                string document;
                try
                {
                    document = File.ReadAllText(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return CliApp.UsageError(stderr, $"{file}: cannot read: {e.Message}");
                }

                try
                {
                    result = FromDocument(document, input == Input.Json ? DocumentFormat.Json : DocumentFormat.Yaml, to);
                }
                catch (ConversionException e)
                {
                    return CliApp.UsageError(stderr, e.ToOneLine(file));
                }
            }

            if (output is null)
            {
                stdout.Write(result);
                return CliApp.ExitClean;
            }

            try
            {
                AtomicFile.WriteAllBytes(output, new UTF8Encoding(false).GetBytes(result));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CliApp.UsageError(stderr, $"{output}: cannot write: {e.Message}");
            }

            return CliApp.ExitClean;
        }

        private static string FromConfig(string text, string file, ConfigFormat format, string to, bool showSecrets)
        {
            var options = new ConversionOptions { ShowSecrets = showSecrets || to is "haproxy" or "keepalived" };
            var documentFormat = to == "json" ? DocumentFormat.Json : DocumentFormat.Yaml;
            if (to is "haproxy" or "keepalived" && to != Name(format))
            {
                throw new CliUsageException($"{file} is a {Name(format)} configuration; it converts to yaml, json or {Name(format)}");
            }

            string document = format == ConfigFormat.HAProxy
                ? ConfigConverter.ToDocument(HAProxyConfig.Parse(text, file), documentFormat, options)
                : ConfigConverter.ToDocument(KeepalivedConfig.Parse(text, file), documentFormat, options);

            // To its own format: through the document, which gives the canonical one-statement-per-line text.
            return to is "json" or "yaml" ? document : ConfigConverter.FromDocument(document, documentFormat).Text;
        }

        private static string FromDocument(string document, DocumentFormat format, string to)
        {
            if (to is "json" or "yaml") return ConfigConverter.Reformat(document, format, to == "json" ? DocumentFormat.Json : DocumentFormat.Yaml);
            var config = ConfigConverter.FromDocument(document, format);
            if (Name(config.Format) != to) throw new ConversionException($"the document describes a {Name(config.Format)} configuration, not {to}; use --to {Name(config.Format)}", 0, 0);
            return config.Text;
        }

        private static string Name(ConfigFormat format) => format == ConfigFormat.HAProxy ? "haproxy" : "keepalived";

        private static Input InputOf(string file)
        {
            string lower = file.ToLowerInvariant();
            if (lower.EndsWith(".json", StringComparison.Ordinal)) return Input.Json;
            if (lower.EndsWith(".yaml", StringComparison.Ordinal) || lower.EndsWith(".yml", StringComparison.Ordinal)) return Input.Yaml;
            return Input.Config;
        }

        private static string Value(string[] args, ref int i)
        {
            if (i + 1 >= args.Length) throw new CliUsageException($"{args[i]} expects a value");
            return args[++i];
        }
    }
}
