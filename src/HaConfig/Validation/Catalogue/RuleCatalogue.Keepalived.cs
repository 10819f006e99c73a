using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA2001: a <c>vrrp_instance</c> without <c>virtual_router_id</c>.</summary>
        public static readonly DiagnosticDescriptor VirtualRouterIdMissing = Rule(
            "HA2001", "Virtual router id missing", "({0}) the virtual router id must be set",
            DiagnosticSeverity.Error, "Add 'virtual_router_id N' (1-255), the same on every node of the pair and unique per interface.", RuleCategory.Keepalived);

        /// <summary>HA2002: <c>virtual_router_id</c> outside 1-255.</summary>
        public static readonly DiagnosticDescriptor VirtualRouterIdOutOfRange = Rule(
            "HA2002", "Virtual router id out of range", "({0}): VRID '{1}' not valid - must be between 1 & 255",
            DiagnosticSeverity.Error, "Use a number from 1 to 255.", RuleCategory.Keepalived);

        /// <summary>HA2003: two instances share a VRID on one interface and address family.</summary>
        public static readonly DiagnosticDescriptor DuplicateVirtualRouterId = Rule(
            "HA2003", "Duplicate virtual router id", "{0} and {1} both use VRID {2} with {3} on interface {4}",
            DiagnosticSeverity.Error, "Give each instance on an interface its own virtual_router_id (IPv4 and IPv6 instances may share one).", RuleCategory.Keepalived);

        /// <summary>HA2004: <c>priority</c> outside 1-255.</summary>
        public static readonly DiagnosticDescriptor PriorityOutOfRange = Rule(
            "HA2004", "Priority out of range", "({0}) priority '{1}' not valid: must be between 1 & 255; keepalived uses the default 100",
            DiagnosticSeverity.Error, "Use 1-254 for a backup and 255 only for the address owner.", RuleCategory.Keepalived);

        /// <summary>HA2005: in strict mode, <c>state MASTER</c> must go with priority 255 and back.</summary>
        public static readonly DiagnosticDescriptor StrictMasterNotOwner = Rule(
            "HA2005", "Strict mode: MASTER must be the address owner", "({0}) state {1} with priority {2}: strict mode requires state MASTER exactly when priority is 255 (State MASTER must match being address owner)",
            DiagnosticSeverity.Error, "In strict mode use 'state MASTER' with 'priority 255' only, and BACKUP with 1-254.", RuleCategory.Keepalived);

        /// <summary>HA2006: <c>nopreempt</c>/<c>preempt_delay</c> combined with a setting that cancels them.</summary>
        public static readonly DiagnosticDescriptor PreemptConflict = Rule(
            "HA2006", "Preemption setting is ignored", "({0}) '{1}' {2}; keepalived clears it",
            DiagnosticSeverity.Error, "Use 'state BACKUP' (and a priority below 255) on every node when nopreempt or preempt_delay is wanted.", RuleCategory.Keepalived);

        /// <summary>HA2007: <c>auth_pass</c> longer than 8 characters.</summary>
        public static readonly DiagnosticDescriptor AuthPassTooLong = Rule(
            "HA2007", "auth_pass longer than 8 characters", "auth_pass is {0} characters long; keepalived truncates it to 8",
            DiagnosticSeverity.Error, "Use at most 8 characters; the peers must agree on the same 8.", RuleCategory.Keepalived);

        /// <summary>HA2008: authentication where keepalived ignores it (VRRP version 3, strict mode).</summary>
        public static readonly DiagnosticDescriptor AuthenticationIgnored = Rule(
            "HA2008", "Authentication is ignored", "({0}) {1} does not support authentication; the authentication block is ignored",
            DiagnosticSeverity.Error, "Remove the authentication block, or use VRRP version 2 without strict mode.", RuleCategory.Keepalived);

        /// <summary>HA2009: a tracked script, file, process or BFD instance that is not defined before its use.</summary>
        public static readonly DiagnosticDescriptor UndefinedTracker = Rule(
            "HA2009", "Undefined tracked object", "({0}) track {1} {2} not found{3}",
            DiagnosticSeverity.Error, "Define the object (vrrp_script, track_file, vrrp_track_process, bfd_instance) with that name, above the block that uses it.", RuleCategory.Keepalived);

        /// <summary>HA2010: a <c>vrrp_script</c> or tracker option outside its range.</summary>
        public static readonly DiagnosticDescriptor ScriptOptionOutOfRange = Rule(
            "HA2010", "Script option out of range", "({0}) {1} '{2}' invalid: must be {3}",
            DiagnosticSeverity.Error, "Use weight -253..253, rise and fall 1 or more, interval and timeout greater than 0.", RuleCategory.Keepalived);

        /// <summary>HA2011: scripts configured without <c>enable_script_security</c>.</summary>
        public static readonly DiagnosticDescriptor ScriptSecurityDisabled = Rule(
            "HA2011", "Scripts without enable_script_security", "'{0}' runs a script but global_defs has no enable_script_security; keepalived reports a SECURITY VIOLATION when it would run as root",
            DiagnosticSeverity.Warning, "Add 'enable_script_security' and 'script_user USER' to global_defs, and make scripts and their directories writable by root only.", RuleCategory.Keepalived);

        /// <summary>HA2012: <c>enable_script_security</c> without <c>script_user</c>.</summary>
        public static readonly DiagnosticDescriptor ScriptUserMissing = Rule(
            "HA2012", "Script security without script_user", "vrrp_script {0} has no user and global_defs has no script_user; keepalived runs it as 'keepalived_script' and removes the script when that user does not exist",
            DiagnosticSeverity.Warning, "Add 'script_user USER' to global_defs or 'user USER' to the script.", RuleCategory.Keepalived);

        /// <summary>HA2013: unicast settings that do not fit together.</summary>
        public static readonly DiagnosticDescriptor UnicastInconsistent = Rule(
            "HA2013", "Inconsistent unicast settings", "({0}) {1}",
            DiagnosticSeverity.Error, "List the peers in 'unicast_peer { ... }' with the same address family as unicast_src_ip and the VIPs, or remove the unicast keywords.", RuleCategory.Keepalived);

        /// <summary>HA2014: more VIPs than one VRRP packet carries.</summary>
        public static readonly DiagnosticDescriptor TooManyVips = Rule(
            "HA2014", "Too many virtual IP addresses", "({0}) Number of VIPs ({1}) exceeds maximum/space available in packet (max {2} addresses) - excess moved to eVIPs",
            DiagnosticSeverity.Error, "Move the extra addresses to 'virtual_ipaddress_excluded'.", RuleCategory.Keepalived);

        /// <summary>HA2015: no VIP in a VRRPv3 or strict instance.</summary>
        public static readonly DiagnosticDescriptor VipRequired = Rule(
            "HA2015", "Virtual IP address required", "({0}) No VIP specified; at least one is required ({1})",
            DiagnosticSeverity.Error, "Add a 'virtual_ipaddress { ... }' block with at least one address.", RuleCategory.Keepalived);

        /// <summary>HA2016: no VIP in a VRRPv2 instance.</summary>
        public static readonly DiagnosticDescriptor VipMissing = Rule(
            "HA2016", "No virtual IP address", "({0}) No VIP specified; at least one is sensible",
            DiagnosticSeverity.Warning, "Add a 'virtual_ipaddress { ... }' block, or 'no_virtual_ipaddress' (keepalived 2.2.8+) when none is intended.", RuleCategory.Keepalived);

        /// <summary>HA2017: a second address on a <c>virtual_ipaddress</c> line.</summary>
        public static readonly DiagnosticDescriptor VipEntryInvalid = Rule(
            "HA2017", "Two addresses on one VIP line", "Unknown configuration entry '{0}' for ip address '{1}': each address needs a line of its own",
            DiagnosticSeverity.Error, "Put each address on its own line inside the block.", RuleCategory.Keepalived);

        /// <summary>HA2018: a virtual server, real server or checker option with an invalid value.</summary>
        public static readonly DiagnosticDescriptor LvsOptionInvalid = Rule(
            "HA2018", "Invalid virtual server or checker option", "{0} '{1}' is not valid: {2}",
            DiagnosticSeverity.Error, "Use a value from the list or range the message gives.", RuleCategory.Keepalived);

        /// <summary>HA2019: real server and virtual server of different address families.</summary>
        public static readonly DiagnosticDescriptor RealServerFamilyMismatch = Rule(
            "HA2019", "Real server address family mismatch", "Address family of virtual server {0} and real server {1} don't match - skipping real server",
            DiagnosticSeverity.Error, "Use real servers of the virtual server's family (IPv4 with IPv4, IPv6 with IPv6).", RuleCategory.Keepalived);

        /// <summary>HA2020: a keyword keepalived does not know.</summary>
        public static readonly DiagnosticDescriptor UnknownKeyword = Rule(
            "HA2020", "Unknown keyword", "Unknown keyword '{0}' in {1}{2}",
            DiagnosticSeverity.Error, "Correct the spelling (keywords are case-sensitive) or remove the line.", RuleCategory.Keepalived);

        /// <summary>HA2021: a keyword newer than the target keepalived version.</summary>
        public static readonly DiagnosticDescriptor KeywordTooNew = Rule(
            "HA2021", "Keyword newer than the target version", "'{0}' needs keepalived {1}; keepalived {2} reports Unknown keyword '{0}'",
            DiagnosticSeverity.Error, "Remove the keyword or raise the target keepalived version.", RuleCategory.Keepalived);

        /// <summary>HA2022: a known keyword in a block where keepalived does not accept it.</summary>
        public static readonly DiagnosticDescriptor MisplacedKeyword = Rule(
            "HA2022", "Keyword in the wrong block", "'{0}' is not valid in {1} (keepalived reports Unknown keyword '{0}'); it belongs in {2}",
            DiagnosticSeverity.Error, "Move the line into the block the message names.", RuleCategory.Keepalived);

        /// <summary>HA2023: <c>!</c> or <c>#</c> inside an unquoted value cuts it.</summary>
        public static readonly DiagnosticDescriptor CommentInsideValue = Rule(
            "HA2023", "Comment character inside a value", "'{0}' starts a comment inside the word '{1}'; keepalived reads only '{2}'",
            DiagnosticSeverity.Warning, "Quote the value (\"k@l!ve1\"), escape the character (\\!), or put a blank before a real comment.", RuleCategory.Keepalived);

        /// <summary>HA2024: a trailing <c>\</c> on a normal line.</summary>
        public static readonly DiagnosticDescriptor TrailingBackslash = Rule(
            "HA2024", "Trailing backslash", "the line ends with '\\', which keepalived keeps as part of the value '{0}'; there is no line continuation outside $NAME= definitions",
            DiagnosticSeverity.Error, "Remove the backslash and write the statement on one line.", RuleCategory.Keepalived);

        /// <summary>HA2025: two <c>vrrp_instance</c> blocks share a name.</summary>
        public static readonly DiagnosticDescriptor DuplicateInstanceName = Rule(
            "HA2025", "Duplicate vrrp_instance name", "vrrp instance {0} already defined at line {1}; keepalived skips this block",
            DiagnosticSeverity.Error, "Give every vrrp_instance its own name.", RuleCategory.Keepalived);

        /// <summary>HA2026: a virtual server setting keepalived replaces with a default or ignores.</summary>
        public static readonly DiagnosticDescriptor VirtualServerDefaulted = Rule(
            "HA2026", "Virtual server setting defaulted or ignored", "Virtual server {0}: {1}",
            DiagnosticSeverity.Error, "Set protocol, lvs_sched and lvs_method explicitly; leave protocol and ports out of fwmark virtual servers.", RuleCategory.Keepalived);

        /// <summary>HA2027: a virtual server without real servers.</summary>
        public static readonly DiagnosticDescriptor VirtualServerWithoutRealServers = Rule(
            "HA2027", "Virtual server without real servers", "Virtual server {0} has no real servers - ignoring",
            DiagnosticSeverity.Error, "Add at least one real_server block, or remove the virtual server.", RuleCategory.Keepalived);

        /// <summary>HA2028: VIPs of different address families in one <c>virtual_ipaddress</c>.</summary>
        public static readonly DiagnosticDescriptor VipFamilyMismatch = Rule(
            "HA2028", "VIP address family mismatch", "({0}): address family must match VRRP instance [{1}] - ignoring",
            DiagnosticSeverity.Error, "Keep one family per instance; put addresses of the other family in virtual_ipaddress_excluded or a second instance.", RuleCategory.Keepalived);

        /// <summary>HA2029: a <c>vrrp_sync_group</c> naming an instance that is not defined.</summary>
        public static readonly DiagnosticDescriptor UndefinedSyncGroupMember = Rule(
            "HA2029", "Sync group member not defined", "Virtual router {0} specified in sync group {1} doesn't exist - ignoring",
            DiagnosticSeverity.Error, "Name only vrrp_instance blocks that exist (names are case-sensitive), or define the missing instance.", RuleCategory.Keepalived);

        /// <summary>HA2030: <c>advert_int</c> outside what keepalived accepts for the instance's VRRP version.</summary>
        public static readonly DiagnosticDescriptor AdvertIntOutOfRange = Rule(
            "HA2030", "Advertisement interval out of range", "({0}) advert_int '{1}' not valid: {2}",
            DiagnosticSeverity.Error, "Use seconds from 0.01 to 255; with VRRP version 3 less than 40.96.", RuleCategory.Keepalived);

        /// <summary>HA2031: a fractional <c>advert_int</c> with VRRP version 2, which keepalived rounds.</summary>
        public static readonly DiagnosticDescriptor AdvertIntRounded = Rule(
            "HA2031", "VRRPv2 advertisement interval rounded", "({0}) VRRPv2 advertisement interval {1}s must be an integer; keepalived rounds it to {2}s",
            DiagnosticSeverity.Warning, "Use whole seconds with VRRP version 2, or 'version 3' for sub-second intervals.", RuleCategory.Keepalived);

        /// <summary>HA2032: AH authentication where keepalived cannot use it.</summary>
        public static readonly DiagnosticDescriptor AhAuthenticationUnusable = Rule(
            "HA2032", "AH authentication not usable", "({0}) {1}",
            DiagnosticSeverity.Error, "Use AH only with IPv4 and VRRP version 2, and with state MASTER only on the address owner (priority 255); otherwise remove the authentication block.", RuleCategory.Keepalived);

        /// <summary>HA2033: the same virtual IP address twice, in one instance or in two.</summary>
        public static readonly DiagnosticDescriptor DuplicateVip = Rule(
            "HA2033", "Duplicate virtual IP address", "({0}): VIP {1} duplicates a VIP of {2}; keepalived 2.4 ignores it, older versions add it twice",
            DiagnosticSeverity.Warning, "Keep each virtual IP address in one instance only.", RuleCategory.Keepalived);

        /// <summary>HA2034: a vrrp_instance value outside its fixed set (state, version, auth_type).</summary>
        public static readonly DiagnosticDescriptor InstanceValueInvalid = Rule(
            "HA2034", "Invalid instance value", "({0}) {1} '{2}' is not valid: {3}",
            DiagnosticSeverity.Error, "Use state MASTER or BACKUP, version 2 or 3, auth_type PASS or AH (keywords are case-sensitive).", RuleCategory.Keepalived);

        /// <summary>HA2035: a <c>virtual_ipaddress</c> entry that is not an IP address.</summary>
        public static readonly DiagnosticDescriptor VipNotAnAddress = Rule(
            "HA2035", "Virtual IP address not valid", "VRRP parsed invalid IP {0}. skipping IP...",
            DiagnosticSeverity.Error, "Write an IPv4 or IPv6 address, optionally with /prefix; check for a missing '}' that let the next lines into the block.", RuleCategory.Keepalived);
    }
}
