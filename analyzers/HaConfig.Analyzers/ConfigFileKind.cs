using System;
using HaConfig;

namespace HaConfig.Analyzers
{
    /// <summary>Decides whether an additional file is a configuration to lint, and in which format.</summary>
    internal static class ConfigFileKind
    {
        /// <summary>The analyzer config key under which the compiler exposes the <c>HaConfigKind</c> item metadata.</summary>
        public const string MetadataKey = "build_metadata.AdditionalFiles.HaConfigKind";

        /// <summary>
        /// The format of the file at <paramref name="path"/>. Non-empty metadata decides (<c>haproxy</c>, <c>keepalived</c>;
        /// any other value, such as <c>none</c>, excludes the file); without it, the conventional names
        /// <c>haproxy*.cfg</c> and <c>keepalived*.conf</c> (case-insensitive) are linted.
        /// </summary>
        public static ConfigFormat Classify(string path, string? metadata)
        {
            if (metadata is not null && metadata.Trim().Length > 0)
            {
                return ConfigFormatDetector.TryParse(metadata, out var format) ? format : ConfigFormat.Unknown;
            }

            string name = FileName(path);
            if (Matches(name, "haproxy", ".cfg")) return ConfigFormat.HAProxy;
            if (Matches(name, "keepalived", ".conf")) return ConfigFormat.Keepalived;
            return ConfigFormat.Unknown;
        }

        private static bool Matches(string name, string prefix, string extension) =>
            name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) &&
            name.EndsWith(extension, StringComparison.OrdinalIgnoreCase);

        // System.IO.Path would do, but it throws on characters some hosts allow in paths; this never throws.
        private static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash < 0 ? path : path.Substring(slash + 1);
        }
    }
}
