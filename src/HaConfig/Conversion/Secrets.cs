using System;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Conversion
{
    /// <summary>
    /// Passwords in converted documents: <c>stats auth</c>, userlist <c>password</c>/<c>insecure-password</c> and
    /// keepalived <c>auth_pass</c> are replaced by <see cref="ConfigConverter.RedactedPlaceholder"/> unless asked
    /// otherwise, and a document still holding the placeholder is refused when converted back.
    /// </summary>
    internal static class Secrets
    {
        /// <summary>The index of the word holding a secret on a HAProxy line, or -1.</summary>
        public static int HAProxySecretIndex(HAProxySectionKind section, HAProxyLine line)
        {
            if (line.TokenCount >= 3 && line.ValueEquals(0, "stats") && line.ValueEquals(1, "auth")) return 2;
            if (section != HAProxySectionKind.Userlist || !line.ValueEquals(0, "user")) return -1;
            for (int i = 2; i + 1 < line.TokenCount; i++)
            {
                if (line.ValueEquals(i, "password") || line.ValueEquals(i, "insecure-password")) return i + 1;
            }

            return -1;
        }

        /// <summary>Whether a keepalived keyword's first argument is a secret.</summary>
        public static bool IsKeepalivedSecret(string keyword) => keyword == "auth_pass";

        /// <summary>The placeholder, keeping the user name of <c>user:password</c> when asked.</summary>
        public static string Redact(string value, bool keepUser)
        {
            int colon = value.IndexOf(':');
            return keepUser && colon > 0 ? value.Substring(0, colon + 1) + ConfigConverter.RedactedPlaceholder : ConfigConverter.RedactedPlaceholder;
        }

        /// <summary>Refuses a word that is a redacted secret, so that a redacted document never silently becomes a configuration.</summary>
        public static void RefuseRedacted(string value, DocumentNode at)
        {
            if (value == ConfigConverter.RedactedPlaceholder || value.EndsWith(":" + ConfigConverter.RedactedPlaceholder, StringComparison.Ordinal))
            {
                throw at.Error($"this secret was redacted ({ConfigConverter.RedactedPlaceholder}); put the real value back or convert the configuration with --show-secrets");
            }
        }
    }
}
