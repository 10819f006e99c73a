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
