using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Validation;

namespace HaConfig.Cli
{
    /// <summary>The output formats of <c>lint</c>.</summary>
    internal enum OutputFormat
    {
        Text,
        Json,
        Sarif,
    }

    /// <summary>What <c>haconfig lint</c> was asked to do.</summary>
    internal sealed class LintOptions
    {
        public List<string> Paths { get; } = new();

        /// <summary>The node directories of one HA pair (<c>--pair DIR</c>, repeatable).</summary>
        public List<string> PairDirectories { get; } = new();

        public ConfigFormat ForcedKind { get; set; } = ConfigFormat.Unknown;

        public OutputFormat Format { get; set; } = OutputFormat.Text;

        public bool WarningsAsErrors { get; set; }

        public bool ShowSecrets { get; set; }

        /// <summary><c>--check-files</c>: check that referenced files exist.</summary>
        public bool CheckFiles { get; set; }

        /// <summary>The base directory of <c>--check-files DIR</c>; null = each linted file's own directory.</summary>
        public string? CheckFilesDirectory { get; set; }

        public ValidationOptions Validation { get; } = new();

        public const string Help =
            "Usage: haconfig lint PATH... [options]\n" +
            "       haconfig lint --pair DIR [--pair DIR...] [PATH...] [options]\n\n" +
            "Lints files, or directories (recursing into *.cfg and *.conf). The format is told by name and content.\n" +
            "With --pair, DIR is one load-balancer node: keepalived.conf and haproxy.cfg (and check_apiserver.sh, read,\n" +
            "never run); several --pair DIRs are the nodes of one pair. Both files of every node are linted, then the\n" +
            "pair rules (HA3xxx: VIP vs bind addresses, check-script port, priorities, router id, auth across nodes).\n\n" +
            "Options:\n" +
            "  --pair DIR                    a node directory of an HA pair (repeatable: one per node)\n" +
            "  --kind haproxy|keepalived     force the format of every file\n" +
            "  --format text|json|sarif      output format (default text: path(line,col): error HA1003: message)\n" +
            "  --haproxy-version X.Y         target HAProxy version (2.4 to 3.2; default the newest)\n" +
            "  --keepalived-version X.Y      target keepalived version (2.2 to 2.4; default the newest)\n" +
            "  --config-id ID                keepalived config-id for @id lines\n" +
            "  --severity ID=error|warning|info   override a rule's severity (repeatable)\n" +
            "  --disable ID                  do not report a rule (repeatable)\n" +
            "  --warnings-as-errors          exit 1 on warnings too\n" +
            "  --show-secrets                do not redact passwords in messages\n" +
            "  --check-files[=DIR]           check that certificates, CA files, errorfiles, maps and Lua scripts exist,\n" +
            "                                relative to DIR (default: each file's directory); nothing outside DIR is read\n\n" +
            "Examples:\n" +
            "  haconfig lint /etc/haproxy/haproxy.cfg\n" +
            "  haconfig lint deploy/ --format sarif > haconfig.sarif\n" +
            "  haconfig lint lb1/ --haproxy-version 2.6 --disable HA1037\n" +
            "  haconfig lint --pair out/lb1 --pair out/lb2\n" +
            "  haconfig lint --pair /etc --disable HA3003   (one node, sysctl net.ipv4.ip_nonlocal_bind=1 set)\n\n" +
            "Exit codes: 0 clean (warnings allowed), 1 errors found, 2 usage or I/O error.\n";

        public static LintOptions Parse(string[] args)
        {
            var options = new LintOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                switch (arg)
                {
                    case "--kind":
                        if (!ConfigFormatDetector.TryParse(Value(args, ref i, arg), out var kind))
                            throw new CliUsageException($"--kind expects 'haproxy' or 'keepalived', not '{args[i]}'");
                        options.ForcedKind = kind;
                        break;
                    case "--format":
                        options.Format = Value(args, ref i, arg) switch
                        {
                            "text" => OutputFormat.Text,
                            "json" => OutputFormat.Json,
                            "sarif" => OutputFormat.Sarif,
                            var other => throw new CliUsageException($"--format expects text, json or sarif, not '{other}'"),
                        };
                        break;
                    case "--haproxy-version":
                        options.Validation.HAProxyVersion = ParseVersion(Value(args, ref i, arg), arg, ValidationOptions.OldestHAProxy, ValidationOptions.NewestHAProxy);
                        break;
                    case "--keepalived-version":
                        options.Validation.KeepalivedVersion = ParseVersion(Value(args, ref i, arg), arg, ValidationOptions.OldestKeepalived, ValidationOptions.NewestKeepalived);
                        break;
                    case "--config-id":
                        options.Validation.ConfigId = Value(args, ref i, arg);
                        break;
                    case "--severity":
                        ParseSeverity(Value(args, ref i, arg), options.Validation);
                        break;
                    case "--disable":
                        options.Validation.DisabledRules.Add(RuleId(Value(args, ref i, arg)));
                        break;
                    case "--pair":
                        options.PairDirectories.Add(Value(args, ref i, arg));
                        break;
                    case "--warnings-as-errors":
                        options.WarningsAsErrors = true;
                        break;
                    case "--check-files":
                        options.CheckFiles = true;
                        if (i + 1 < args.Length && !args[i + 1].StartsWith("-", StringComparison.Ordinal) && System.IO.Directory.Exists(args[i + 1]) && i + 2 < args.Length)
                            options.CheckFilesDirectory = args[++i];
                        break;
                    case var checkFiles when checkFiles.StartsWith("--check-files=", StringComparison.Ordinal):
                        options.CheckFiles = true;
                        options.CheckFilesDirectory = checkFiles.Substring("--check-files=".Length);
                        if (options.CheckFilesDirectory.Length == 0) throw new CliUsageException("--check-files= expects a directory");
                        break;
                    case "--show-secrets":
                        options.ShowSecrets = true;
                        options.Validation.ShowSecrets = true;
                        break;
                    default:
                        if (arg.StartsWith("-", StringComparison.Ordinal) && arg != "-") throw new CliUsageException($"unknown option '{arg}' for 'lint'; see 'haconfig lint --help'");
                        options.Paths.Add(arg);
                        break;
                }
            }

            if (options.Paths.Count == 0 && options.PairDirectories.Count == 0) throw new CliUsageException("lint expects at least one file or directory; see 'haconfig lint --help'");
            return options;
        }

        /// <summary>The validation options for one linted file: with <c>--check-files</c>, the file check's base directory.</summary>
        public ValidationOptions ValidationFor(string file)
        {
            if (!CheckFiles) return Validation;
            var copy = new ValidationOptions
            {
                HAProxyVersion = Validation.HAProxyVersion,
                KeepalivedVersion = Validation.KeepalivedVersion,
                ConfigId = Validation.ConfigId,
                ShowSecrets = Validation.ShowSecrets,
                FileCheckBaseDirectory = CheckFilesDirectory ?? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file)),
            };
            foreach (var pair in Validation.SeverityOverrides) copy.SeverityOverrides[pair.Key] = pair.Value;
            foreach (string id in Validation.DisabledRules) copy.DisabledRules.Add(id);
            return copy;
        }

        private static string Value(string[] args, ref int i, string option)
        {
            if (i + 1 >= args.Length) throw new CliUsageException($"{option} expects a value");
            return args[++i];
        }

        private static Version ParseVersion(string text, string option, Version oldest, Version newest)
        {
            if (!Version.TryParse(text.Contains(".") ? text : text + ".0", out var version))
                throw new CliUsageException($"{option} expects a version such as {newest}, not '{text}'");
            version = new Version(version.Major, Math.Max(0, version.Minor));
            if (version < oldest || version > newest)
                throw new CliUsageException($"{option} {text} is outside the versions HaConfig knows ({oldest} to {newest})");
            return version;
        }

        private static string RuleId(string text)
        {
            var rule = RuleCatalogue.Find(text) ?? throw new CliUsageException($"unknown rule '{text}'; run 'haconfig rules' for the list");
            return rule.Id;
        }

        private static void ParseSeverity(string text, ValidationOptions options)
        {
            int equals = text.IndexOf('=');
            if (equals <= 0) throw new CliUsageException($"--severity expects ID=error|warning|info, not '{text}'");
            string id = RuleId(text.Substring(0, equals));
            options.SeverityOverrides[id] = text.Substring(equals + 1).ToLowerInvariant() switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "info" => DiagnosticSeverity.Info,
                "none" => throw new CliUsageException($"use --disable {id} to turn a rule off"),
                var other => throw new CliUsageException($"--severity expects error, warning or info for {id}, not '{other}'"),
            };
        }
    }
}
