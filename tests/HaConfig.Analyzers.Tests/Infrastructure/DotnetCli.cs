using System;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace HaConfig.Analyzers.Tests.Infrastructure
{
    /// <summary>Runs the <c>dotnet</c> CLI in a clean environment, for end-to-end tests.</summary>
    internal static class DotnetCli
    {
        public sealed record Result(int ExitCode, string Output);

        /// <summary>
        /// Copies what packing needs (props files, README, src/, analyzers/, docs/rules/) to <paramref name="destination"/>,
        /// without bin/ and obj/, so a pack never touches the obj/ folders the running test build uses.
        /// </summary>
        public static string CopySourcesForPacking(string repositoryRoot, string destination)
        {
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md" })
            {
                System.IO.Directory.CreateDirectory(destination);
                System.IO.File.Copy(System.IO.Path.Combine(repositoryRoot, file), System.IO.Path.Combine(destination, file), overwrite: true);
            }

            foreach (var folder in new[] { "src", "analyzers", System.IO.Path.Combine("docs", "rules") })
            {
                string from = System.IO.Path.Combine(repositoryRoot, folder);
                foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", System.IO.SearchOption.AllDirectories))
                {
                    string relative = System.IO.Path.GetRelativePath(repositoryRoot, file);
                    var parts = relative.Split(System.IO.Path.DirectorySeparatorChar);
                    if (parts.Contains("bin") || parts.Contains("obj")) continue;
                    string target = System.IO.Path.Combine(destination, relative);
                    System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                    System.IO.File.Copy(file, target, overwrite: true);
                }
            }

            return destination;
        }

        /// <summary>
        /// Serialises the tests that pack the library across test assemblies (dotnet test runs them in parallel): two
        /// packs of one project at once would write the same obj/ and bin/Release files.
        /// </summary>
        public static IDisposable PackLock()
        {
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "haconfig-pack.lock");
            var deadline = DateTime.UtcNow.AddMinutes(15);
            while (true)
            {
                try
                {
                    return new System.IO.FileStream(path, System.IO.FileMode.OpenOrCreate, System.IO.FileAccess.ReadWrite, System.IO.FileShare.None);
                }
                catch (System.IO.IOException) when (DateTime.UtcNow < deadline)
                {
                    System.Threading.Thread.Sleep(500);
                }
            }
        }

        public static Result Run(string workingDirectory, string packagesFolder, TimeSpan timeout, params string[] arguments)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);

            // The test host inherits MSBuild variables from the `dotnet test` that started it; a child build must not.
            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["NUGET_PACKAGES"] = packagesFolder; // never a stale HaConfig from the user's cache
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(' ', arguments)} took longer than {timeout}:\n{output}");
            }

            process.WaitForExit(); // drains the output
            lock (output) return new Result(process.ExitCode, output.ToString());
        }
    }
}
