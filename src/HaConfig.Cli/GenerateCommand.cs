using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using HaConfig.Diagnostics;
using HaConfig.Topology;

namespace HaConfig.Cli
{
    /// <summary>
    /// <c>haconfig generate TOPOLOGY.yaml --out DIR</c>: renders each node's <c>keepalived.conf</c>, <c>haproxy.cfg</c> and
    /// check script into <c>DIR/NODE/</c>, after validating them as a pair. Nothing is written when anything fails.
    /// </summary>
    internal static class GenerateCommand
    {
        public const string Help =
            "Usage: haconfig generate TOPOLOGY.yaml --out DIR [--force]\n\n" +
            "Renders an HA pair described in YAML (shape in docs/building.md, example in docs/examples/topology.yaml):\n" +
            "for each node DIR/NODE/keepalived.conf, DIR/NODE/haproxy.cfg and DIR/NODE/check_NAME.sh (executable).\n" +
            "The files are validated first, each on its own and as a pair (HA3xxx); on any error nothing is written.\n" +
            "Existing files with other content are left alone unless --force; identical files are not rewritten.\n" +
            "Every file is written atomically (temporary file, then rename).\n\n" +
            "Options:\n" +
            "  --out DIR     the output directory (required; created when missing)\n" +
            "  --force       overwrite files whose content differs\n\n" +
            "Examples:\n" +
            "  haconfig generate docs/examples/topology.yaml --out out/\n" +
            "  haconfig generate pair.yaml --out /srv/lb --force\n" +
            "  haconfig lint --pair out/lb1 --pair out/lb2\n\n" +
            "Exit codes: 0 written, 1 the topology or the generated files have errors, 2 usage, unreadable or malformed\n" +
            "YAML, I/O error, or a file would be overwritten without --force.\n";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Any(a => a is "-h" or "--help"))
            {
                stdout.Write(Help);
                return CliApp.ExitClean;
            }

            string? topologyPath = null, output = null;
            bool force = false;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--out":
                        if (i + 1 >= args.Length) throw new CliUsageException("--out expects a directory");
                        output = args[++i];
                        break;
                    case "--force":
                        force = true;
                        break;
                    default:
                        if (args[i].StartsWith("-", StringComparison.Ordinal)) throw new CliUsageException($"unknown option '{args[i]}' for 'generate'; see 'haconfig generate --help'");
                        if (topologyPath is not null) throw new CliUsageException("generate expects one topology file");
                        topologyPath = args[i];
                        break;
                }
            }

            if (topologyPath is null) throw new CliUsageException("generate expects a topology file; see 'haconfig generate --help'");
            if (output is null) throw new CliUsageException("generate expects --out DIR; see 'haconfig generate --help'");

            HaPairTopology topology;
            try
            {
                topology = HaPairTopologyYaml.Load(topologyPath);
            }
            catch (HaPairTopologyYamlException e)
            {
                return CliApp.UsageError(stderr, $"{topologyPath}({e.Line},{e.Column}): {e.Reason}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CliApp.UsageError(stderr, $"{topologyPath}: cannot read: {e.Message}");
            }

            var problems = topology.GetProblems();
            if (problems.Count > 0)
            {
                foreach (var problem in problems) stderr.WriteLine($"haconfig: {topologyPath}: {problem}");
                stderr.WriteLine("haconfig: nothing written");
                return CliApp.ExitFindings;
            }

            var pair = HaPair.FromTopology(topology, output);
            var diagnostics = pair.Validate();
            foreach (var diagnostic in diagnostics) stdout.WriteLine(diagnostic.ToString());
            int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            if (errors > 0)
            {
                stderr.WriteLine($"haconfig: the generated files have {errors} error(s); nothing written");
                return CliApp.ExitFindings;
            }

            var files = new List<(string Path, byte[] Bytes, bool Executable)>();
            foreach (var node in pair.Nodes)
            {
                files.Add((node.Keepalived.Path!, Utf8(node.Keepalived.ToString()), false));
                files.Add((node.HAProxy.Path!, Utf8(node.HAProxy.ToString()), false));
                files.Add((node.CheckScriptPath!, Utf8(node.CheckScript!), true));
            }

            string current = output;
            try
            {
                var conflicts = files.Where(f => File.Exists(f.Path) ? !File.ReadAllBytes(f.Path).AsSpan().SequenceEqual(f.Bytes) : Directory.Exists(f.Path)).ToList();

                if (conflicts.Count > 0 && !force)
                {
                    foreach (var conflict in conflicts) stderr.WriteLine($"haconfig: {conflict.Path} exists with other content; pass --force to overwrite it");
                    stderr.WriteLine("haconfig: nothing written");
                    return CliApp.ExitUsage;
                }

                foreach (var (path, bytes, executable) in files)
                {
                    current = path;
                    bool same = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
                    if (same)
                    {
                        if (executable) MakeExecutable(path);
                        stdout.WriteLine($"unchanged {path}");
                        continue;
                    }

                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                    AtomicFile.WriteAllBytes(path, bytes, executable ? MakeExecutable : null);
                    stdout.WriteLine($"wrote {path}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CliApp.UsageError(stderr, $"{current}: cannot write: {e.Message}");
            }

            return CliApp.ExitClean;
        }

        private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

        private static void MakeExecutable(string path)
        {
            if (OperatingSystem.IsWindows()) return;
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }
}
