using System;
using System.IO;
using HaConfig.HAProxy;

namespace HaConfig.Testing.Oracles
{
    /// <summary>The real <c>haproxy -c -f</c> as a second opinion; <see cref="OracleStatus.NotInstalled"/> when haproxy is absent.</summary>
    public static class HAProxyOracle
    {
        /// <summary>The haproxy binary found on PATH or in <c>/usr/sbin</c>, or null.</summary>
        public static string? Binary => DaemonRunner.Which("haproxy");

        /// <summary>Checks the configuration's current text (edits included), written to a temporary file named like the original.</summary>
        /// <param name="config">The configuration.</param>
        /// <param name="binary">The haproxy binary to run (a name looked up on PATH, or a path); the installed one when null.</param>
        public static OracleResult Check(HAProxyConfig config, string? binary = null)
        {
            if (config is null) throw new ArgumentNullException(nameof(config));
            string fileName = config.Path is { } path ? Path.GetFileName(path) : "haproxy.cfg";
            return DaemonRunner.WithTemporaryFile(config.ToString(), fileName, file => CheckFile(file, binary));
        }

        /// <summary>Checks a file on disk (its relative paths resolve from its own directory).</summary>
        /// <param name="path">The <c>haproxy.cfg</c>.</param>
        /// <param name="binary">The haproxy binary to run (a name looked up on PATH, or a path); the installed one when null.</param>
        public static OracleResult CheckFile(string path, string? binary = null)
        {
            string full = Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path)));
            string? found = DaemonRunner.Which(binary ?? "haproxy");
            if (found is null)
            {
                return OracleResult.NotInstalled("haproxy", $"'{binary ?? "haproxy"}' is not installed (apt-get install haproxy); the configuration was not checked by haproxy");
            }

            return DaemonRunner.Run("haproxy", found, new[] { "-c", "-f", full }, Path.GetDirectoryName(full)!);
        }
    }
}
