using System;
using System.Diagnostics;
using System.IO;

namespace HaConfig.Cli.Tests
{
    /// <summary>Runs the CLI in-process (fast, for most tests) or as a real process (exit codes, streams).</summary>
    internal static class CliRunner
    {
        public sealed record Result(int ExitCode, string Stdout, string Stderr);

        public static Result InProcess(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = CliApp.Run(args, stdout, stderr);
            return new Result(code, stdout.ToString(), stderr.ToString());
        }

        public static Result AsProcess(params string[] args)
        {
            string dll = Path.Combine(AppContext.BaseDirectory, "HaConfig.Cli.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(dll);
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit(60_000).Should_have_exited();
            return new Result(process.ExitCode, stdout, stderr.Result);
        }

        private static void Should_have_exited(this bool exited)
        {
            if (!exited) throw new TimeoutException("the CLI did not exit within 60 s");
        }
    }

    /// <summary>A scratch directory for files a test writes.</summary>
    internal sealed class Scratch : IDisposable
    {
        public Scratch()
        {
            Root = Path.Combine(Path.GetTempPath(), "haconfig-cli-" + Guid.NewGuid().ToString("N").Substring(0, 10));
            Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        public string Write(string relative, string text)
        {
            string path = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, true);
            }
            catch (IOException)
            {
                // Leftover scratch files must not fail a test.
            }
        }
    }
}
