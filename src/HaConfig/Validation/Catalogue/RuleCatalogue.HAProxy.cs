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
    }
}
