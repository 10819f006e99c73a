using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit.Sdk;

namespace HaConfig.Testing
{
    /// <summary>
    /// An xunit theory source: one <see cref="ConfigFile"/> per configuration under a folder (recursively), sorted by path.
    /// A file is taken when its name is <c>haproxy*.cfg</c> or <c>keepalived*.conf</c>, or when it is another
    /// <c>*.cfg</c> / <c>*.conf</c> whose first keyword <see cref="ConfigFormatDetector.FromContent"/> recognises.
    /// <code>[Theory, HaConfigFiles("deploy/")] public void Config_is_valid(ConfigFile f) => f.Should().BeValid();</code>
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class HaConfigFilesAttribute : DataAttribute
    {
        /// <summary>Searches <paramref name="folder"/>.</summary>
        /// <param name="folder">Absolute, or relative to the test's working directory (usually its output folder).</param>
        public HaConfigFilesAttribute(string folder)
        {
            Folder = folder ?? throw new ArgumentNullException(nameof(folder));
        }

        /// <summary>The folder searched, as given.</summary>
        public string Folder { get; }

        /// <summary>Only files of this format (default: both).</summary>
        public ConfigFormat Only { get; set; } = ConfigFormat.Unknown;

        /// <summary>The files found, in path order (ordinal).</summary>
        /// <param name="folder">Absolute, or relative to the working directory.</param>
        /// <param name="only">Only files of this format; <see cref="ConfigFormat.Unknown"/> for both.</param>
        public static IReadOnlyList<ConfigFile> Find(string folder, ConfigFormat only = ConfigFormat.Unknown)
        {
            if (folder is null) throw new ArgumentNullException(nameof(folder));
            string root = Path.GetFullPath(folder);
            if (!Directory.Exists(root))
            {
                throw new DirectoryNotFoundException($"HaConfigFiles: folder '{folder}' does not exist (looked in {root}).");
            }

            var files = new List<ConfigFile>();
            foreach (string full in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var kind = KindOf(full);
                if (kind == ConfigFormat.Unknown || (only != ConfigFormat.Unknown && kind != only)) continue;
                string relative = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
                string path = Path.IsPathRooted(folder) ? full : Path.Combine(folder, relative).Replace(Path.DirectorySeparatorChar, '/');
                files.Add(new ConfigFile(path, relative, kind));
            }

            return files;
        }

        /// <inheritdoc/>
        public override IEnumerable<object[]> GetData(MethodInfo testMethod)
        {
            var files = Find(Folder, Only);
            if (files.Count == 0)
            {
                throw new InvalidOperationException($"HaConfigFiles: no haproxy or keepalived configuration under '{Folder}' (looked in {Path.GetFullPath(Folder)}).");
            }

            return files.Select(f => new object[] { f });
        }

        private static ConfigFormat KindOf(string path)
        {
            string name = Path.GetFileName(path).ToLowerInvariant();
            bool cfg = name.EndsWith(".cfg", StringComparison.Ordinal), conf = name.EndsWith(".conf", StringComparison.Ordinal);
            if (cfg && name.StartsWith("haproxy", StringComparison.Ordinal)) return ConfigFormat.HAProxy;
            if (conf && name.StartsWith("keepalived", StringComparison.Ordinal)) return ConfigFormat.Keepalived;
            if (!cfg && !conf) return ConfigFormat.Unknown;
            return ConfigFormatDetector.FromContent(File.ReadAllText(path));
        }
    }
}
