using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Validation;

namespace HaConfig
{
    /// <summary>One entry point for linting a file of either format: what the CLI and the analyzers call.</summary>
    public static class ConfigLinter
    {
        /// <summary>Every diagnostic for <paramref name="text"/>, in file order.</summary>
        public static IReadOnlyList<Diagnostic> Lint(string text, string? path, ConfigFormat format, ValidationOptions? options = null)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            return format switch
            {
                ConfigFormat.HAProxy => HAProxyConfig.Parse(text, path).Validate(options),
                ConfigFormat.Keepalived => ParseKeepalived(text, path).Validate(options),
                _ => throw new ArgumentException($"cannot lint format {format} yet", nameof(format)),
            };
        }

        /// <summary>
        /// Keepalived includes are relative to the including file: when <paramref name="path"/> names an existing file, they
        /// are followed from its directory (confined to it); the text given is parsed once and the main file not read again.
        /// </summary>
        private static KeepalivedConfig ParseKeepalived(string text, string? path) =>
            path is not null && System.IO.File.Exists(path) ? KeepalivedConfig.ParseAndFollowIncludes(text, path) : KeepalivedConfig.Parse(text, path);
    }
}
