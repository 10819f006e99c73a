using System;
using System.Collections.Generic;
using System.Text;
using HaConfig.HAProxy.Syntax;
using HaConfig.Keepalived.Syntax;

namespace HaConfig.Syntax
{
    /// <summary>What a secret word holds, which decides where it is hidden.</summary>
    internal enum SecretKind : byte
    {
        /// <summary>A password, passphrase or key: hidden in diagnostics, model text and converted documents.</summary>
        Password,

        /// <summary>
        /// The path of a certificate or private key file: hidden in diagnostics and model text, kept in converted
        /// documents (a path is not the key, and a converted document must convert back).
        /// </summary>
        KeyPath,
    }

    /// <summary>One secret word of a line.</summary>
    internal readonly struct SecretWord
    {
        public SecretWord(int token, int keyword, int keep, SecretKind kind)
        {
            Token = token;
            Keyword = keyword;
            Keep = keep;
            Kind = kind;
        }

        /// <summary>The word's index on its line.</summary>
        public int Token { get; }

        /// <summary>The index of the word that makes it a secret (<c>auth_pass</c>, <c>password</c>, <c>crt</c>, <c>auth</c> of stats auth).</summary>
        public int Keyword { get; }

        /// <summary>How many leading characters of the decoded value are not secret (<c>user:</c> of <c>stats auth user:password</c>).</summary>
        public int Keep { get; }

        public SecretKind Kind { get; }
    }

    /// <summary>
    /// The one place that knows which words of a configuration are secrets, for both formats. Validation hides their
    /// values in messages, model objects hide them in <c>ToString()</c>, the converter and the CLI use the same table.
    /// <list type="bullet">
    /// <item>HAProxy: the password of <c>stats auth user:password</c>; the value after <c>password</c>/<c>insecure-password</c>
    /// on a <c>user</c> line; <c>bind … ca-sign-pass</c>; <c>dynamic-cookie-key</c>; and, as key paths, the files of
    /// <c>crt</c>, <c>crt-list</c>, <c>default-crt</c> and <c>tls-ticket-keys</c> on <c>bind</c> lines, of <c>crt</c> on
    /// <c>server</c>/<c>default-server</c>/<c>server-template</c> lines and of <c>crt</c>/<c>key</c> on crt-store <c>load</c> lines.</item>
    /// <item>keepalived: every word after an <c>auth_pass</c> or <c>password</c> (SSL) word, up to a brace (also when a
    /// one-line block puts it after another statement); after a <c>key</c> keyword, the words after the key id
    /// (auth_hmac), or the one word as a key path (SSL).</item>
    /// </list>
    /// A comment glued to the last secret word (<c>auth_pass k@l!ve1</c>) is part of what the user wrote as the secret. A
    /// keepalived <c>$NAME</c>/<c>${NAME}</c> reference is not a secret: the expanded text, where its value stands, is checked.
    /// </summary>
    internal static class SecretWords
    {
        /// <summary>What a hidden secret reads as.</summary>
        public const string Placeholder = "<redacted>";

        /// <summary>Fills <paramref name="found"/> with the secret words of line <paramref name="line"/>, in word order.</summary>
        public static void Find(SyntaxDocument document, int line, List<SecretWord> found)
        {
            found.Clear();
            int count = document.GetLine(line).TokenCount;
            if (count < 2) return;
            if (document.Lexer is HAProxyLexer) FindHAProxy(document, line, count, found);
            else if (document.Lexer is KeepalivedLexer) FindKeepalived(document, line, count, found);
        }

        private static void FindHAProxy(SyntaxDocument document, int line, int count, List<SecretWord> found)
        {
            var keyword = document.GetTokenValueSpan(line, 0);
            if (keyword.Length < 4 || keyword.Length > 18) return;
            switch (keyword[0])
            {
                case 's' when Is(keyword, "stats"):
                    if (count > 2 && document.TokenValueEquals(line, 1, "auth"))
                    {
                        int colon = document.GetTokenValueSpan(line, 2).IndexOf(':');
                        found.Add(new SecretWord(2, 1, colon + 1, SecretKind.Password));
                    }

                    return;
                case 'u' when Is(keyword, "user"):
                    AfterOptions(document, line, 2, count, found, static o => Is(o, "password") || Is(o, "insecure-password") ? SecretKind.Password : null);
                    return;
                case 'd' when Is(keyword, "dynamic-cookie-key"):
                    found.Add(new SecretWord(1, 0, 0, SecretKind.Password));
                    return;
                case 'd' when Is(keyword, "default-server"):
                case 's' when Is(keyword, "server") || Is(keyword, "server-template"):
                    AfterOptions(document, line, 2, count, found, static o => Is(o, "crt") ? SecretKind.KeyPath : null);
                    return;
                case 'b' when Is(keyword, "bind"):
                    AfterOptions(document, line, 2, count, found, static o =>
                        Is(o, "ca-sign-pass") ? SecretKind.Password
                        : Is(o, "crt") || Is(o, "crt-list") || Is(o, "default-crt") || Is(o, "tls-ticket-keys") ? SecretKind.KeyPath
                        : null);
                    return;
                case 'l' when Is(keyword, "load"):
                    AfterOptions(document, line, 1, count, found, static o => Is(o, "crt") || Is(o, "key") ? SecretKind.KeyPath : null);
                    return;
            }
        }

        private delegate SecretKind? OptionKind(ReadOnlySpan<char> option);

        /// <summary>The word after each option word that <paramref name="kindOf"/> names.</summary>
        private static void AfterOptions(SyntaxDocument document, int line, int from, int count, List<SecretWord> found, OptionKind kindOf)
        {
            for (int i = from; i + 1 < count; i++)
            {
                var option = document.GetTokenValueSpan(line, i);
                if (option.Length < 3 || option.Length > 17) continue;
                if (kindOf(option) is not { } kind) continue;
                found.Add(new SecretWord(i + 1, i, 0, kind));
                i++; // the value is not an option word
            }
        }

        private static bool Is(ReadOnlySpan<char> word, string value) => word.SequenceEqual(value.AsSpan());

        private static void FindKeepalived(SyntaxDocument document, int line, int count, List<SecretWord> found)
        {
            int first = document.GetLine(line).Kind == (byte)KeepalivedLineKind.Conditional ? 1 : 0;
            for (int t = first; t + 1 < count; t++)
            {
                // Most words are none of the three: a plain word's length says so without reading it.
                var token = document.GetToken(line, t);
                if (token.Flags == TokenFlags.None && token.Length is not (3 or 8 or 9)) continue;
                var keyword = document.GetTokenValueSpan(line, t);
                bool key = Is(keyword, "key");
                if (!key && !Is(keyword, "auth_pass") && !Is(keyword, "password")) continue;

                // "key" counts only as a keyword (the line's first word or the first after a brace), never as a value.
                if (key && t > first && !IsBrace(document, line, t - 1)) continue;
                int end = t + 1;
                while (end < count && !IsBrace(document, line, end)) end++;
                if (key && end - t == 2)
                {
                    if (!IsReference(document, line, t + 1)) found.Add(new SecretWord(t + 1, t, 0, SecretKind.KeyPath)); // SSL { key FILE }
                }
                else
                {
                    // auth_hmac { key ID KEY }: the ID is a number, the rest is the key.
                    for (int a = key ? t + 2 : t + 1; a < end; a++)
                    {
                        if (!IsReference(document, line, a)) found.Add(new SecretWord(a, t, 0, SecretKind.Password));
                    }
                }

                t = end - 1;
            }
        }

        private static bool IsBrace(SyntaxDocument document, int line, int token) => (document.GetToken(line, token).Flags & TokenFlags.Brace) != 0;

        /// <summary>
        /// Whether a word is a definition reference (<c>$PASS</c>, or the <c>$</c> of <c>${PASS}</c>, which the lexer
        /// splits at its braces): the secret is the definition's value, which the expanded text holds, not the name.
        /// </summary>
        private static bool IsReference(SyntaxDocument document, int line, int token)
        {
            if ((document.GetToken(line, token).Flags & TokenFlags.Variable) == 0) return false;
            var raw = document.GetTokenRaw(line, token);
            return raw.Length > 0 && raw[0] == '$';
        }

        /// <summary>What a secret word shows instead of its value: the placeholder, after the kept part (<c>admin:&lt;redacted&gt;</c>).</summary>
        public static string Display(SyntaxDocument document, int line, SecretWord secret) =>
            secret.Keep > 0 ? document.GetTokenValue(line, secret.Token).Substring(0, secret.Keep) + Placeholder : Placeholder;

        /// <summary>What word <paramref name="token"/> of a line shows: its raw text, or <see cref="Display"/> for a secret.</summary>
        public static string DisplayWord(SyntaxDocument document, int line, int token, List<SecretWord> secrets)
        {
            foreach (var secret in secrets)
            {
                if (secret.Token == token) return Display(document, line, secret);
            }

            return document.GetTokenRaw(line, token).ToString();
        }

        /// <summary>The end (exclusive) of the comment word glued to the end of word <paramref name="token"/>, or -1 when none is.</summary>
        public static int GluedCommentEnd(SyntaxDocument document, int line, int token)
        {
            var record = document.GetLine(line);
            if (record.CommentStart < 0 || document.GetToken(line, token).End != record.CommentStart) return -1;
            var content = document.GetContent(line);
            int end = record.CommentStart;
            while (end < content.Length && content[end] is not (' ' or '\t')) end++;
            return end;
        }

        /// <summary>The text of a line (without its line break) with every secret word shown as <see cref="Display"/>.</summary>
        public static string RedactedText(SyntaxDocument document, int line)
        {
            var secrets = new List<SecretWord>();
            Find(document, line, secrets);
            if (secrets.Count == 0) return document.GetContentString(line);
            var content = document.GetContent(line);
            var text = new StringBuilder(content.Length);
            int copied = 0;
            foreach (var secret in secrets)
            {
                var token = document.GetToken(line, secret.Token);
                text.Append(content.Slice(copied, token.Start - copied).ToString()).Append(Display(document, line, secret));
                copied = token.End;
                int glued = GluedCommentEnd(document, line, secret.Token);
                if (glued >= 0) copied = glued;
            }

            return text.Append(content.Slice(copied).ToString()).ToString();
        }

        /// <summary>The whole text of a document, line breaks kept, with every secret word shown as <see cref="Display"/>.</summary>
        public static string RedactedText(SyntaxDocument document)
        {
            var text = new StringBuilder();
            for (int i = 0; i < document.LineCount; i++) text.Append(RedactedText(document, i)).Append(document.GetNewline(i));
            return text.ToString();
        }
    }
}
