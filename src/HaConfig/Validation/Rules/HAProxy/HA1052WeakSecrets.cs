using System.Collections.Generic;
using System.Globalization;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// Weak or clear-text secrets: a userlist <c>insecure-password</c> (HA1052), and a <c>stats auth</c> password that is
    /// shorter than 8 characters, empty, the user name, or cut short by a <c>#</c> glued to it, which starts a comment
    /// (HA1053). Messages name the user, never the password.
    /// </summary>
    public sealed class HA1052WeakSecrets : ValidationRule<HAProxyConfig>
    {
        /// <summary>Shorter stats auth passwords are reported.</summary>
        private const int MinimumStatsPasswordLength = 8;

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.ClearTextUserlistPassword, RuleCatalogue.WeakStatsAuthPassword };

        /// <inheritdoc />
        internal override int RelativeCost => 2;

        /// <inheritdoc />
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            foreach (var section in target.Sections)
            {
                if (section.Kind == HAProxySectionKind.Userlist)
                {
                    if (context.IsEnabled(RuleCatalogue.ClearTextUserlistPassword)) CheckUsers(section, context);
                    continue;
                }

                foreach (var directive in section.DirectiveList)
                {
                    var line = directive.Line;
                    if (line.TokenCount > 2 && line.ValueEquals(0, "stats") && line.ValueEquals(1, "auth")) CheckStatsAuth(section, line, context);
                }
            }
        }

        private static void CheckUsers(HAProxySection userlist, ValidationContext context)
        {
            foreach (var directive in userlist.DirectiveList)
            {
                var line = directive.Line;
                if (!line.ValueEquals(0, "user") || line.TokenCount < 4) continue;
                for (int i = 2; i + 1 < line.TokenCount; i++)
                {
                    if (!line.ValueEquals(i, "insecure-password")) continue;
                    context.Report(RuleCatalogue.ClearTextUserlistPassword, line.GetLocation(i), line.GetValue(1), userlist.Name ?? string.Empty);
                    break;
                }
            }
        }

        private static void CheckStatsAuth(HAProxySection section, HAProxyLine line, ValidationContext context)
        {
            string credentials = line.GetValue(2);
            int colon = credentials.IndexOf(':');
            if (colon < 0) return; // no password at all: HAProxy refuses the line ('stats auth' expects user:password)
            string user = credentials.Substring(0, colon);
            string password = credentials.Substring(colon + 1);
            string? weakness =
                CutByComment(line) ? "a '#' glued to it starts a comment, so HAProxy reads only " + Characters(password.Length)
                : password.Length == 0 ? "it is empty"
                : password == user ? "it is the user name"
                : password.Length < MinimumStatsPasswordLength ? Characters(password.Length) + ", fewer than " + MinimumStatsPasswordLength.ToString(CultureInfo.InvariantCulture)
                : null;
            if (weakness is null) return;
            string where = section.Name is null ? section.Keyword : $"{section.Keyword} '{section.Name}'";
            context.Report(RuleCatalogue.WeakStatsAuthPassword, line.GetLocation(2), user, where, weakness);
        }

        private static string Characters(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " character" : " characters");

        /// <summary>Whether the credentials word runs straight into a comment (<c>stats auth admin:pa#ss</c>).</summary>
        private static bool CutByComment(HAProxyLine line)
        {
            int end = line.GetLocation(2).EndColumn - 1;
            string text = line.Text;
            return end < text.Length && text[end] == '#';
        }
    }
}
