using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Topology;
using HaConfig.Validation;

namespace HaConfig.Testing
{
    /// <summary>
    /// One node of a highly available load balancer: its <c>haproxy.cfg</c> and the <c>keepalived.conf</c> that moves the
    /// virtual IP to it. <c>pair.Should().BeConsistent()</c> validates both and runs the <see cref="CrossChecks"/>.
    /// </summary>
    public sealed class ConfigPair
    {
        /// <summary>Pairs two parsed configurations.</summary>
        /// <param name="haproxy">The HAProxy configuration.</param>
        /// <param name="keepalived">The keepalived configuration.</param>
        public ConfigPair(HAProxyConfig haproxy, KeepalivedConfig keepalived)
        {
            HAProxy = haproxy ?? throw new ArgumentNullException(nameof(haproxy));
            Keepalived = keepalived ?? throw new ArgumentNullException(nameof(keepalived));
        }

        /// <summary>Loads both files (keepalived includes are followed).</summary>
        /// <param name="haproxyPath">The <c>haproxy.cfg</c>.</param>
        /// <param name="keepalivedPath">The <c>keepalived.conf</c>.</param>
        public static ConfigPair Load(string haproxyPath, string keepalivedPath) =>
            new(HAProxyConfig.Load(haproxyPath), KeepalivedConfig.Load(keepalivedPath));

        /// <summary>The HAProxy side.</summary>
        public HAProxyConfig HAProxy { get; }

        /// <summary>The keepalived side.</summary>
        public KeepalivedConfig Keepalived { get; }

        /// <summary>
        /// A team's own checks across the two files, run by <see cref="Validate"/> after each file's catalogue and the
        /// library's pair rules (HA3xxx, <see cref="HaPair"/>). Empty by default.
        /// </summary>
        public IList<IConfigPairCheck> CrossChecks { get; } = new List<IConfigPairCheck>();

        /// <summary>The files' names for messages: <c>haproxy.cfg + keepalived.conf</c>.</summary>
        public string Name => $"{Assertions.DiagnosticChecks.Name(HAProxy.Path)} + {Assertions.DiagnosticChecks.Name(Keepalived.Path)}";

        /// <summary>
        /// The HAProxy catalogue (HA1xxx) on <see cref="HAProxy"/>, the keepalived catalogue (HA2xxx) on
        /// <see cref="Keepalived"/>, the pair rules (HA3xxx) on the two together, then every <see cref="CrossChecks"/> entry, with <paramref name="options"/>' disabled
        /// rules and severity overrides applied to all of them.
        /// </summary>
        /// <param name="options">The validation options; the defaults when null.</param>
        public IReadOnlyList<Diagnostic> Validate(ValidationOptions? options = null)
        {
            options ??= ValidationOptions.Default;
            var diagnostics = new List<Diagnostic>();
            diagnostics.AddRange(HAProxy.Validate(options));
            diagnostics.AddRange(Keepalived.Validate(options));

            // The library's pair rules (HA3xxx) on this one node, before the team's own checks.
            diagnostics.AddRange(new HaPair(new[] { ToNode() }).ValidatePairRules(options));
            foreach (var check in CrossChecks) diagnostics.AddRange(options.Apply(check.Check(this, options)));
            return diagnostics;
        }

        /// <summary>The text of the check script keepalived runs, when known; enables HA3004 and HA3005.</summary>
        public string? CheckScript { get; set; }

        /// <summary>The check script's file name or path (matched by file name against the vrrp_script); <c>check_apiserver.sh</c> when null.</summary>
        public string? CheckScriptPath { get; set; }

        /// <summary>This node for the library's pair rules.</summary>
        public HaPairNodeConfig ToNode() => new(Name, Keepalived, HAProxy, CheckScript, CheckScriptPath);

        /// <inheritdoc/>
        public override string ToString() => Name;
    }

    /// <summary>A check that needs both files of a <see cref="ConfigPair"/> (e.g. the VIP HAProxy binds is one keepalived moves).</summary>
    public interface IConfigPairCheck
    {
        /// <summary>The problems found, located in either file; default severities (the options are applied afterwards).</summary>
        /// <param name="pair">The two configurations.</param>
        /// <param name="options">The validation options in force.</param>
        IEnumerable<Diagnostic> Check(ConfigPair pair, ValidationOptions options);
    }
}
