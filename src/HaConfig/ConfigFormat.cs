using System;
using System.IO;

namespace HaConfig
{
    /// <summary>The two configuration formats.</summary>
    public enum ConfigFormat
    {
        /// <summary>Not recognised.</summary>
        Unknown,

        /// <summary><c>haproxy.cfg</c>.</summary>
        HAProxy,

        /// <summary><c>keepalived.conf</c>.</summary>
        Keepalived,
    }

    /// <summary>Tells which format a file is in, from its name and, when the name says nothing, its first keyword.</summary>
    public static class ConfigFormatDetector
    {
        /// <summary>Parses <c>haproxy</c> / <c>keepalived</c> (case-insensitive).</summary>
        public static bool TryParse(string? name, out ConfigFormat format)
        {
            format = name?.Trim().ToLowerInvariant() switch
            {
                "haproxy" => ConfigFormat.HAProxy,
                "keepalived" => ConfigFormat.Keepalived,
                _ => ConfigFormat.Unknown,
            };
            return format != ConfigFormat.Unknown;
        }

        /// <summary>The format suggested by a file name alone.</summary>
        public static ConfigFormat FromFileName(string path)
        {
            string name = Path.GetFileName(path ?? throw new ArgumentNullException(nameof(path))).ToLowerInvariant();
            if (name.Contains("keepalived")) return ConfigFormat.Keepalived;
            if (name.Contains("haproxy")) return ConfigFormat.HAProxy;
            if (name.EndsWith(".cfg", StringComparison.Ordinal)) return ConfigFormat.HAProxy;
            if (name.EndsWith(".conf", StringComparison.Ordinal)) return ConfigFormat.Keepalived;
            return ConfigFormat.Unknown;
        }

        /// <summary>The format suggested by the first keyword of the text.</summary>
        public static ConfigFormat FromContent(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            using var reader = new StringReader(text);
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                string trimmed = line.TrimStart(' ', '\t', '\uFEFF');
                if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == '!') continue;
                int end = 0;
                while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]) && trimmed[end] != '{') end++;
                switch (trimmed.Substring(0, end))
                {
                    case "global":
                    case "defaults":
                    case "frontend":
                    case "backend":
                    case "listen":
                    case "userlist":
                    case "peers":
                    case "resolvers":
                    case "program":
                    case "ring":
                    case "cache":
                        return ConfigFormat.HAProxy;
                    case "global_defs":
                    case "vrrp_instance":
                    case "vrrp_script":
                    case "vrrp_sync_group":
                    case "virtual_server":
                    case "virtual_server_group":
                    case "static_ipaddress":
                    case "static_routes":
                    case "include":
                    case "bfd_instance":
                        return ConfigFormat.Keepalived;
                }

                return trimmed.IndexOf('{') >= 0 ? ConfigFormat.Keepalived : ConfigFormat.Unknown;
            }

            return ConfigFormat.Unknown;
        }

        /// <summary>The format of a file: content first when it is decisive, then the name.</summary>
        public static ConfigFormat Detect(string path, string text)
        {
            var byContent = FromContent(text);
            return byContent != ConfigFormat.Unknown ? byContent : FromFileName(path);
        }
    }
}
