using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA1003: <c>use_backend</c> or <c>default_backend</c> names no backend.</summary>
        public static readonly DiagnosticDescriptor UndefinedBackend = Rule(
            "HA1003", "Undefined backend", "proxy '{0}': unable to find required {1}: '{2}'",
            DiagnosticSeverity.Error, "Define a backend or listen section with that name, or correct the name.", RuleCategory.HAProxy);

        /// <summary>HA1004: two proxies of the same kind share a name.</summary>
        public static readonly DiagnosticDescriptor DuplicateProxyName = Rule(
            "HA1004", "Duplicate proxy name", "{0} '{1}' has the same name as {2} '{1}' declared at line {3}",
            DiagnosticSeverity.Error, "Rename one of them; from HAProxy 3.3 a frontend and a backend may not share a name either.", RuleCategory.HAProxy);

        /// <summary>HA1005: two servers of one backend share a name.</summary>
        public static readonly DiagnosticDescriptor DuplicateServerName = Rule(
            "HA1005", "Duplicate server name", "{0} '{1}', another server named '{2}' was already defined at line {3}, please use distinct names",
            DiagnosticSeverity.Error, "Give every server of a backend its own name.", RuleCategory.HAProxy);
    

        /// <summary>HA1001: Missing timeouts.</summary>
        public static readonly DiagnosticDescriptor MissingTimeouts = Rule(
            "HA1001", "Missing timeouts", "{0} '{1}' has no {2}: {3}",
            DiagnosticSeverity.Warning, "Set 'timeout client' on frontends and 'timeout connect' and 'timeout server' on backends, in the section or in its defaults.", RuleCategory.HAProxy);

        /// <summary>HA1002: HTTP frontend uses a TCP backend.</summary>
        public static readonly DiagnosticDescriptor IncompatibleBackendMode = Rule(
            "HA1002", "HTTP frontend uses a TCP backend", "http {0} '{1}' tries to use incompatible tcp backend '{2}' as its {3} (see 'mode')",
            DiagnosticSeverity.Error, "Put the backend in 'mode http' or route the frontend to an HTTP backend.", RuleCategory.HAProxy);

        /// <summary>HA1006: TCP-level health check in HTTP mode.</summary>
        public static readonly DiagnosticDescriptor TcpCheckInHttpMode = Rule(
            "HA1006", "TCP-level health check in HTTP mode", "{0} '{1}' is in 'mode http' but checks servers with 'option {2}', which does not test HTTP",
            DiagnosticSeverity.Warning, "Use 'option httpchk' (and 'http-check' rules) to check HTTP servers.", RuleCategory.HAProxy);

        /// <summary>HA1007: Servers without health checks.</summary>
        public static readonly DiagnosticDescriptor MissingHealthChecks = Rule(
            "HA1007", "Servers without health checks", "server '{0}' in {1} '{2}' has no 'check'{3}",
            DiagnosticSeverity.Warning, "Add 'check' to the server line (or to 'default-server') so that HAProxy stops sending traffic to a dead server.", RuleCategory.HAProxy);

        /// <summary>HA1008: Check rules without the enabling option.</summary>
        public static readonly DiagnosticDescriptor CheckRulesWithoutOption = Rule(
            "HA1008", "Check rules without the enabling option", "{0} '{1}' uses {2} rules without 'option {3}', so the rules are ignored",
            DiagnosticSeverity.Warning, "Add 'option httpchk' (for http-check) or 'option tcp-check' (for tcp-check), or remove the rules.", RuleCategory.HAProxy);

        /// <summary>HA1011: Keyword ignored in this section.</summary>
        public static readonly DiagnosticDescriptor KeywordIgnored = Rule(
            "HA1011", "Keyword ignored in this section", "'{0}' is ignored because {1} '{2}' has no {3} capability",
            DiagnosticSeverity.Warning, "Move the keyword to a section with that capability (frontend or backend), or remove it.", RuleCategory.HAProxy);

        /// <summary>HA1012: Frontend without bind.</summary>
        public static readonly DiagnosticDescriptor FrontendWithoutBind = Rule(
            "HA1012", "Frontend without bind", "{0} '{1}' has no 'bind' directive",
            DiagnosticSeverity.Warning, "Add a 'bind' line, or declare the section as a backend if it only serves as one.", RuleCategory.HAProxy);

        /// <summary>HA1013: default_backend hides the listen's servers.</summary>
        public static readonly DiagnosticDescriptor DefaultBackendHidesServers = Rule(
            "HA1013", "default_backend hides the listen's servers", "in proxy '{0}', the 'default_backend' rule always has precedence over the servers, which will never be used",
            DiagnosticSeverity.Warning, "Remove 'default_backend' or the servers.", RuleCategory.HAProxy);

        /// <summary>HA1015: Undefined ACL.</summary>
        public static readonly DiagnosticDescriptor UndefinedAcl = Rule(
            "HA1015", "Undefined ACL", "{0} '{1}': no such ACL '{2}' in this condition",
            DiagnosticSeverity.Error, "Declare the ACL with 'acl <name> ...' in the same section (or a named defaults it uses), or correct the name.", RuleCategory.HAProxy);


        /// <summary>HA1018: Server SSL without verification settings.</summary>
        public static readonly DiagnosticDescriptor SslWithoutVerify = Rule(
            "HA1018", "Server SSL without verification settings", "server '{0}' uses 'ssl' but verify is enabled by default and no CA file is specified",
            DiagnosticSeverity.Error, "Add 'ca-file <file>' (or 'verify none' on a trusted LAN) to the server line or to 'default-server'.", RuleCategory.HAProxy);

        /// <summary>HA1019: Value out of range.</summary>
        public static readonly DiagnosticDescriptor ValueOutOfRange = Rule(
            "HA1019", "Value out of range", "'{0}' value '{1}' is invalid: {2}",
            DiagnosticSeverity.Error, "Use a value within the documented range.", RuleCategory.HAProxy);

        /// <summary>HA1020: Unit suffix on an integer setting.</summary>
        public static readonly DiagnosticDescriptor IntegerWithSuffix = Rule(
            "HA1020", "Unit suffix on an integer setting", "'{0} {1}' is read as {2}: this setting takes a plain integer",
            DiagnosticSeverity.Warning, "Write the full number (e.g. 10000 instead of 10k).", RuleCategory.HAProxy);

        /// <summary>HA1021: Removed keyword.</summary>
        public static readonly DiagnosticDescriptor RemovedKeyword = Rule(
            "HA1021", "Removed keyword", "'{0}' is not supported any more since HAProxy {1}; {2}",
            DiagnosticSeverity.Error, "Replace the keyword as the message says.", RuleCategory.HAProxy);

        /// <summary>HA1022: Rules in an anonymous defaults section.</summary>
        public static readonly DiagnosticDescriptor RulesInAnonymousDefaults = Rule(
            "HA1022", "Rules in an anonymous defaults section", "'{0}' not allowed in anonymous 'defaults' section",
            DiagnosticSeverity.Error, "Give the defaults section a name and reference it with 'from', or move the rules into the proxies.", RuleCategory.HAProxy);

        /// <summary>HA1023: stats auth together with stats http-request.</summary>
        public static readonly DiagnosticDescriptor StatsAuthWithHttpRequest = Rule(
            "HA1023", "stats auth together with stats http-request", "stats 'auth'/'realm' and 'http-request' can't be used at the same time in {0} '{1}'",
            DiagnosticSeverity.Error, "Use either 'stats auth'/'stats realm' or 'stats http-request auth' rules, not both.", RuleCategory.HAProxy);


        /// <summary>HA1036: Same address bound twice.</summary>
        public static readonly DiagnosticDescriptor DuplicateBind = Rule(
            "HA1036", "Same address bound twice", "bind '{0}' is already bound by {1} '{2}' at line {3}",
            DiagnosticSeverity.Warning, "Use a different port or address; HAProxy fails at start-up when the second socket cannot be bound.", RuleCategory.HAProxy);

        /// <summary>HA1038: Layer 7 balance algorithm in TCP mode.</summary>
        public static readonly DiagnosticDescriptor Layer7BalanceInTcpMode = Rule(
            "HA1038", "Layer 7 balance algorithm in TCP mode", "Layer 7 hash not possible for {0} '{1}' (needs 'mode http'): 'balance {2}' falls back to round robin",
            DiagnosticSeverity.Warning, "Use 'mode http' or a layer 4 algorithm (roundrobin, leastconn, source).", RuleCategory.HAProxy);

        /// <summary>HA1040: Unknown keyword.</summary>
        public static readonly DiagnosticDescriptor HAProxyUnknownKeyword = Rule(
            "HA1040", "Unknown keyword", "unknown keyword '{0}' in '{1}' section{2}",
            DiagnosticSeverity.Error, "Correct the spelling, or check that the target HAProxy version supports the keyword.", RuleCategory.HAProxy);

        /// <summary>HA1041: Unknown option.</summary>
        public static readonly DiagnosticDescriptor UnknownOption = Rule(
            "HA1041", "Unknown option", "unknown option '{0}'{1}",
            DiagnosticSeverity.Error, "Correct the option name.", RuleCategory.HAProxy);

        /// <summary>HA1042: Unknown server or bind parameter.</summary>
        public static readonly DiagnosticDescriptor UnknownParameter = Rule(
            "HA1042", "Unknown server or bind parameter", "'{0}' : unknown keyword '{1}'{2}",
            DiagnosticSeverity.Error, "Correct the parameter name.", RuleCategory.HAProxy);

        /// <summary>HA1043: Keyword newer than the target version.</summary>
        public static readonly DiagnosticDescriptor HAProxyKeywordTooNew = Rule(
            "HA1043", "Keyword newer than the target version", "'{0}' requires HAProxy {1} or newer (target is {2})",
            DiagnosticSeverity.Error, "Upgrade HAProxy, target a newer version, or guard the line with '.if version_atleast({1})'.", RuleCategory.HAProxy);

        /// <summary>HA1044: Deprecated keyword.</summary>
        public static readonly DiagnosticDescriptor DeprecatedKeyword = Rule(
            "HA1044", "Deprecated keyword", "'{0}' is deprecated since HAProxy {1} and will be removed{2}; {3}",
            DiagnosticSeverity.Warning, "Replace the keyword as the message says.", RuleCategory.HAProxy);

        /// <summary>HA1045: Keyword not allowed in this section.</summary>
        public static readonly DiagnosticDescriptor KeywordNotAllowed = Rule(
            "HA1045", "Keyword not allowed in this section", "'{0}' not allowed in {1}{2}",
            DiagnosticSeverity.Error, "Move the keyword to a section where HAProxy accepts it.", RuleCategory.HAProxy);

        /// <summary>HA1046: Unitless small time value.</summary>
        public static readonly DiagnosticDescriptor SuspiciouslySmallTimeout = Rule(
            "HA1046", "Unitless small time value", "'{0} {1}' is suspiciously small for a value in milliseconds",
            DiagnosticSeverity.Warning, "Write the unit explicitly, e.g. '5ms' or '5s'.", RuleCategory.HAProxy);

        /// <summary>HA1047: Statistics page without authentication.</summary>
        public static readonly DiagnosticDescriptor StatsWithoutAuth = Rule(
            "HA1047", "Statistics page without authentication", "stats page enabled in {0} '{1}' without 'stats auth' or an access rule",
            DiagnosticSeverity.Warning, "Add 'stats auth <user>:<password>' or 'stats http-request auth' with an ACL.", RuleCategory.HAProxy);

        /// <summary>HA1048: Server certificate not verified.</summary>
        public static readonly DiagnosticDescriptor ServerVerifyNone = Rule(
            "HA1048", "Server certificate not verified", "server '{0}' uses 'ssl' with 'verify none': the server's certificate is not checked",
            DiagnosticSeverity.Warning, "Use 'verify required' with a 'ca-file' unless the network is trusted.", RuleCategory.HAProxy);

        /// <summary>HA1049: Unused backend.</summary>
        public static readonly DiagnosticDescriptor UnusedBackend = Rule(
            "HA1049", "Unused backend", "backend '{0}' is never used by any use_backend or default_backend",
            DiagnosticSeverity.Info, "Route traffic to it or remove it.", RuleCategory.HAProxy);

        /// <summary>HA1050: Unused ACL.</summary>
        public static readonly DiagnosticDescriptor UnusedAcl = Rule(
            "HA1050", "Unused ACL", "ACL '{0}' is declared in {1} '{2}' but never used",
            DiagnosticSeverity.Info, "Use the ACL in a condition or remove it.", RuleCategory.HAProxy);
    }
}
