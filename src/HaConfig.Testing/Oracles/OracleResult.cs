using System;

namespace HaConfig.Testing.Oracles
{
    /// <summary>How a daemon's check mode ended.</summary>
    public enum OracleStatus
    {
        /// <summary>The daemon is not installed (or could not be started): nothing was checked.</summary>
        NotInstalled,

        /// <summary>The daemon accepted the configuration (exit code 0).</summary>
        Accepted,

        /// <summary>The daemon rejected the configuration.</summary>
        Rejected,
    }

    /// <summary>
    /// What a real daemon said about a configuration in check mode. When the daemon is absent the result is
    /// <see cref="OracleStatus.NotInstalled"/> with a <see cref="SkipReason"/>, never a pass: skip the test with it
    /// (e.g. <c>Skip.If(result.SkipReason is not null, result.SkipReason)</c> with Xunit.SkippableFact).
    /// </summary>
    public sealed class OracleResult
    {
        private OracleResult(string daemon, OracleStatus status, int? exitCode, string output, string? skipReason)
        {
            Daemon = daemon;
            Status = status;
            ExitCode = exitCode;
            Output = output;
            SkipReason = skipReason;
        }

        /// <summary>The daemon's name: <c>haproxy</c> or <c>keepalived</c>.</summary>
        public string Daemon { get; }

        /// <summary>How the check ended.</summary>
        public OracleStatus Status { get; }

        /// <summary>The exit code, or null when the daemon did not run.</summary>
        public int? ExitCode { get; }

        /// <summary>What the daemon printed (standard output, then standard error).</summary>
        public string Output { get; }

        /// <summary>Why nothing was checked, or null when the daemon ran.</summary>
        public string? SkipReason { get; }

        /// <summary>Whether the daemon ran and accepted the configuration.</summary>
        public bool Accepted => Status == OracleStatus.Accepted;

        /// <summary>A result for a daemon that is not installed.</summary>
        /// <param name="daemon">The daemon's name.</param>
        /// <param name="reason">Why it could not run, and how to install it.</param>
        public static OracleResult NotInstalled(string daemon, string reason) =>
            new(daemon ?? throw new ArgumentNullException(nameof(daemon)), OracleStatus.NotInstalled, null, string.Empty, reason ?? throw new ArgumentNullException(nameof(reason)));

        /// <summary>A result for a daemon that ran.</summary>
        /// <param name="daemon">The daemon's name.</param>
        /// <param name="exitCode">Its exit code; 0 is acceptance.</param>
        /// <param name="output">What it printed.</param>
        public static OracleResult Ran(string daemon, int exitCode, string output) =>
            new(daemon ?? throw new ArgumentNullException(nameof(daemon)), exitCode == 0 ? OracleStatus.Accepted : OracleStatus.Rejected, exitCode, output ?? string.Empty, null);

        /// <inheritdoc/>
        public override string ToString() => Status switch
        {
            OracleStatus.NotInstalled => $"{Daemon} not run: {SkipReason}",
            OracleStatus.Accepted => $"{Daemon} accepted the configuration",
            _ => $"{Daemon} rejected the configuration (exit {ExitCode}): {Output.Trim()}",
        };
    }
}
