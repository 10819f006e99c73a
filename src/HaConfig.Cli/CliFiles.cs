using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HaConfig.Cli
{
    /// <summary>Turning command-line paths into configuration files, and reading them, the same way for every command.</summary>
    internal static class CliFiles
    {
        /// <summary>Files as given, and directories searched recursively for <c>*.cfg</c> and <c>*.conf</c>.</summary>
        public static List<string> Expand(IEnumerable<string> paths, TextWriter stderr, out int failure)
        {
            failure = CliApp.ExitClean;
            var files = new List<string>();
            foreach (var path in paths)
            {
                if (File.Exists(path))
                {
                    files.Add(path);
                }
                else if (Directory.Exists(path))
                {
                    var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                        .Where(f => f.EndsWith(".cfg", StringComparison.Ordinal) || f.EndsWith(".conf", StringComparison.Ordinal))
                        .OrderBy(f => f, StringComparer.Ordinal)
                        .ToList();
                    if (found.Count == 0)
                    {
                        failure = CliApp.UsageError(stderr, $"{path}: no *.cfg or *.conf files in this directory");
                        return files;
                    }

                    files.AddRange(found);
                }
                else
                {
                    failure = CliApp.UsageError(stderr, $"{path}: no such file or directory");
                    return files;
                }
            }

            return files;
        }

        /// <summary>Reads a file and tells its format; on failure writes one line naming the file.</summary>
        public static bool TryRead(string file, ConfigFormat forced, TextWriter stderr, out ConfigText text, out ConfigFormat format)
        {
            format = ConfigFormat.Unknown;
            if (!TryRead(file, forced, out text, out format, out string? error))
            {
                CliApp.UsageError(stderr, error!);
                return false;
            }

            return true;
        }

        public static bool TryRead(string file, ConfigFormat forced, out ConfigText text, out ConfigFormat format, out string? error)
        {
            text = default;
            format = ConfigFormat.Unknown;
            try
            {
                text = ConfigText.Read(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = $"{file}: cannot read: {e.Message}";
                return false;
            }

            if (LooksBinary(text.Text))
            {
                error = $"{file}: binary file, not a configuration";
                return false;
            }

            format = forced != ConfigFormat.Unknown ? forced : ConfigFormatDetector.Detect(file, text.Text);
            if (format == ConfigFormat.Unknown)
            {
                error = $"{file}: cannot tell whether this is a HAProxy or a keepalived file; pass --kind haproxy|keepalived";
                return false;
            }

            error = null;
            return true;
        }

        private static bool LooksBinary(string text)
        {
            int limit = Math.Min(text.Length, 8000), nul = 0;
            for (int i = 0; i < limit; i++)
            {
                if (text[i] == '\0') nul++;
            }

            return nul > 8;
        }
    }
}
