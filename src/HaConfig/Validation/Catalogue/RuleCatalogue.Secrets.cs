using HaConfig.Diagnostics;

namespace HaConfig.Validation
{
    public static partial class RuleCatalogue
    {
        /// <summary>HA1052: a userlist password stored in clear text (<c>insecure-password</c>).</summary>
        public static readonly DiagnosticDescriptor ClearTextUserlistPassword = Rule(
            "HA1052", "Clear-text userlist password", "user '{0}' in userlist '{1}' has a clear-text password ('insecure-password'); anyone who can read the configuration can log in as '{0}'",
            DiagnosticSeverity.Warning, "Store a crypt(3) hash with 'password' instead (e.g. the output of 'mkpasswd -m sha-512').", RuleCategory.HAProxy);

        /// <summary>HA1053: a <c>stats auth</c> password that is short, empty, the user name, or cut by a comment.</summary>
        public static readonly DiagnosticDescriptor WeakStatsAuthPassword = Rule(
            "HA1053", "Weak stats auth password", "stats auth user '{0}' in {1} has a weak password: {2}",
            DiagnosticSeverity.Warning, "Use a long random password (at least 8 characters, better 16 or more), or protect the page with 'stats http-request auth' and a userlist holding hashed passwords.", RuleCategory.HAProxy);

        /// <summary>HA2036: VRRP <c>auth_type PASS</c>, whose password travels in clear in every advertisement.</summary>
        public static readonly DiagnosticDescriptor ClearTextVrrpPassword = Rule(
            "HA2036", "Clear-text VRRP password", "({0}) auth_type PASS sends auth_pass in clear text in every VRRP advertisement; anyone on the network segment can read it and send adverts that pass",
            DiagnosticSeverity.Info, "Keep VRRP on a trusted, isolated segment (or filter IP protocol 112 to the peers' addresses), or use auth_type AH (IPv4, VRRP version 2); keepalived 2.4 also has auth_hmac. PASS only keeps routers of different clusters apart.", RuleCategory.Keepalived);
    }
}
