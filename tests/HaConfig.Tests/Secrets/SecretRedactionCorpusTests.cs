using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Tests.Secrets
{
    /// <summary>
    /// The property behind redaction, over the real-world corpus: a password written in a corpus file (found here by
    /// patterns of its own, not by the library's table) never appears as a word in a diagnostic made with the default
    /// options, whatever rule made it.
    /// </summary>
    public class SecretRedactionCorpusTests
    {
        private static readonly Regex[] KeepalivedPatterns =
        {
            new(@"^\s*(?:@\^?\S+\s+)?(?:auth_pass|password)\s+(""[^""]*""|\S+)", RegexOptions.Multiline),
            new(@"[{}]\s*auth_pass\s+(""[^""]*""|\S+)", RegexOptions.Multiline),
        };

        private static readonly Regex[] HAProxyPatterns =
        {
            new(@"^\s*stats\s+auth\s+[^:\s]*:(\S+)", RegexOptions.Multiline),
            new(@"^\s*user\s+\S+\s.*?(?:insecure-)?password\s+(\S+)", RegexOptions.Multiline),
            new(@"\sca-sign-pass\s+(\S+)", RegexOptions.Multiline),
        };

        public static TheoryData<string> FilesWithSecrets
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (var file in Files()) data.Add(file);
                return data;
            }
        }

        private static IEnumerable<string> Files() =>
            from row in Corpus.Files("haproxy", ".cfg").Concat(Corpus.Files("keepalived"))
            let file = (string)row[0]
            where !Corpus.IsPresent || SecretsIn(file, Corpus.ReadText(file)).Count > 0
            select file;

        [SkippableTheory]
        [MemberData(nameof(FilesWithSecrets))]
        public void No_default_diagnostic_of_a_corpus_file_shows_one_of_its_passwords(string file)
        {
            string text = Corpus.ReadText(file);
            var secrets = SecretsIn(file, text);
            var diagnostics = Validate(file, text, showSecrets: false);

            var leaks = (from d in diagnostics
                         from s in new[] { d.Message, d.ToString() }
                         from secret in secrets
                         where ContainsWord(s, secret)
                         select $"{d.Id} at {d.Line}:{d.Column} shows '{secret}': {s}").ToList();
            leaks.Should().BeEmpty();
        }

        [SkippableFact]
        public void Some_corpus_diagnostics_quote_a_password_when_secrets_are_shown()
        {
            Corpus.Require();
            int quoting = 0;
            foreach (var file in Files())
            {
                string text = Corpus.ReadText(file);
                var secrets = SecretsIn(file, text);
                quoting += Validate(file, text, showSecrets: true).Count(d => secrets.Any(secret => ContainsWord(d.Message, secret)));
            }

            quoting.Should().BeGreaterThan(0, "the property above is only worth something if rules do quote passwords");
        }

        private static IReadOnlyList<Diagnostic> Validate(string file, string text, bool showSecrets)
        {
            var options = new ValidationOptions { ShowSecrets = showSecrets };
            return IsHAProxy(file) ? HAProxyConfig.Parse(text, file).Validate(options) : KeepalivedConfig.Parse(text, file).Validate(options);
        }

        private static bool IsHAProxy(string file) => file.StartsWith("haproxy", StringComparison.Ordinal) || file.EndsWith(".cfg", StringComparison.Ordinal);

        /// <summary>The passwords of a file as written, and as the daemon reads them (quotes removed, cut at a comment).</summary>
        private static List<string> SecretsIn(string file, string text)
        {
            var secrets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pattern in IsHAProxy(file) ? HAProxyPatterns : KeepalivedPatterns)
            {
                foreach (Match match in pattern.Matches(text))
                {
                    string written = match.Groups[1].Value;
                    secrets.Add(written);
                    secrets.Add(written.Trim('"'));
                    int comment = written.IndexOfAny(IsHAProxy(file) ? new[] { '#' } : new[] { '!', '#' });
                    if (comment > 0) secrets.Add(written.Substring(0, comment));
                }
            }

            secrets.RemoveWhere(s => s.Length == 0 || s == "{" || s == "}");
            return secrets.ToList();
        }

        /// <summary>Whether <paramref name="secret"/> occurs in <paramref name="text"/> other than inside a longer word.</summary>
        private static bool ContainsWord(string text, string secret)
        {
            for (int at = text.IndexOf(secret, StringComparison.Ordinal); at >= 0; at = text.IndexOf(secret, at + 1, StringComparison.Ordinal))
            {
                int end = at + secret.Length;
                bool startsWord = at == 0 || !IsWordChar(text[at - 1]) || !IsWordChar(secret[0]);
                bool endsWord = end == text.Length || !IsWordChar(text[end]) || !IsWordChar(secret[secret.Length - 1]);
                if (startsWord && endsWord) return true;
            }

            return false;
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
    }
}
