using System;
using System.Collections.Generic;
using HaConfig.Syntax;

namespace HaConfig.Conversion
{
    /// <summary>
    /// Passwords in converted documents: the <see cref="SecretKind.Password"/> words of <see cref="SecretWords"/>
    /// (<c>stats auth</c>, userlist <c>password</c>/<c>insecure-password</c>, <c>ca-sign-pass</c>, <c>dynamic-cookie-key</c>,
    /// keepalived <c>auth_pass</c>/<c>password</c>/<c>key</c>) become <see cref="ConfigConverter.RedactedPlaceholder"/>
    /// unless asked otherwise, and a document still holding the placeholder is refused when converted back. Paths of key
    /// files stay: they are not the key, and the document must convert back.
    /// </summary>
    internal static class Secrets
    {
        /// <summary>The password words of a line to hide, or null when there are none or secrets are shown.</summary>
        public static List<SecretWord>? Hidden(SyntaxLineView line, bool showSecrets)
        {
            if (showSecrets) return null;
            var secrets = line.Secrets();
            secrets.RemoveAll(static s => s.Kind != SecretKind.Password);
            return secrets.Count == 0 ? null : secrets;
        }

        /// <summary>What word <paramref name="token"/> becomes in the document when it is hidden (<c>admin:&lt;redacted&gt;</c>), or null.</summary>
        public static string? Redacted(List<SecretWord>? hidden, int token, string value)
        {
            if (hidden is null) return null;
            foreach (var secret in hidden)
            {
                if (secret.Token == token) return secret.Keep > 0 ? value.Substring(0, secret.Keep) + ConfigConverter.RedactedPlaceholder : ConfigConverter.RedactedPlaceholder;
            }

            return null;
        }

        /// <summary>The line's comment, with the part glued to a hidden word (<c>auth_pass k@l!ve1</c>) hidden too.</summary>
        public static string? Comment(SyntaxLineView line, List<SecretWord>? hidden) => hidden is null ? line.Comment : line.DisplayComment(hidden);

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
