using System;
using System.Collections.Generic;
using System.IO;
using HaConfig.Keepalived;

namespace HaConfig.Testing.Oracles
{
    /// <summary>
    /// The real <c>keepalived -t -f</c> as a second opinion; <see cref="OracleStatus.NotInstalled"/> when keepalived is
    /// absent. As root, with <c>unshare</c> and <c>ip</c> available, it runs in a private network namespace that has the
    /// interfaces configurations usually name (<c>eth0</c>-<c>eth3</c>, veth pairs for multicast), never touching the
    /// host's network; otherwise it runs plainly, and interface checks see the host's interfaces.
    /// </summary>
    public static class KeepalivedOracle
    {
        // The same set-up as the project's tests/oracle-netns.sh, inlined: the package cannot rely on the repository.
        private const string NetnsScript =
            "set -e\n" +
            "ip link set lo up\n" +
            "for i in 0 1 2 3; do ip link add \"eth$i\" type veth peer name \"peer$i\"; ip link set \"eth$i\" up; ip link set \"peer$i\" up; done\n" +
            "ip addr add 192.168.0.11/24 dev eth0\n" +
            "ip addr add 192.168.200.2/24 dev eth1\n" +
            "ip addr add 10.0.0.2/24 dev eth2\n" +
            "ip -6 addr add 2001:db8::2/64 dev eth0 nodad\n" +
            "exec \"$@\"\n";

        /// <summary>The keepalived binary found on PATH or in <c>/usr/sbin</c>, or null.</summary>
        public static string? Binary => DaemonRunner.Which("keepalived");

        /// <summary>Whether checks run in a private network namespace (root, with <c>unshare</c> and <c>ip</c>).</summary>
        public static bool UsesNetworkNamespace =>
            Environment.IsPrivilegedProcess && DaemonRunner.Which("unshare") is not null && DaemonRunner.Which("ip") is not null;

        /// <summary>Checks the configuration's current text (edits included), written to a temporary file named like the original; includes are not copied.</summary>
        /// <param name="config">The configuration.</param>
        /// <param name="binary">The keepalived binary to run (a name looked up on PATH, or a path); the installed one when null.</param>
        public static OracleResult Check(KeepalivedConfig config, string? binary = null)
        {
            if (config is null) throw new ArgumentNullException(nameof(config));
            string fileName = config.Path is { } path ? Path.GetFileName(path) : "keepalived.conf";
            return DaemonRunner.WithTemporaryFile(config.ToString(), fileName, file => CheckFile(file, binary));
        }

        /// <summary>Checks a file on disk (its includes resolve as keepalived resolves them).</summary>
        /// <param name="path">The <c>keepalived.conf</c>.</param>
        /// <param name="binary">The keepalived binary to run (a name looked up on PATH, or a path); the installed one when null.</param>
        public static OracleResult CheckFile(string path, string? binary = null)
        {
            string full = Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path)));
            string? found = DaemonRunner.Which(binary ?? "keepalived");
            if (found is null)
            {
                return OracleResult.NotInstalled("keepalived", $"'{binary ?? "keepalived"}' is not installed (apt-get install keepalived); the configuration was not checked by keepalived");
            }

            string directory = Path.GetDirectoryName(full)!;
            if (!UsesNetworkNamespace) return DaemonRunner.Run("keepalived", found, new[] { "-t", "-f", full }, directory);
            var arguments = new List<string> { "-n", "sh", "-c", NetnsScript, "sh", found, "-t", "-f", full };
            return DaemonRunner.Run("keepalived", DaemonRunner.Which("unshare")!, arguments, directory);
        }
    }
}
