using System;
using System.IO;

namespace HaConfig
{
    /// <summary>Writes files so that a failure never leaves a half-written target.</summary>
    internal static class AtomicFile
    {
        public static void WriteAllBytes(string path, byte[] bytes) => WriteAllBytes(path, bytes, null);

        /// <summary>
        /// Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/>, lets
        /// <paramref name="prepare"/> adjust it (e.g. set the executable bit) and then moves it over the target, so the
        /// target never exists without its final content and mode.
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
                prepare?.Invoke(temporary);
                if (File.Exists(full))
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
    }
}
