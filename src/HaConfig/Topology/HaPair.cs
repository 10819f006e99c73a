using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Text;
using HaConfig.Validation;
using HaConfig.Validation.Rules.Pair;

namespace HaConfig.Topology
{
    /// <summary>
    /// The load-balancer nodes of one highly available endpoint as they are deployed: each node's
    /// <c>keepalived.conf</c>, <c>haproxy.cfg</c> and (optionally) check script. <see cref="Validate"/> runs each file's
    /// catalogue and the pair rules (HA3xxx) that need several files or several nodes at once.
    /// </summary>
    public sealed class HaPair
    {
        /// <summary>Groups the nodes of one pair (one node is allowed: the rules across nodes then have nothing to compare).</summary>
        /// <param name="nodes">The nodes, in a stable order (the first one is the reference the others are compared with).</param>
        public HaPair(IEnumerable<HaPairNodeConfig> nodes)
        {
            if (nodes is null) throw new ArgumentNullException(nameof(nodes));
            Nodes = nodes.ToList();
            if (Nodes.Count == 0) throw new ArgumentException("A pair needs at least one node.", nameof(nodes));
            if (Nodes.Any(n => n is null)) throw new ArgumentException("A node is null.", nameof(nodes));
        }

        /// <summary>The nodes, in the order given.</summary>
        public IReadOnlyList<HaPairNodeConfig> Nodes { get; }

        /// <summary>
        /// The pair a topology renders, each node's files re-read with paths <c>NODE/keepalived.conf</c>,
        /// <c>NODE/haproxy.cfg</c> and <c>NODE/check_NAME.sh</c> (or below <paramref name="directory"/> when given), so
        /// that diagnostics name the file they are in.
        /// </summary>
        /// <exception cref="InvalidOperationException">The topology has problems (<see cref="HaPairTopology.GetProblems"/>).</exception>
        public static HaPair FromTopology(HaPairTopology topology, string? directory = null)
        {
            if (topology is null) throw new ArgumentNullException(nameof(topology));
            return new HaPair(topology.Render().Select(files =>
            {
                string folder = directory is null ? files.Node.Name : Path.Combine(directory, files.Node.Name);
                return new HaPairNodeConfig(
                    files.Node.Name,
                    KeepalivedConfig.Parse(files.Keepalived.ToString(), Path.Combine(folder, "keepalived.conf")),
                    HAProxyConfig.Parse(files.HAProxy.ToString(), Path.Combine(folder, "haproxy.cfg")),
                    files.CheckScript,
                    Path.Combine(folder, topology.CheckName + ".sh"))
                {
                    Address = files.Node.Address,
                };
            }));
        }

        /// <summary>
        /// Every node's HAProxy catalogue (HA1xxx) and keepalived catalogue (HA2xxx), then the pair rules (HA3xxx), with
        /// the options' disabled rules and severity overrides applied; sorted by file, line and column. Never throws.
        /// </summary>
        public IReadOnlyList<Diagnostic> Validate(ValidationOptions? options = null)
        {
            options ??= ValidationOptions.Default;
            var context = new ValidationContext(options);
            AddSecrets(context);
            foreach (var node in Nodes)
            {
                context.AddRange(node.HAProxy.Validate(options));
                context.AddRange(node.Keepalived.Validate(options));
            }

            Run(context);
            return context.ToSortedList();
        }

        /// <summary>Only the pair rules (HA3xxx), for callers that validate each file themselves.</summary>
        public IReadOnlyList<Diagnostic> ValidatePairRules(ValidationOptions? options = null)
        {
            var context = new ValidationContext(options ?? ValidationOptions.Default);
            AddSecrets(context);
            Run(context);
            return context.ToSortedList();
        }

        private void AddSecrets(ValidationContext context)
        {
            foreach (var node in Nodes)
            {
                context.Secrets.Add(node.HAProxy);
                context.Secrets.Add(node.Keepalived);
            }
        }

        private void Run(ValidationContext context) =>
            RuleRunner.Run(PairRules.All, this, context, p => new SourceLocation(p.Nodes[0].Keepalived.Path, 1, 1, 1, 1));
    }

    /// <summary>One load-balancer node of an <see cref="HaPair"/>: its configurations and what else is known about it.</summary>
    public sealed class HaPairNodeConfig
    {
        /// <summary>The file names <see cref="Load"/> looks for.</summary>
        public const string KeepalivedFileName = "keepalived.conf";

        /// <summary>The HAProxy file name <see cref="Load"/> looks for.</summary>
        public const string HAProxyFileName = "haproxy.cfg";

        /// <summary>Creates a node.</summary>
        /// <param name="name">The node's name, used in messages.</param>
        /// <param name="keepalived">Its <c>keepalived.conf</c>.</param>
        /// <param name="haproxy">Its <c>haproxy.cfg</c>.</param>
        /// <param name="checkScript">The text of the check script keepalived runs, or null when unknown (the script rules are skipped).</param>
        /// <param name="checkScriptPath">Where the check script's text comes from, for diagnostics (its file name is matched against the vrrp_script).</param>
        public HaPairNodeConfig(string name, KeepalivedConfig keepalived, HAProxyConfig haproxy, string? checkScript = null, string? checkScriptPath = null)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Keepalived = keepalived ?? throw new ArgumentNullException(nameof(keepalived));
            HAProxy = haproxy ?? throw new ArgumentNullException(nameof(haproxy));
            CheckScript = checkScript;
            CheckScriptPath = checkScriptPath ?? (checkScript is null ? null : "check_apiserver.sh");
        }

        /// <summary>
        /// Loads a node directory: <c>keepalived.conf</c> and <c>haproxy.cfg</c> (both required) and the check script,
        /// <c>check_apiserver.sh</c> or else the only <c>check_*.sh</c>, when present. The script is read, never run.
        /// The node is named after the directory.
        /// </summary>
        /// <exception cref="FileNotFoundException">A required file is missing.</exception>
        public static HaPairNodeConfig Load(string directory)
        {
            if (directory is null) throw new ArgumentNullException(nameof(directory));
            string keepalived = Path.Combine(directory, KeepalivedFileName);
            string haproxy = Path.Combine(directory, HAProxyFileName);
            if (!File.Exists(keepalived)) throw new FileNotFoundException($"{keepalived}: no such file (a node directory holds {KeepalivedFileName} and {HAProxyFileName})", keepalived);
            if (!File.Exists(haproxy)) throw new FileNotFoundException($"{haproxy}: no such file (a node directory holds {KeepalivedFileName} and {HAProxyFileName})", haproxy);
            string? script = Path.Combine(directory, "check_apiserver.sh");
            if (!File.Exists(script))
            {
                var candidates = Directory.GetFiles(directory, "check_*.sh");
                script = candidates.Length == 1 ? candidates[0] : null;
            }

            string name = Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            return new HaPairNodeConfig(
                string.IsNullOrEmpty(name) ? directory : name,
                KeepalivedConfig.Load(keepalived),
                HAProxyConfig.Load(haproxy),
                script is null ? null : File.ReadAllText(script),
                script);
        }

        /// <summary>The node's name.</summary>
        public string Name { get; }

        /// <summary>The keepalived configuration.</summary>
        public KeepalivedConfig Keepalived { get; }

        /// <summary>The HAProxy configuration.</summary>
        public HAProxyConfig HAProxy { get; }

        /// <summary>The check script's text, or null when not known.</summary>
        public string? CheckScript { get; }

        /// <summary>The check script's file (for diagnostics and to match the vrrp_script by file name), or null.</summary>
        public string? CheckScriptPath { get; }

        /// <summary>The node's own address when known; a VIP must not be one (HA3006).</summary>
        public IPAddress? Address { get; set; }

        /// <summary>
        /// Whether the node has <c>net.ipv4.ip_nonlocal_bind=1</c> (<c>net.ipv6.ip_nonlocal_bind</c> for IPv6); null
        /// when unknown. When true, HA3003 is not reported for the node.
        /// </summary>
        public bool? NonLocalBind { get; set; }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
