using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace HaConfig.Tests.Infrastructure
{
    /// <summary>
    /// Directories in which creating a file fails, for tests of what a failed write leaves behind. Mode 0555 is enough
    /// for an ordinary user; root ignores mode bits (CI runs as root), so then each directory is also made immutable with
    /// <c>chattr +i</c>. A write probe proves that creation really fails; when no way works (Windows, a file system
    /// without the immutable flag, no CAP_LINUX_IMMUTABLE) the test is skipped with the reason, never passed silently.
    /// Shared with HaConfig.Cli.Tests (linked source).
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // each test skips there, saying so
    internal sealed class ReadOnlyDirectory : IDisposable
    {
        private readonly List<string> _immutable = new();

        private ReadOnlyDirectory(IReadOnlyList<string> directories) => Directories = directories;

        public IReadOnlyList<string> Directories { get; }

        /// <summary>How the directories were locked: "mode 0555" or "mode 0555 and chattr +i".</summary>
        public string How => _immutable.Count > 0 ? "mode 0555 and chattr +i" : "mode 0555";

        /// <summary>Makes every directory unwritable, or skips the calling test (a [SkippableFact]) saying why it cannot.</summary>
        public static ReadOnlyDirectory Lock(params string[] directories)
        {
            Skip.If(OperatingSystem.IsWindows(), "read-only directories are tested on Unix (mode bits and chattr)");
            var locked = new ReadOnlyDirectory(directories);
            try
            {
                foreach (var directory in directories) locked.LockOne(directory);
            }
            catch
            {
                locked.Dispose();
                throw;
            }

            return locked;
        }

        /// <summary>The names in a directory, to show that no temporary file was left behind.</summary>
        public static string[] Entries(string directory) =>
            Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

        public void Dispose()
        {
            foreach (var directory in _immutable) Chattr("-i", directory);
            foreach (var directory in Directories)
            {
                if (Directory.Exists(directory)) File.SetUnixFileMode(directory, (UnixFileMode)Convert.ToInt32("755", 8));
            }
        }

        private void LockOne(string directory)
        {
            File.SetUnixFileMode(directory, (UnixFileMode)Convert.ToInt32("555", 8));
            if (!CanCreateFileIn(directory)) return;

            // Root: mode bits do not stop it.
            string? failure = Chattr("+i", directory);
            if (failure is null) _immutable.Add(directory);
            Skip.If(failure is not null || CanCreateFileIn(directory),
                $"cannot make {directory} unwritable: mode 0555 does not stop this user (root?) and 'chattr +i' {failure ?? "did not either"}");
        }

        private static bool CanCreateFileIn(string directory)
        {
            string probe = Path.Combine(directory, ".write-probe-" + Guid.NewGuid().ToString("N"));
            try
            {
                File.WriteAllBytes(probe, Array.Empty<byte>());
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                return false;
            }

            File.Delete(probe);
            return true;
        }

        // Null when chattr succeeded, else why not.
        private static string? Chattr(string flag, string directory)
        {
            try
            {
                var start = new ProcessStartInfo("chattr") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
                start.ArgumentList.Add(flag);
                start.ArgumentList.Add(directory);
                using var process = Process.Start(start)!;
                string error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                return process.ExitCode == 0 ? null : $"failed: {error.Trim()}";
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                return $"is not available: {e.Message}";
            }
        }
    }
}
