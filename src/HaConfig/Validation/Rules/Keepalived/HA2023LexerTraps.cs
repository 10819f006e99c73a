using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;
using HaConfig.Syntax;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2023-HA2024: what keepalived's lexer silently does to a value: <c>!</c>/<c>#</c> glued to a word starts a comment
    /// (<c>auth_pass k@l!ve1</c> is <c>k@l</c>), and a trailing <c>\</c> stays in the value. Checked on the source lines.
    /// Secret words (<see cref="SecretWords"/>: VRRP passwords, the SSL key password and key file, auth_hmac keys) are
    /// shown only with <see cref="ValidationOptions.ShowSecrets"/>; otherwise by their keyword and length.
    /// </summary>
    public sealed class HA2023LexerTraps : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.CommentInsideValue, RuleCatalogue.TrailingBackslash };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            Check(target, context, new HashSet<KeepalivedConfig>());
        }

        private static void Check(KeepalivedConfig config, ValidationContext context, HashSet<KeepalivedConfig> seen)
        {
            if (!seen.Add(config)) return;
            // Read from the document directly: only a line with a finding gets a view and strings.
            var document = config.Document;
            for (int i = 0; i < document.LineCount; i++)
            {
                ref readonly var record = ref document.GetLine(i);
                if ((KeepalivedLineKind)record.Kind is not (KeepalivedLineKind.Statement or KeepalivedLineKind.Conditional) || record.TokenCount == 0) continue;
                int last = record.TokenCount - 1;
                if (record.CommentStart >= 0)
                {
                    int start = record.CommentStart;
                    if (start > 0 && document.GetContent(i)[start - 1] is not (' ' or '\t'))
                    {
                        var line = config.LineAt(i);
                        string comment = line.Comment!;
                        string word = line.GetRaw(last);
                        string cut = word + Word(comment);
                        if (Secret(line, last, context) is { } secret)
                        {
                            cut = Redacted(line, secret, cut.Length);
                            word = Redacted(line, secret, word.Length);
                        }

                        var at = line.GetLocation(last);
                        context.Report(RuleCatalogue.CommentInsideValue, new Text.SourceLocation(at.Path, at.Line, start + 1, at.Line, start + 2), comment[0].ToString(), cut, word);
                        continue;
                    }
                }

                var raw = document.GetTokenRaw(i, last);
                if (record.CommentStart < 0 && raw.Length > 0 && raw[raw.Length - 1] == '\\' && !(raw.Length > 1 && raw[raw.Length - 2] == '\\'))
                {
                    var line = config.LineAt(i);
                    context.Report(RuleCatalogue.TrailingBackslash, line.GetLocation(last), Secret(line, last, context) is { } secret ? Redacted(line, secret, raw.Length) : raw.ToString());
                }
            }

            foreach (var include in config.Includes)
            {
                foreach (var file in include.Files) Check(file, context, seen);
            }
        }

        /// <summary>Word <paramref name="index"/> of the line when it is a secret and secrets are hidden, or null.</summary>
        private static SecretWord? Secret(KeepalivedLine line, int index, ValidationContext context)
        {
            if (context.Options.ShowSecrets) return null;
            foreach (var secret in line.Secrets())
            {
                if (secret.Token == index) return secret;
            }

            return null;
        }

        /// <summary>What a message shows instead of a secret: its keyword and the length, never a character of the value.</summary>
        private static string Redacted(KeepalivedLine line, SecretWord secret, int length) => $"<{line.GetValue(secret.Keyword)} value, {length} characters>";

        private static string Word(string comment)
        {
            int end = 0;
            while (end < comment.Length && comment[end] is not (' ' or '\t')) end++;
            return comment.Substring(0, end);
        }
    }
}
