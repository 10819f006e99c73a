using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using HaConfig.Testing.Assertions;
using HaConfig.Text;

namespace HaConfig.Testing.Golden
{
    /// <summary>
    /// Golden files: the expected text of a configuration kept beside the tests. <c>MatchGoldenFile</c> compares exactly
    /// and prints a unified diff; with <c>HACONFIG_UPDATE_GOLDEN=1</c> it rewrites the file instead.
    /// </summary>
    public static class GoldenFile
    {
        /// <summary>The environment variable that turns on update mode when set to <c>1</c>.</summary>
        public const string UpdateVariable = "HACONFIG_UPDATE_GOLDEN";

        /// <summary>Whether update mode is on.</summary>
        public static bool IsUpdateMode => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

        /// <summary>
        /// The directory of the calling source file, so that golden files resolve to the project's sources (which update
        /// mode should rewrite) rather than to the build output: <c>Path.Combine(GoldenFile.SourceDirectory(), "expected/haproxy.cfg")</c>.
        /// </summary>
        /// <param name="callerFile">Filled in by the compiler.</param>
        public static string SourceDirectory([CallerFilePath] string callerFile = "")
        {
            string? directory = Path.GetDirectoryName(callerFile);
            if (string.IsNullOrEmpty(directory)) return Directory.GetCurrentDirectory();
            if (Directory.Exists(directory)) return directory!;
            return FromMappedPath(directory!) ?? directory!;
        }

        /// <summary>
        /// Deterministic CI builds (<c>ContinuousIntegrationBuild</c>) map source paths to <c>/_/…</c>; the real folder is
        /// found by looking for that relative path above the test's output directory, where the sources are.
        /// </summary>
        private static string? FromMappedPath(string mapped)
        {
            string normalized = mapped.Replace('\\', '/');
            if (!normalized.StartsWith("/_", StringComparison.Ordinal)) return null;
            int slash = normalized.IndexOf('/', 1);
            string relative = slash < 0 ? string.Empty : normalized.Substring(slash + 1);
            for (var candidate = new DirectoryInfo(AppContext.BaseDirectory); candidate is not null; candidate = candidate.Parent)
            {
                string path = Path.Combine(candidate.FullName, relative);
                if (Directory.Exists(path)) return path;
            }

            return null;
        }

        internal static GoldenFileResult Match(string subject, string actual, string path, string because, object[] becauseArgs)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            string full = Path.GetFullPath(path);
            bool exists = File.Exists(full);
            string? expected = exists ? File.ReadAllText(full) : null;
            if (expected == actual) return new GoldenFileResult(full, updated: false, $"{subject} matches golden file {full}");

            if (IsUpdateMode)
            {
                string? directory = Path.GetDirectoryName(full);
                if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
                File.WriteAllText(full, actual, new UTF8Encoding(false));
                string message = exists ? $"golden file {full} was updated" : $"golden file {full} was created";
                Console.Error.WriteLine(message);
                return new GoldenFileResult(full, updated: true, message);
            }

            string hint = $"\nRun with {UpdateVariable}=1 to accept the actual text.";
            if (expected is null)
            {
                Failure.Report(because, becauseArgs, $"Expected {subject} to match golden file {full}", $", but the golden file does not exist.{hint}");
            }
            else
            {
                Failure.Report(because, becauseArgs, $"Expected {subject} to match golden file {full}",
                    $", but it differs:\n{LineDiff.Unified(expected, actual, path, subject)}{hint}");
            }

            return new GoldenFileResult(full, updated: false, $"{subject} does not match golden file {full}");
        }
    }
}
