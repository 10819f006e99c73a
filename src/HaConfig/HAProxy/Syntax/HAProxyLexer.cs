using System;
using System.Collections.Generic;
using System.Text;
using HaConfig.Syntax;
using HaConfig.Validation;

namespace HaConfig.HAProxy.Syntax
{
    /// <summary>
    /// HAProxy's lexical rules (<c>parse_line()</c> in <c>src/tools.c</c>): words separated by unquoted blanks,
    /// <c>#</c> starts a comment anywhere outside quotes, weak <c>"…"</c> and strong <c>'…'</c> quoting that
    /// concatenate with the surrounding word, backslash escapes, no line continuation.
    /// </summary>
    internal sealed class HAProxyLexer : LineLexer
    {
        /// <summary>The most words HAProxy keeps on a line (<c>MAX_LINE_ARGS</c>).</summary>
        public const int MaxWords = 64;

        public static readonly HAProxyLexer Instance = new();

        private static readonly HashSet<string> SectionKeywords = new(StringComparer.Ordinal)
        {
            "global", "defaults", "frontend", "backend", "listen", "userlist", "peers", "resolvers", "mailers",
            "namespace_list", "cache", "program", "fcgi-app", "http-errors", "ring", "log-forward", "crt-store",
            "log-profile", "traces", "acme", "healthcheck",
        };

        private static readonly string[] SectionKeywordList = new List<string>(SectionKeywords).ToArray();

        /// <summary>Whether <paramref name="keyword"/> opens a section in some HAProxy version from 2.4 on.</summary>
        public static bool IsSectionKeyword(string keyword) => SectionKeywords.Contains(keyword);

        /// <summary>The same test on a span, without allocating: runs once per line while parsing.</summary>
        private static bool IsSectionKeyword(ReadOnlySpan<char> word)
        {
            // Section keywords are 4 to 14 characters; a cheap filter on length and first letter skips most words.
            if (word.Length < 4 || word.Length > 14) return false;
            switch (word[0])
            {
                case 'g': case 'd': case 'f': case 'b': case 'l': case 'u': case 'p': case 'r': case 'm': case 'n':
                case 'c': case 'h': case 't': case 'a':
                    foreach (var keyword in SectionKeywordList)
                    {
                        if (word.SequenceEqual(keyword.AsSpan())) return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <inheritdoc />
        public override bool IsLineIndependent => true;

        public override void Lex(ReadOnlySpan<char> line, byte stateIn, List<TokenRecord> tokens, int firstToken, ref LineLexResult result)
        {
            int i = 0;
            int n = line.Length;
            int words = 0;
            while (i < n)
            {
                char c = line[i];
                if (IsBlank(c))
                {
                    i++;
                    continue;
                }

                if (c == '#')
                {
                    result.CommentStart = i;
                    break;
                }

                if (c == '\r')
                {
                    // parse_line() stops at a carriage return: what follows on this physical line is never read.
                    result.CommentStart = i;
                    result.AddError(new LexError(RuleCatalogue.StrayCarriageReturn, i, 1, new object?[] { i + 1 }));
                    break;
                }

                if (words == 0 && c == '[')
                {
                    result.Kind = (byte)HAProxyLineKind.Scope;
                }

                int start = i;
                i = ScanWord(line, i, ref result, out var flags, out bool endsAtComment);
                tokens.Add(new TokenRecord(start, i - start, flags));
                words++;
                if (words == MaxWords + 1)
                {
                    result.AddError(new LexError(RuleCatalogue.TooManyWords, start, i - start,
                        new object?[] { MaxWords, start + 1, line.Slice(start, i - start).ToString() }));
                }

                if (endsAtComment)
                {
                    result.CommentStart = i;
                    break;
                }
            }

            result.Kind = Classify(line, tokens, firstToken, words, result.CommentStart, result.Kind);
        }

        private static byte Classify(ReadOnlySpan<char> line, List<TokenRecord> tokens, int firstToken, int words, int commentStart, byte current)
        {
            if (words == 0) return (byte)(commentStart >= 0 ? HAProxyLineKind.Comment : HAProxyLineKind.Blank);
            if (current == (byte)HAProxyLineKind.Scope) return current;
            var first = tokens[firstToken];
            var raw = line.Slice(first.Start, first.Length);
            if (first.Flags == TokenFlags.None && raw.Length > 1 && raw[0] == '.')
            {
                var name = raw.Slice(1);
                if (name.SequenceEqual("if".AsSpan()) || name.SequenceEqual("elif".AsSpan()) || name.SequenceEqual("else".AsSpan()) || name.SequenceEqual("endif".AsSpan()))
                    return (byte)HAProxyLineKind.Conditional;
                if (name.SequenceEqual("diag".AsSpan()) || name.SequenceEqual("notice".AsSpan()) || name.SequenceEqual("warning".AsSpan()) || name.SequenceEqual("alert".AsSpan()))
                    return (byte)HAProxyLineKind.Message;
                return (byte)HAProxyLineKind.UnknownDotDirective;
            }

            bool isSection = first.Flags == TokenFlags.None ? IsSectionKeyword(raw) : IsSectionKeyword(Instance.Decode(raw, first.Flags));
            return (byte)(isSection ? HAProxyLineKind.SectionHeader : HAProxyLineKind.Directive);
        }

        // NUL, tab, vertical tab, form feed, CR, space, '"', '#', '$' and '\'': the characters below 64 that ScanWord acts on.
        private const ulong ActingBelow64 = (1UL << 0) | (1UL << '\t') | (1UL << '\v') | (1UL << '\f') | (1UL << '\r') | (1UL << ' ') | (1UL << '"') | (1UL << '#') | (1UL << '$') | (1UL << '\'');

        /// <summary>Whether <see cref="ScanWord"/> does anything on <paramref name="c"/> outside quotes (those above, and the backslash).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool ActsOutsideQuotes(char c) => c < 64 ? ((ActingBelow64 >> c) & 1) != 0 : c == '\\';

        private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f';

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static int ScanWord(ReadOnlySpan<char> line, int i, ref LineLexResult result, out TokenFlags flags, out bool endsAtComment)
        {
            flags = TokenFlags.None;
            endsAtComment = false;
            int n = line.Length;
            char quote = '\0';
            int quoteStart = -1;
            while (i < n)
            {
                if (quote == '\0')
                {
                    // Outside quotes only a few characters do anything: pass over the plain run before the next one in a
                    // tight loop (most words are nothing but a plain run).
                    while (i < n && !ActsOutsideQuotes(line[i])) i++;
                    if (i == n) break;
                }

                char c = line[i];
                if (c == '\0')
                {
                    result.AddError(new LexError(RuleCatalogue.StrayNul, i, 1, new object?[] { i + 1 }));
                    flags |= TokenFlags.Malformed;
                    i++;
                    continue;
                }

                if (quote == '\'')
                {
                    if (c == '\'') quote = '\0';
                    i++;
                    continue;
                }

                if (c == '\\')
                {
                    flags |= TokenFlags.Escaped;
                    if (i + 1 >= n)
                    {
                        i++;
                        continue;
                    }

                    if (line[i + 1] == 'x')
                    {
                        if (IsHexAt(line, i + 2) && IsHexAt(line, i + 3))
                        {
                            i += 4;
                        }
                        else
                        {
                            result.AddError(new LexError(RuleCatalogue.InvalidHexEscape, i, Math.Min(4, n - i), new object?[] { i + 1 }));
                            flags |= TokenFlags.Malformed;
                            i += 2;
                        }

                        continue;
                    }

                    i += 2;
                    continue;
                }

                if (quote == '"')
                {
                    if (c == '"') quote = '\0';
                    else if (c == '$') flags |= TokenFlags.Variable;
                    i++;
                    continue;
                }

                if (c == '"' || c == '\'')
                {
                    flags |= c == '"' ? TokenFlags.DoubleQuoted : TokenFlags.SingleQuoted;
                    quote = c;
                    quoteStart = i;
                    i++;
                    continue;
                }

                if (IsBlank(c) || c == '\r') break;
                if (c == '#')
                {
                    endsAtComment = true;
                    break;
                }

                if (c == '$') flags |= TokenFlags.Variable;
                i++;
            }

            if (quote != '\0')
            {
                result.AddError(new LexError(RuleCatalogue.UnterminatedQuote, quoteStart, n - quoteStart, new object?[] { quoteStart + 1 }));
                flags |= TokenFlags.Malformed;
            }

            return i;
        }

        private static bool IsHexAt(ReadOnlySpan<char> line, int index) => index < line.Length && IsHex(line[index]);

        public override string Decode(ReadOnlySpan<char> raw, TokenFlags flags)
        {
            if (flags == TokenFlags.None || flags == TokenFlags.Variable) return raw.ToString();
            var builder = new StringBuilder(raw.Length);
            char quote = '\0';
            for (int i = 0; i < raw.Length; i++)
            {
                char c = raw[i];
                if (quote == '\'')
                {
                    if (c == '\'') quote = '\0';
                    else builder.Append(c);
                    continue;
                }

                if (c == '\\' && i + 1 < raw.Length)
                {
                    char next = raw[i + 1];
                    switch (next)
                    {
                        case ' ': builder.Append(' '); i++; continue;
                        case '\\': builder.Append('\\'); i++; continue;
                        case 't': builder.Append('\t'); i++; continue;
                        case 'n': builder.Append('\n'); i++; continue;
                        case 'r': builder.Append('\r'); i++; continue;
                        case '#': builder.Append('#'); i++; continue;
                        case '\'': builder.Append('\''); i++; continue;
                        case '"': builder.Append('"'); i++; continue;
                        case '$' when quote == '"': builder.Append('$'); i++; continue;
                        case 'x' when i + 3 < raw.Length && IsHex(raw[i + 2]) && IsHex(raw[i + 3]):
                            builder.Append((char)Convert.ToInt32(raw.Slice(i + 2, 2).ToString(), 16));
                            i += 3;
                            continue;
                        default:
                            builder.Append(c).Append(next);
                            i++;
                            continue;
                    }
                }

                if (quote == '"')
                {
                    if (c == '"') quote = '\0';
                    else builder.Append(c);
                    continue;
                }

                if (c == '"' || c == '\'')
                {
                    quote = c;
                    continue;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        public override string Quote(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            if (value.Length == 0) return "\"\"";
            bool plain = true;
            foreach (char c in value)
            {
                if (IsBlank(c) || c == '#' || c == '"' || c == '\'' || c == '\\' || c == '\r' || c == '\n' || c == '\0')
                {
                    plain = false;
                    break;
                }
            }

            if (plain) return value;
            if (value.IndexOf('\'') < 0 && value.IndexOf('\n') < 0 && value.IndexOf('\r') < 0)
            {
                // Strong quoting keeps everything literal, '$' included, which is what a caller handing us a value means.
                return "'" + value + "'";
            }

            var builder = new StringBuilder(value.Length + 8).Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '$': builder.Append("\\$"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    default: builder.Append(c); break;
                }
            }

            return builder.Append('"').ToString();
        }
    }
}
