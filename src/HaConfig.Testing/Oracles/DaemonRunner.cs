using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace HaConfig.Testing.Oracles
{
    /// <summary>Finds daemons and runs them with a time limit.</summary>
    internal static class DaemonRunner
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        /// <summary>The binary on PATH, or in <c>/usr/sbin</c> / <c>/sbin</c> (where Debian puts daemons); null when absent.</summary>
        public static string? Which(string name)
        {
            if (name.IndexOf('/') >= 0) return File.Exists(name) ? name : null;
            var directories = new List<string>((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator));
            directories.Add("/usr/sbin");
            directories.Add("/sbin");
            foreach (var directory in directories)
            {
                if (directory.Length == 0) continue;
                string candidate = Path.Combine(directory, name);
                if (File.Exists(candidate)) return candidate;
            }

            return null;
        }

        public static OracleResult Run(string daemon, string file, IEnumerable<string> arguments, string workingDirectory)
        {
            var start = new ProcessStartInfo(file)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);

            Process? process;
            try
            {
                process = Process.Start(start);
            }
            catch (Win32Exception e)
            {
                return OracleResult.NotInstalled(daemon, $"could not start {file}: {e.Message}");
            }

            if (process is null) return OracleResult.NotInstalled(daemon, $"could not start {file}");
            using (process)
            {
                var stderr = process.StandardError.ReadToEndAsync();
                string stdout = process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"{file} did not finish within {Timeout.TotalSeconds} s");
                }

                return OracleResult.Ran(daemon, process.ExitCode, stdout + stderr.Result);
            }
        }

        /// <summary>Writes <paramref name="text"/> to <paramref name="fileName"/> in a fresh temporary directory, runs <paramref name="check"/> on it, deletes it.</summary>
        public static OracleResult WithTemporaryFile(string text, string fileName, Func<string, OracleResult> check)
        {
            string directory = Path.Combine(Path.GetTempPath(), "haconfig-oracle-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            Directory.CreateDirectory(directory);
            try
            {
                string path = Path.Combine(directory, fileName);
                File.WriteAllText(path, text, new UTF8Encoding(false));
                return check(path);
            }
            finally
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                    // Best effort: a leftover temporary directory must not turn a check into an error.
                }
            }
        }
    }
}
