using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA1009: HTTP-only directive in a TCP-mode proxy.</summary>
        public static readonly DiagnosticDescriptor HttpDirectiveInTcpMode = Rule(
            "HA1009", "HTTP-only directive in TCP mode", "{0}; set 'mode http' or remove '{1}'",
            DiagnosticSeverity.Warning, "Put the proxy in 'mode http', or remove the HTTP-only directive.", RuleCategory.HAProxy);

        /// <summary>HA1010: A log format without any log target.</summary>
        public static readonly DiagnosticDescriptor LogFormatWithoutTarget = Rule(
            "HA1010", "Log format without a log target", "log format ignored for {0} '{1}' since it has no log address; add a 'log' line (or 'log global' with a global 'log') for '{2}'",
            DiagnosticSeverity.Warning, "Add a 'log' target to the proxy or its defaults (or 'log global' with a 'log' line in global).", RuleCategory.HAProxy);

        /// <summary>HA1014: An http-request rule that never runs where it is written.</summary>
        public static readonly DiagnosticDescriptor RuleOrderTrap = Rule(
            "HA1014", "Rule-order trap", "{0}",
            DiagnosticSeverity.Warning, "Write the rules in the order HAProxy evaluates them, and give final actions a condition when rules follow.", RuleCategory.HAProxy);

        /// <summary>HA1016: A reference to an undefined userlist, table, resolvers, peers, mailers or server.</summary>
        public static readonly DiagnosticDescriptor UndefinedSectionReference = Rule(
            "HA1016", "Undefined section reference", "unable to find {0} '{1}' referenced by {2}; declare it or correct the name",
            DiagnosticSeverity.Error, "Declare the userlist, stick-table, resolvers, peers or mailers section with that name, or correct the name.", RuleCategory.HAProxy);

        /// <summary>HA1017: A server tracks a server that has no check.</summary>
        public static readonly DiagnosticDescriptor TrackWithoutCheck = Rule(
            "HA1017", "Tracked server without checks", "unable to use {0}/{1} for tracking as it does not have any check nor agent enabled; add 'check' to server '{1}'",
            DiagnosticSeverity.Error, "Add 'check' (or 'agent-check') to the tracked server, or track another server.", RuleCategory.HAProxy);

        /// <summary>HA1025: A referenced file does not exist.</summary>
        public static readonly DiagnosticDescriptor MissingFile = Rule(
            "HA1025", "Missing file", "{0} file '{1}' not found (looked for '{2}'); create it or correct the path",
            DiagnosticSeverity.Error, "Create the file or correct the path (and crt-base/ca-base).", RuleCategory.HAProxy);

        /// <summary>HA1027: An empty argument.</summary>
        public static readonly DiagnosticDescriptor EmptyArgument = Rule(
            "HA1027", "Empty argument", "argument number {0} at position {1} is empty and marks the end of the argument list; remove it or give it a value",
            DiagnosticSeverity.Error, "Remove the empty argument or give it a value; before 3.2 everything after it is silently ignored, from 3.2 it is fatal.", RuleCategory.HAProxy);

        /// <summary>HA1028: An unquoted environment variable outside an address.</summary>
        public static readonly DiagnosticDescriptor UnquotedVariable = Rule(
            "HA1028", "Unquoted environment variable", "'{0}' is not expanded outside double quotes and stays literal; write \"{0}\"",
            DiagnosticSeverity.Warning, "Put the variable in double quotes; only addresses expand unquoted variables.", RuleCategory.HAProxy);

        /// <summary>HA1029: A conditional-block construct newer than the target version.</summary>
        public static readonly DiagnosticDescriptor ConditionTooNew = Rule(
            "HA1029", "Conditional expression newer than the target version", "'{0}' in '{1}' requires HAProxy {2} or newer (target is {3})",
            DiagnosticSeverity.Error, "Use only predicates and operators the target version knows, or target a newer version.", RuleCategory.HAProxy);

        /// <summary>HA1030: An operator or comment inside an ACL pattern list.</summary>
        public static readonly DiagnosticDescriptor OperatorInAclPatterns = Rule(
            "HA1030", "Operator inside an ACL pattern list", "pattern '{0}' of ACL '{1}' looks like a failed attempt at using an operator inside a pattern list; it is matched literally",
            DiagnosticSeverity.Warning, "Patterns of one ACL are already ORed: remove the word, or write several ACLs combined in the condition.", RuleCategory.HAProxy);

        /// <summary>HA1031: A named defaults section used both explicitly and implicitly.</summary>
        public static readonly DiagnosticDescriptor MixedDefaultsUse = Rule(
            "HA1031", "Named defaults used explicitly and implicitly", "defaults section '{0}' (declared at line {1}) is explicitly referenced by another proxy and implicitly used here by {2} '{3}'; add 'from {0}' or a last defaults section not explicitly used",
            DiagnosticSeverity.Warning, "Add a last defaults section not explicitly used, or always use explicit 'from' references.", RuleCategory.HAProxy);

        /// <summary>HA1032: A global section after a proxy or other section.</summary>
        public static readonly DiagnosticDescriptor GlobalAfterProxies = Rule(
            "HA1032", "Global section after other sections", "global section detected after the non-global section '{0}' at line {1}, the prevalence of their statements is unspecified; move it to the top",
            DiagnosticSeverity.Info, "Put every global section at the top of the file.", RuleCategory.HAProxy);

        /// <summary>HA1034: External checks without insecure-fork-wanted.</summary>
        public static readonly DiagnosticDescriptor ExternalCheckWithoutFork = Rule(
            "HA1034", "External check without insecure-fork-wanted", "proxy '{0}': 'insecure-fork-wanted' not enabled in the global section, 'external-check' will likely fail; add 'insecure-fork-wanted' to global",
            DiagnosticSeverity.Warning, "Add 'insecure-fork-wanted' (and 'external-check') to the global section, or use another check type.", RuleCategory.HAProxy);

        /// <summary>HA1035: Two servers share a cookie value.</summary>
        public static readonly DiagnosticDescriptor DuplicateServerCookie = Rule(
            "HA1035", "Same cookie value on two servers", "'server {0}': same cookie value '{1}' is set for the previous non-backup server '{2}' in the same backend, it may break connection persistence",
            DiagnosticSeverity.Warning, "Give every non-backup server its own cookie value.", RuleCategory.HAProxy);

        /// <summary>HA1037: A proxy that can only answer 503.</summary>
        public static readonly DiagnosticDescriptor ProxyWithoutTarget = Rule(
            "HA1037", "Proxy without servers or backend", "{0} '{1}' has {2}, so every request it routes gets a 503",
            DiagnosticSeverity.Info, "Add servers to the backend, or a default_backend/use_backend to the frontend.", RuleCategory.HAProxy);

        /// <summary>HA1051: A referenced file lies outside the checked directory.</summary>
        public static readonly DiagnosticDescriptor FileOutsideCheckedDirectory = Rule(
            "HA1051", "File outside the checked directory", "{0} file '{1}' lies outside the checked directory '{2}' and was not checked",
            DiagnosticSeverity.Info, "Check the file by hand, or run the file check with a base directory that contains it.", RuleCategory.HAProxy);
    }
}
