using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA3001: HAProxy binds a specific address that is not a VIP keepalived moves.</summary>
        public static readonly DiagnosticDescriptor BindNotVip = Rule(
            "HA3001", "Bind address is not a virtual IP", "node {0}: {1} '{2}' binds {3}, which is not a VIP of keepalived.conf ({4}); clients of the VIP never reach it",
            DiagnosticSeverity.Error, "Bind the VIP (with net.ipv4.ip_nonlocal_bind=1) or a wildcard (*, 0.0.0.0, ::).", RuleCategory.Pair);

        /// <summary>HA3002: no HAProxy bind listens on a VIP (neither the VIP itself nor a wildcard).</summary>
        public static readonly DiagnosticDescriptor VipNotBound = Rule(
            "HA3002", "Virtual IP not served by HAProxy", "node {0}: ({1}) VIP {2} is not bound by HAProxy: no frontend binds {2} or a wildcard",
            DiagnosticSeverity.Error, "Add 'bind VIP:PORT' or 'bind *:PORT' to the frontend that serves the VIP.", RuleCategory.Pair);

        /// <summary>HA3003: a BACKUP node binds the VIP, which only works with non-local binding.</summary>
        public static readonly DiagnosticDescriptor VipBindNeedsNonLocalBind = Rule(
            "HA3003", "VIP bind needs ip_nonlocal_bind", "node {0} starts as {1} and does not hold VIP {2}, yet {3} '{4}' binds it; HAProxy fails with 'cannot bind socket' unless {5}=1",
            DiagnosticSeverity.Warning, "Set the sysctl on every node (/etc/sysctl.d/), or bind a wildcard instead of the VIP.", RuleCategory.Pair);

        /// <summary>HA3004: the check script tests another port than HAProxy's frontend.</summary>
        public static readonly DiagnosticDescriptor CheckScriptPortMismatch = Rule(
            "HA3004", "Check script port differs from the frontend port", "node {0}: the check script requests {1} on port {2}, but HAProxy listens on {3}",
            DiagnosticSeverity.Error, "Make the check script request the port the frontend binds (APISERVER_DEST_PORT).", RuleCategory.Pair);

        /// <summary>HA3005: the VRRP instance does not track a vrrp_script that runs the check script.</summary>
        public static readonly DiagnosticDescriptor CheckScriptNotTracked = Rule(
            "HA3005", "Check script not tracked", "node {0}: ({1}) {2}",
            DiagnosticSeverity.Error, "Define 'vrrp_script NAME { script \"/etc/keepalived/check_apiserver.sh\" }' and list NAME in the instance's track_script block.", RuleCategory.Pair);

        /// <summary>HA3006: the VIP is also an address of a node or a backend server.</summary>
        public static readonly DiagnosticDescriptor VipIsNodeAddress = Rule(
            "HA3006", "Virtual IP is a node address", "node {0}: ({1}) VIP {2} is also {3}",
            DiagnosticSeverity.Error, "Pick a free address in the nodes' subnet for the VIP; it must belong to no host.", RuleCategory.Pair);

        /// <summary>HA3007: two nodes have the same priority.</summary>
        public static readonly DiagnosticDescriptor SamePriority = Rule(
            "HA3007", "Same priority on two nodes", "({0}) nodes {1} and {2} both have priority {3}; the tie is broken by the higher node address, not by intent",
            DiagnosticSeverity.Warning, "Give each node its own priority (e.g. 101 on the master, 100 on the backup).", RuleCategory.Pair);

        /// <summary>HA3008: more than one node starts as MASTER.</summary>
        public static readonly DiagnosticDescriptor SeveralMasters = Rule(
            "HA3008", "More than one initial MASTER", "({0}) nodes {1} and {2} both start as MASTER; exactly one node, or none (all BACKUP), may",
            DiagnosticSeverity.Error, "Use 'state MASTER' on one node and 'state BACKUP' on the others.", RuleCategory.Pair);

        /// <summary>HA3009: the nodes use different virtual_router_id values.</summary>
        public static readonly DiagnosticDescriptor RouterIdDiffers = Rule(
            "HA3009", "virtual_router_id differs between nodes", "({0}) node {1} has virtual_router_id {2} but node {3} has {4}; they form two routers and both hold the VIP",
            DiagnosticSeverity.Error, "Use the same virtual_router_id on every node of the pair.", RuleCategory.Pair);

        /// <summary>HA3010: the nodes authenticate differently.</summary>
        public static readonly DiagnosticDescriptor AuthenticationDiffers = Rule(
            "HA3010", "Authentication differs between nodes", "({0}) node {1} authenticates with {2} but node {3} with {4}; the nodes drop each other's adverts and both hold the VIP",
            DiagnosticSeverity.Error, "Use the same auth_type and auth_pass (first 8 characters) on every node, or none on all.", RuleCategory.Pair);

        /// <summary>HA3011: the nodes move different VIP sets.</summary>
        public static readonly DiagnosticDescriptor VipSetDiffers = Rule(
            "HA3011", "VIP set differs between nodes", "({0}) node {1} moves {2} but node {3} moves {4}",
            DiagnosticSeverity.Error, "List the same addresses in virtual_ipaddress on every node.", RuleCategory.Pair);

        /// <summary>HA3012: the nodes run VRRP on interfaces of different names.</summary>
        public static readonly DiagnosticDescriptor InterfaceDiffers = Rule(
            "HA3012", "Interface name differs between nodes", "({0}) node {1} uses interface {2} but node {3} uses {4}; fine when the hosts name their NICs differently, but the VIP moves between the same subnet only",
            DiagnosticSeverity.Warning, "Check that both interfaces are on the VIP's subnet; suppress when the names differ on purpose.", RuleCategory.Pair);

        /// <summary>HA3013: HAProxy backends differ between nodes.</summary>
        public static readonly DiagnosticDescriptor BackendsDiffer = Rule(
            "HA3013", "HAProxy backends differ between nodes", "backend '{0}' on node {1} has {2} but on node {3} {4}; the service changes when the VIP moves",
            DiagnosticSeverity.Warning, "Deploy the same haproxy.cfg backends to every node.", RuleCategory.Pair);
    }
}
