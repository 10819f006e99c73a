using System;
using System.IO;

namespace HaConfig
{
    /// <summary>Writes files so that a failure never leaves a half-written target.</summary>
    internal static class AtomicFile
    {
        public static void WriteAllBytes(string path, byte[] bytes) => WriteAllBytes(path, bytes, null);

        /// <summary>
        /// Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/>, gives it the mode bits of
        /// the file it replaces (on Unix; a new file gets the default mode), lets <paramref name="prepare"/> adjust it
        /// (e.g. set the executable bit) and then moves it over the target, so the target never exists without its final
        /// content and mode.
        /// </summary>
        public static void WriteAllBytes(string path, byte[] bytes, Action<string>? prepare)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            string full = System.IO.Path.GetFullPath(path);
            string directory = System.IO.Path.GetDirectoryName(full) ?? ".";
            string temporary = System.IO.Path.Combine(directory, "." + System.IO.Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                File.WriteAllBytes(temporary, bytes);
                bool replacing = File.Exists(full);
                if (replacing) CopyUnixMode(full, temporary);
                prepare?.Invoke(temporary);
                if (replacing)
                {
                    File.Replace(temporary, full, null);
                }
                else
                {
                    File.Move(temporary, full);
                }
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }

        // The rename puts the temporary file in place with its own mode (0644 under the usual umask), so a 0640
        // haproxy.cfg would become world-readable: copy the mode first.
        private static void CopyUnixMode(string from, string to)
        {
#if NET7_0_OR_GREATER
            if (OperatingSystem.IsWindows()) return;
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
#else
            // The netstandard2.0 build on a .NET 7+ runtime has the same calls; older runtimes and Windows do not.
            if (Environment.OSVersion.Platform == PlatformID.Win32NT) return;
            var get = typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) });
            var set = get is null ? null : typeof(File).GetMethod("SetUnixFileMode", new[] { typeof(string), get.ReturnType });
            if (get is null || set is null) return;
            try
            {
                set.Invoke(null, new[] { to, get.Invoke(null, new object[] { from }) });
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
#endif
        }
    }
}
