using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using HaConfig.HAProxy;
using HaConfig.Keepalived;

namespace HaConfig.Topology
{
    /// <summary>
    /// One load-balanced endpoint served by a pair (or more) of load-balancer nodes, as in the kubeadm HA guide:
    /// keepalived moves one virtual IP between the nodes, HAProxy on each node listens on the VIP's port and spreads
    /// connections over the backends, and a check script tells keepalived whether the local HAProxy still answers.
    /// Described once, it renders each node's <c>keepalived.conf</c>, <c>haproxy.cfg</c> and check script through the
    /// builders. Load and save it as YAML with <see cref="HaPairTopologyYaml"/>.
    /// </summary>
    public sealed class HaPairTopology
    {
        /// <summary>The endpoint's name: the frontend (<c>apiserver</c>), the backend (<c>apiserverbackend</c>), the check script (<c>check_apiserver</c>).</summary>
        public string Name { get; set; } = "apiserver";

        /// <summary>The virtual IP the nodes share (<c>APISERVER_VIP</c>).</summary>
        public IPAddress VirtualIp { get; set; } = IPAddress.None;

        /// <summary>The VIP's prefix length, or null to write the bare address as the guide does.</summary>
        public int? PrefixLength { get; set; }

        /// <summary>The interface VRRP runs on and the VIP is added to.</summary>
        public string Interface { get; set; } = "eth0";

        /// <summary><c>virtual_router_id</c> (1..255), the same on every node and unique on the segment.</summary>
        public int VirtualRouterId { get; set; } = 51;

        /// <summary>The VRRP <c>PASS</c> password (keepalived uses at most 8 characters).</summary>
        public string AuthPass { get; set; } = string.Empty;

        /// <summary>The port HAProxy listens on and clients use with the VIP (<c>APISERVER_DEST_PORT</c>).</summary>
        public int FrontendPort { get; set; } = 6443;

        /// <summary>The port the backends listen on (<c>APISERVER_SRC_PORT</c>), unless a backend says otherwise.</summary>
        public int BackendPort { get; set; } = 6443;

        /// <summary>The health-check settings.</summary>
        public HaPairHealthCheck HealthCheck { get; set; } = new();

        /// <summary>Send VRRP adverts to the other nodes by unicast (<c>unicast_src_ip</c>/<c>unicast_peer</c>) instead of multicast.</summary>
        public bool Unicast { get; set; }

        /// <summary>The load-balancer nodes.</summary>
        public List<HaPairNode> Nodes { get; set; } = new();

        /// <summary>The servers behind the load balancer.</summary>
        public List<HaPairBackend> Backends { get; set; } = new();

        /// <summary>The HAProxy backend's name.</summary>
        public string BackendName => Name + "backend";

        /// <summary>The vrrp_script's name.</summary>
        public string CheckName => "check_" + Name;

        /// <summary>Where the check script is installed on each node.</summary>
        public string CheckScriptPath => "/etc/keepalived/" + CheckName + ".sh";

        /// <summary>What makes the description unusable, one sentence each; empty when it can be rendered.</summary>
        public IReadOnlyList<string> GetProblems()
        {
            var problems = new List<string>();
            if (!HaPairNames.IsName(Name)) problems.Add($"name '{Name}' must be letters, digits, '-', '_' or '.'.");
            if (VirtualIp is null || VirtualIp.Equals(IPAddress.None)) problems.Add("vip is missing.");
            int maxPrefix = VirtualIp?.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32;
            if (PrefixLength is < 0 || PrefixLength > maxPrefix) problems.Add($"prefixLength {PrefixLength} must be 0..{maxPrefix}.");
            if (!HaPairNames.IsName(Interface)) problems.Add($"interface '{Interface}' is not an interface name.");
            if (VirtualRouterId is < 1 or > 255) problems.Add($"virtualRouterId {VirtualRouterId} must be 1..255.");
            if (string.IsNullOrEmpty(AuthPass)) problems.Add("authPass is missing.");
            else if (AuthPass.IndexOfAny(new[] { '"', '\n', '\r', '\0' }) >= 0 || AuthPass.EndsWith("\\", StringComparison.Ordinal)) problems.Add("authPass holds a character keepalived cannot read back.");
            if (FrontendPort is < 1 or > 65535) problems.Add($"frontendPort {FrontendPort} must be 1..65535.");
            if (BackendPort is < 1 or > 65535) problems.Add($"backendPort {BackendPort} must be 1..65535.");
            problems.AddRange(HealthCheck.GetProblems());
            if (Nodes.Count == 0) problems.Add("nodes is empty: at least one load-balancer node is needed.");
            int masters = Nodes.Count(n => n.State == VrrpState.Master);
            if (masters > 1) problems.Add($"{masters} nodes start as MASTER: exactly one, or none (all BACKUP), may.");
            foreach (var node in Nodes) problems.AddRange(node.GetProblems());
            problems.AddRange(Duplicates(Nodes.Select(n => n.Name), "node name"));
            if (Backends.Count == 0) problems.Add("backends is empty: at least one backend server is needed.");
            foreach (var backend in Backends) problems.AddRange(backend.GetProblems());
            problems.AddRange(Duplicates(Backends.Select(b => b.Name), "backend name"));
            return problems;
        }

        /// <summary>Renders every node's files, in node order.</summary>
        /// <exception cref="InvalidOperationException">The description has problems (<see cref="GetProblems"/>).</exception>
        public IReadOnlyList<HaPairNodeFiles> Render()
        {
            EnsureValid();
            return Nodes.Select(RenderNode).ToList();
        }

        /// <summary>Renders the files of the node named <paramref name="nodeName"/>.</summary>
        public HaPairNodeFiles Render(string nodeName)
        {
            EnsureValid();
            var node = Nodes.FirstOrDefault(n => n.Name == nodeName) ?? throw new ArgumentException($"No node is named '{nodeName}'.", nameof(nodeName));
            return RenderNode(node);
        }

        private HaPairNodeFiles RenderNode(HaPairNode node) =>
            new(node, HaPairRenderer.HAProxy(this), HaPairRenderer.Keepalived(this, node), HaPairRenderer.CheckScript(this));

        private void EnsureValid()
        {
            var problems = GetProblems();
            if (problems.Count > 0) throw new InvalidOperationException("The topology cannot be rendered: " + string.Join(" ", problems));
        }

        private static IEnumerable<string> Duplicates(IEnumerable<string> names, string what) =>
            names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{what} '{g.Key}' is used {g.Count()} times.");
    }

    /// <summary>One load-balancer node.</summary>
    public sealed class HaPairNode
    {
        /// <summary>The node's name (its host name).</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The node's own address on <see cref="HaPairTopology.Interface"/>.</summary>
        public IPAddress Address { get; set; } = IPAddress.None;

        /// <summary>The VRRP priority (1..255); the highest holds the VIP.</summary>
        public int Priority { get; set; } = 100;

        /// <summary>The state at start: one node <see cref="VrrpState.Master"/>, the others <see cref="VrrpState.Backup"/> (or all backup).</summary>
        public VrrpState State { get; set; } = VrrpState.Backup;

        internal IEnumerable<string> GetProblems()
        {
            if (!HaPairNames.IsName(Name)) yield return $"node name '{Name}' must be letters, digits, '-', '_' or '.'.";
            if (Address is null || Address.Equals(IPAddress.None)) yield return $"node '{Name}' has no address.";
            if (Priority is < 1 or > 255) yield return $"node '{Name}' priority {Priority} must be 1..255.";
        }
    }

    /// <summary>One server behind the load balancer.</summary>
    public sealed class HaPairBackend
    {
        /// <summary>The server's name in HAProxy.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The server's address.</summary>
        public IPAddress Address { get; set; } = IPAddress.None;

        /// <summary>The server's port, or null for <see cref="HaPairTopology.BackendPort"/>.</summary>
        public int? Port { get; set; }

        internal IEnumerable<string> GetProblems()
        {
            if (!HaPairNames.IsName(Name)) yield return $"backend name '{Name}' must be letters, digits, '-', '_' or '.'.";
            if (Address is null || Address.Equals(IPAddress.None)) yield return $"backend '{Name}' has no address.";
            if (Port is < 1 or > 65535) yield return $"backend '{Name}' port {Port} must be 1..65535.";
        }
    }

    /// <summary>
    /// Health checking: HAProxy checks each backend with an HTTPS GET of <see cref="Path"/>; keepalived runs the check
    /// script every <see cref="Interval"/> and lowers the node's priority by <see cref="Weight"/> after <see cref="Fall"/>
    /// failures (restored after <see cref="Rise"/> successes).
    /// </summary>
    public sealed class HaPairHealthCheck
    {
        /// <summary>The HTTP path checked on the backends and by the check script.</summary>
        public string Path { get; set; } = "/healthz";

        /// <summary>How often keepalived runs the check script.</summary>
        public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(3);

        /// <summary>Failures before the node counts as down.</summary>
        public int Fall { get; set; } = 10;

        /// <summary>Successes before the node counts as up again.</summary>
        public int Rise { get; set; } = 2;

        /// <summary>The priority change while the check fails (-253..253; negative lowers it).</summary>
        public int Weight { get; set; } = -2;

        internal IEnumerable<string> GetProblems()
        {
            if (!HaPairNames.IsUrlPath(Path)) yield return $"healthCheck.path '{Path}' must start with '/' and hold only URL path characters.";
            if (Interval <= TimeSpan.Zero || Interval.Ticks % TimeSpan.TicksPerMillisecond != 0) yield return $"healthCheck.interval {Interval} must be a positive number of milliseconds.";
            if (Fall < 1) yield return $"healthCheck.fall {Fall} must be at least 1.";
            if (Rise < 1) yield return $"healthCheck.rise {Rise} must be at least 1.";
            if (Weight is < -253 or > 253) yield return $"healthCheck.weight {Weight} must be -253..253.";
        }
    }

    /// <summary>The files of one load-balancer node: the input of the pair cross checks (HA3xxx).</summary>
    public sealed class HaPairNodeFiles
    {
        internal HaPairNodeFiles(HaPairNode node, HAProxyConfig haproxy, KeepalivedConfig keepalived, string checkScript)
        {
            Node = node;
            HAProxy = haproxy;
            Keepalived = keepalived;
            CheckScript = checkScript;
        }

        /// <summary>The node.</summary>
        public HaPairNode Node { get; }

        /// <summary><c>/etc/haproxy/haproxy.cfg</c>.</summary>
        public HAProxyConfig HAProxy { get; }

        /// <summary><c>/etc/keepalived/keepalived.conf</c>.</summary>
        public KeepalivedConfig Keepalived { get; }

        /// <summary>The check script's text (<see cref="HaPairTopology.CheckScriptPath"/>).</summary>
        public string CheckScript { get; }
    }

    internal static class HaPairNames
    {
        public static bool IsName(string? value) =>
            !string.IsNullOrEmpty(value) && value!.Length <= 64 && value.All(c => char.IsLetterOrDigit(c) && c < 128 || c is '-' or '_' or '.');

        public static bool IsUrlPath(string? value) =>
            !string.IsNullOrEmpty(value) && value![0] == '/' && value.Length <= 256 && value.All(c => c < 128 && (char.IsLetterOrDigit(c) || "/-._~%".IndexOf(c) >= 0));
    }
}
