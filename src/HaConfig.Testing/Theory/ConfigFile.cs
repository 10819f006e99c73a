using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Validation;
using Xunit.Abstractions;

namespace HaConfig.Testing
{
    /// <summary>
    /// A configuration file found by <see cref="HaConfigFilesAttribute"/>: its path, its format, and the parsed
    /// configuration (loaded on first use). Serializable for xunit, so each file is its own test case in the runner.
    /// </summary>
    public sealed class ConfigFile : IXunitSerializable
    {
        private HAProxyConfig? _haproxy;
        private KeepalivedConfig? _keepalived;

        /// <summary>Describes a file.</summary>
        /// <param name="path">The file, absolute or relative to the working directory; diagnostics carry it as given.</param>
        /// <param name="relativePath">The name shown in the test runner, relative to the folder searched.</param>
        /// <param name="kind">Its format.</param>
        public ConfigFile(string path, string relativePath, ConfigFormat kind)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            RelativePath = relativePath ?? throw new ArgumentNullException(nameof(relativePath));
            if (kind == ConfigFormat.Unknown) throw new ArgumentException("A configuration file is HAProxy or keepalived.", nameof(kind));
            Kind = kind;
        }

        /// <summary>For xunit's deserializer only.</summary>
        [Obsolete("For xunit's deserializer only.")]
        public ConfigFile()
        {
            Path = RelativePath = string.Empty;
        }

        /// <summary>The file, as the parsed configuration and its diagnostics name it.</summary>
        public string Path { get; private set; }

        /// <summary>The path relative to the folder searched, with <c>/</c> separators.</summary>
        public string RelativePath { get; private set; }

        /// <summary>Whether this is a <c>haproxy.cfg</c> or a <c>keepalived.conf</c>.</summary>
        public ConfigFormat Kind { get; private set; }

        /// <summary>The parsed HAProxy configuration; throws when <see cref="Kind"/> is keepalived.</summary>
        public HAProxyConfig HAProxy => Kind == ConfigFormat.HAProxy
            ? _haproxy ??= HAProxyConfig.Load(Path)
            : throw new InvalidOperationException($"{RelativePath} is a keepalived configuration, not an HAProxy one.");

        /// <summary>The parsed keepalived configuration (includes followed); throws when <see cref="Kind"/> is HAProxy.</summary>
        public KeepalivedConfig Keepalived => Kind == ConfigFormat.Keepalived
            ? _keepalived ??= KeepalivedConfig.Load(Path)
            : throw new InvalidOperationException($"{RelativePath} is an HAProxy configuration, not a keepalived one.");

        /// <summary>The parsed configuration, <see cref="HAProxyConfig"/> or <see cref="KeepalivedConfig"/>.</summary>
        public object Config => Kind == ConfigFormat.HAProxy ? HAProxy : Keepalived;

        /// <summary>The file's text as parsed (byte-for-byte what it holds, decoded).</summary>
        public string Text => Kind == ConfigFormat.HAProxy ? HAProxy.ToString() : Keepalived.ToString();

        /// <summary>Runs the catalogue that fits <see cref="Kind"/>.</summary>
        /// <param name="options">The validation options; the defaults when null.</param>
        public IReadOnlyList<Diagnostic> Validate(ValidationOptions? options = null) =>
            Kind == ConfigFormat.HAProxy ? HAProxy.Validate(options) : Keepalived.Validate(options);

        /// <inheritdoc/>
        public void Deserialize(IXunitSerializationInfo info)
        {
            if (info is null) throw new ArgumentNullException(nameof(info));
            Path = info.GetValue<string>(nameof(Path));
            RelativePath = info.GetValue<string>(nameof(RelativePath));
            Kind = (ConfigFormat)info.GetValue<int>(nameof(Kind));
        }

        /// <inheritdoc/>
        public void Serialize(IXunitSerializationInfo info)
        {
            if (info is null) throw new ArgumentNullException(nameof(info));
            info.AddValue(nameof(Path), Path);
            info.AddValue(nameof(RelativePath), RelativePath);
            info.AddValue(nameof(Kind), (int)Kind);
        }

        /// <summary>The relative path: what the test runner shows for the case.</summary>
        public override string ToString() => RelativePath;
    }
}
