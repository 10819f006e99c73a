using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Syntax;

namespace HaConfig.Validation
{
    /// <summary>
    /// The secret values of the configurations being validated (every word <see cref="SecretWords"/> names, as written
    /// and as read), and the redaction of any text that quotes one: each occurrence that is not part of a longer word
    /// becomes <see cref="SecretWords.Placeholder"/>. Values are collected on first use, so a validation that reports
    /// nothing costs nothing.
    /// </summary>
    internal sealed class SecretValues
    {
        private readonly List<SyntaxDocument> _pending = new();
        private readonly HashSet<SyntaxDocument> _seen = new();
        private readonly HashSet<string> _values = new(StringComparer.Ordinal);

        /// <summary>The values by first character, longest first.</summary>
        private Dictionary<char, string[]>? _byFirstChar;

        // Documents added and not yet collected (_pending.Count, written under the lock): while none is, the index is
        // read without the lock, which every report of rules running on several threads would otherwise contend for.
        private volatile int _pendingCount;

        public void Add(HAProxyConfig config) => Add(config.Document);

        /// <summary>Adds a keepalived file and every file it includes.</summary>
        public void Add(KeepalivedConfig config)
        {
            lock (_pending)
            {
                if (_seen.Contains(config.Document)) return;
                Add(config.Document);
                foreach (var include in config.Includes)
                {
                    foreach (var file in include.Files) Add(file);
                }
            }
        }

        public void Add(SyntaxDocument document)
        {
            lock (_pending)
            {
                if (_seen.Add(document)) _pending.Add(document);
                _pendingCount = _pending.Count;
            }
        }

        /// <summary>
        /// Collects the values of the files added so far on a thread-pool thread, for a validation that has other work
        /// to do on this one meanwhile (a large file's block tree): a report made before it ends waits for it (the lock).
        /// </summary>
        public Task CollectInBackground() => Task.Run(() =>
        {
            lock (_pending)
            {
                IndexLocked();
            }
        });

        /// <summary>The text with every secret value it quotes replaced.</summary>
        public string Redact(string text)
        {
            var index = Index();
            if (index.Count == 0 || text.Length == 0) return text;
            StringBuilder? redacted = null;
            int copied = 0, i = 0;
            while (i < text.Length)
            {
                if (text[i] == '<' && string.CompareOrdinal(text, i, SecretWords.Placeholder, 0, SecretWords.Placeholder.Length) == 0)
                {
                    i += SecretWords.Placeholder.Length; // already redacted: never redact the placeholder itself
                    continue;
                }

                if (index.TryGetValue(text[i], out var candidates) && !(i > 0 && IsWordChar(text[i - 1]) && IsWordChar(text[i])) && Match(text, i, candidates) is { } match)
                {
                    redacted ??= new StringBuilder(text.Length);
                    redacted.Append(text, copied, i - copied).Append(SecretWords.Placeholder);
                    i += match.Length;
                    copied = i;
                    continue;
                }

                i++;
            }

            return redacted is null ? text : redacted.Append(text, copied, text.Length - copied).ToString();
        }

        /// <summary>Message arguments with the secrets they quote replaced; numbers and other plain values stay as they are.</summary>
        public object?[] RedactArguments(object?[] args)
        {
            object?[]? copy = null;
            for (int i = 0; i < args.Length; i++)
            {
                object? arg = args[i];
                string? text = arg switch
                {
                    string s => s,
                    null or IConvertible => null,
                    _ => Convert.ToString(arg, CultureInfo.InvariantCulture),
                };
                if (text is null) continue;
                string redacted = Redact(text);
                if (ReferenceEquals(redacted, text)) continue;
                copy ??= (object?[])args.Clone();
                copy[i] = redacted;
            }

            return copy ?? args;
        }

        /// <summary>The diagnostic with the secrets its message quotes replaced.</summary>
        public Diagnostic Redact(Diagnostic diagnostic)
        {
            string message = Redact(diagnostic.Message);
            return ReferenceEquals(message, diagnostic.Message) ? diagnostic : new Diagnostic(diagnostic.Descriptor, diagnostic.Severity, message, diagnostic.Location);
        }

        /// <summary>The diagnostics with the secrets their messages quote replaced.</summary>
        public List<Diagnostic> Redact(IEnumerable<Diagnostic> diagnostics)
        {
            var result = new List<Diagnostic>();
            foreach (var diagnostic in diagnostics) result.Add(Redact(diagnostic));
            return result;
        }

        private static string? Match(string text, int start, string[] candidates)
        {
            foreach (var value in candidates)
            {
                int end = start + value.Length;
                if (end > text.Length || string.CompareOrdinal(text, start, value, 0, value.Length) != 0) continue;
                if (end < text.Length && IsWordChar(text[end]) && IsWordChar(value[value.Length - 1])) continue;
                return value;
            }

            return null;
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        /// <remarks>Locked: rules running in parallel report (and so redact) at the same time, and a shared view may add a document meanwhile.</remarks>
        private Dictionary<char, string[]> Index()
        {
            if (_pendingCount == 0 && Volatile.Read(ref _byFirstChar) is { } built) return built;
            lock (_pending)
            {
                return IndexLocked();
            }
        }

        private Dictionary<char, string[]> IndexLocked()
        {
            if (_pending.Count > 0)
            {
                var secrets = new List<SecretWord>();
                foreach (var document in _pending) Collect(document, secrets);
                _pending.Clear();

                // The old index goes before the count says nothing is pending, so that no reader takes it for current.
                Volatile.Write(ref _byFirstChar, null);
                _pendingCount = 0;
            }

            var index = _byFirstChar;
            if (index is null)
            {
                var groups = new Dictionary<char, List<string>>();
                foreach (var value in _values)
                {
                    if (!groups.TryGetValue(value[0], out var group)) groups[value[0]] = group = new List<string>();
                    group.Add(value);
                }

                var byFirstChar = new Dictionary<char, string[]>();
                foreach (var pair in groups)
                {
                    pair.Value.Sort(static (a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
                    byFirstChar[pair.Key] = pair.Value.ToArray();
                }

                index = byFirstChar;
                Volatile.Write(ref _byFirstChar, index);
            }

            return index;
        }

        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        private void Collect(SyntaxDocument document, List<SecretWord> secrets)
        {
            for (int line = 0; line < document.LineCount; line++)
            {
                SecretWords.Find(document, line, secrets);
                foreach (var secret in secrets)
                {
                    string value = document.GetTokenValue(line, secret.Token);
                    string raw = document.GetTokenRaw(line, secret.Token).ToString();
                    if (secret.Keep > 0)
                    {
                        value = value.Substring(secret.Keep);
                        int colon = raw.IndexOf(':');
                        raw = colon >= 0 ? raw.Substring(colon + 1) : raw;
                    }

                    AddValue(value);
                    AddValue(raw);
                    int glued = SecretWords.GluedCommentEnd(document, line, secret.Token);
                    if (glued >= 0)
                    {
                        // What the user wrote as the secret runs on into the comment (auth_pass k@l!ve1).
                        var content = document.GetContent(line);
                        int start = document.GetLine(line).CommentStart;
                        string comment = content.Slice(start, glued - start).ToString();
                        AddValue(comment);
                        AddValue(raw + comment);
                        AddValue(value + comment);
                    }
                }
            }
        }

        private void AddValue(string value)
        {
            if (value.Length > 0 && value != SecretWords.Placeholder) _values.Add(value);
        }
    }
}
