using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace HaConfig.Tests.Infrastructure
{
    /// <summary>What a daemon said about a configuration in check mode.</summary>
    public sealed record OracleResult(int ExitCode, string Output)
    {
        public bool Accepted => ExitCode == 0;

        public override string ToString() => $"exit {ExitCode}: {Output}";
    }

    /// <summary>
    /// The real daemons as oracles: <c>haproxy -c -f</c> and <c>keepalived -t -f</c> (inside a private network
    /// namespace with eth0-eth3). Tests skip with a reason when a binary is absent, and fail instead when
    /// <c>HACONFIG_REQUIRE_ORACLES=1</c> (CI).
    /// </summary>
    public static class Oracle
    {
        public const string RequireVariable = "HACONFIG_REQUIRE_ORACLES";

        private static readonly string NetnsScript = Path.Combine(Repository.Root, "tests", "oracle-netns.sh");

        public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

        public static string? HAProxyBinary => Which("haproxy");

        public static string? KeepalivedBinary => Which("keepalived");

        public static void RequireHAProxy() => RequireBinary("haproxy", HAProxyBinary);

        public static void RequireKeepalived()
        {
            RequireBinary("keepalived", KeepalivedBinary);
            RequireBinary("unshare", Which("unshare"));
            RequireBinary("ip", Which("ip"));
        }

        /// <summary>Runs <c>haproxy -c -f</c> on <paramref name="text"/> written to a file named <paramref name="fileName"/>.</summary>
        public static OracleResult CheckHAProxy(string text, string fileName = "haproxy.cfg", IDictionary<string, string>? environment = null)
        {
            RequireHAProxy();
            using var directory = new TemporaryDirectory();
            string path = Path.Combine(directory.Path, fileName);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return Run(HAProxyBinary!, new[] { "-c", "-f", path }, directory.Path, environment);
        }

        /// <summary>Runs <c>keepalived -t -f</c> on <paramref name="text"/> in a private network namespace.</summary>
        public static OracleResult CheckKeepalived(string text, string fileName = "keepalived.conf")
        {
            RequireKeepalived();
            using var directory = new TemporaryDirectory();
            string path = Path.Combine(directory.Path, fileName);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return CheckKeepalivedFile(path);
        }

        /// <summary>Runs <c>keepalived -t -f</c> on an existing file (its includes resolve next to it).</summary>
        public static OracleResult CheckKeepalivedFile(string path)
        {
            RequireKeepalived();
            return Run("unshare", new[] { "-n", NetnsScript, KeepalivedBinary!, "-t", "-f", path }, Path.GetDirectoryName(path)!, null);
        }

        private static void RequireBinary(string name, string? found)
        {
            if (found is not null) return;
            if (IsRequired) throw new InvalidOperationException($"'{name}' is required ({RequireVariable}=1) but is not installed.");
            Skip.If(true, $"'{name}' is not installed; install it (apt-get install haproxy keepalived) or set {RequireVariable}=1 to make this a failure");
        }

        private static OracleResult Run(string file, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment)
        {
            var start = new ProcessStartInfo(file)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            if (environment is not null)
            {
                foreach (var pair in environment) start.Environment[pair.Key] = pair.Value;
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{file} did not finish within 60 s");
            }

            return new OracleResult(process.ExitCode, stdout + stderr.Result);
        }

        private static string? Which(string name)
        {
            foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                foreach (var candidate in new[] { Path.Combine(directory, name), Path.Combine("/usr/sbin", name), Path.Combine("/sbin", name) })
                {
                    if (File.Exists(candidate)) return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>A directory deleted when disposed.</summary>
    public sealed class TemporaryDirectory : IDisposable
    {
        public TemporaryDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "haconfig-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp directory must not fail a test.
            }
        }
    }
}
