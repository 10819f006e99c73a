using System;
using System.Collections.Generic;
using System.Text;
using HaConfig.Syntax;
using HaConfig.Validation;

namespace HaConfig.Keepalived.Syntax
{
    /// <summary>
    /// keepalived's lexical rules (<c>lib/parser.c</c>): <c>!</c> and <c>#</c> start a comment anywhere outside double
    /// quotes, <c>\#</c> and <c>\!</c> escape them, braces outside quotes are words of their own, double quotes only
    /// (a <c>"</c> inside a word ends it), and no line continuation except for <c>$NAME=</c> definitions ending in <c>\</c>.
    /// </summary>
    internal sealed class KeepalivedLexer : LineLexer
    {
        /// <inheritdoc />
        /// <remarks>
        /// keepalived's words are longer than HAProxy's (addresses, paths, script names): 10.4 characters per token in the
        /// corpus, 10.6 in generated files. At HAProxy's 6, a third of a large file's token list was never used (11.5 MB
        /// of 26.6 MB at 1M lines, all on the large object heap).
        /// </remarks>
        public override int CharactersPerTokenEstimate => 9;

        /// <inheritdoc />
        public override bool CanLexInParts => true;

        /// <summary>Only a definition whose value ends in <c>\</c> continues on the next line: a line without a backslash hands nothing on.</summary>
        public override bool HandsOnNoState(ReadOnlySpan<char> content) => content.IndexOf('\\') < 0;

        /// <summary>keepalived reads lines with <c>fgets(buf, 1024)</c>: at most 1023 bytes, line feed included.</summary>
        public const int MaxLineBytes = 1023;

        /// <summary>State carried to the next line while a multi-line definition continues.</summary>
        public const byte InDefinition = 1;

        public static readonly KeepalivedLexer Instance = new();

        private static readonly string[] IncludeKeywords = { "include", "includer", "includem", "includew", "includeb", "includea" };

        /// <summary>Whether <paramref name="word"/> is one of the include keywords.</summary>
        public static bool IsIncludeKeyword(ReadOnlySpan<char> word)
        {
            if (word.Length is not (7 or 8) || word[0] != 'i') return false; // what every line's first word is asked
            foreach (var keyword in IncludeKeywords)
            {
                if (word.SequenceEqual(keyword.AsSpan())) return true;
            }

            return false;
        }

        public override void Lex(ReadOnlySpan<char> line, byte stateIn, List<TokenRecord> tokens, int firstToken, ref LineLexResult result)
        {
            CheckLine(line, ref result);
            int i = SkipBlanks(line, 0);
            if (stateIn == InDefinition)
            {
                LexContinuation(line, i, tokens, ref result);
                return;
            }

            if (i < line.Length && line[i] == '@')
            {
                int start = i;
                while (i < line.Length && !IsBlank(line[i]) && line[i] != '!' && line[i] != '#') i++;
                tokens.Add(new TokenRecord(start, i - start, TokenFlags.None));
                LexBody(line, SkipBlanks(line, i), tokens, firstToken + 1, ref result);
                result.Kind = (byte)KeepalivedLineKind.Conditional;
                return;
            }

            LexBody(line, i, tokens, firstToken, ref result);
        }

        private static void CheckLine(ReadOnlySpan<char> line, ref LineLexResult result)
        {
            int nul = line.IndexOf('\0');
            if (nul >= 0) result.AddError(new LexError(RuleCatalogue.EmbeddedNul, nul, 1, new object?[] { nul + 1 }));
            if (line.Length * 3 < MaxLineBytes) return;
            int bytes = 0;
            foreach (char c in line) bytes += c < 0x80 ? 1 : c < 0x800 || char.IsLowSurrogate(c) ? 2 : char.IsHighSurrogate(c) ? 2 : 3;
            if (bytes + 1 > MaxLineBytes) result.AddError(new LexError(RuleCatalogue.LineTooLong, 0, line.Length, new object?[] { bytes + 1 }));
        }

        private static void LexBody(ReadOnlySpan<char> line, int i, List<TokenRecord> tokens, int bodyFirst, ref LineLexResult result)
        {
            if (i < line.Length && line[i] == '$' && IsDefinitionAt(line, i, out int equals))
            {
                LexDefinition(line, i, equals, tokens, ref result);
                return;
            }

            var kind = KeepalivedLineKind.Statement;
            while (StartsSequence(line, i))
            {
                kind = KeepalivedLineKind.Sequence;
                int end = ScanSequenceSpec(line, i);
                var flags = TokenFlags.None;
                if (end < 0)
                {
                    end = line.Length;
                    flags = TokenFlags.Malformed;
                    result.AddError(new LexError(RuleCatalogue.InvalidSequence, i, end - i, new object?[] { "~SEQ missing terminating ')'", line.Slice(i).ToString() }));
                }

                tokens.Add(new TokenRecord(i, end - i, flags));
                i = SkipBlanks(line, end);
            }

            ScanWords(line, i, tokens, ref result);
            int count = tokens.Count - bodyFirst;
            if (count == 0)
            {
                result.Kind = (byte)(result.CommentStart >= 0 ? KeepalivedLineKind.Comment : KeepalivedLineKind.Blank);
                return;
            }

            if (kind == KeepalivedLineKind.Statement)
            {
                bool braces = true;
                for (int t = bodyFirst; t < tokens.Count && braces; t++) braces = (tokens[t].Flags & TokenFlags.Brace) != 0;
                var first = tokens[bodyFirst];
                if (braces) kind = KeepalivedLineKind.BraceOnly;
                else if (first.Flags == TokenFlags.None && IsIncludeKeyword(line.Slice(first.Start, first.Length))) kind = KeepalivedLineKind.Include;
            }

            result.Kind = (byte)kind;
        }

        private static bool StartsSequence(ReadOnlySpan<char> line, int i)
        {
            if (i >= line.Length || line[i] != '~') return false;
            var rest = line.Slice(Math.Min(i, line.Length));
            return rest.StartsWith("~SEQ(".AsSpan()) || rest.StartsWith("~SEQx(".AsSpan()) || rest.StartsWith("~LST(".AsSpan());
        }

        /// <summary>The index just past the <c>)</c> closing the specification at <paramref name="i"/>, or -1.</summary>
        private static int ScanSequenceSpec(ReadOnlySpan<char> line, int i)
        {
            int depth = 0;
            for (int j = i; j < line.Length; j++)
            {
                char c = line[j];
                if (c == '(') depth++;
                else if (c == ')' && --depth == 0) return j + 1;
            }

            return -1;
        }

        private static bool IsDefinitionAt(ReadOnlySpan<char> line, int i, out int equals)
        {
            equals = -1;
            int j = i + 1;
            if (j >= line.Length || !(char.IsLetter(line[j]) && line[j] < 0x80 || line[j] == '_')) return false;
            while (j < line.Length && (line[j] < 0x80 && char.IsLetterOrDigit(line[j]) || line[j] == '_')) j++;
            if (j >= line.Length || line[j] != '=') return false;
            equals = j;
            return true;
        }

        private static void LexDefinition(ReadOnlySpan<char> line, int i, int equals, List<TokenRecord> tokens, ref LineLexResult result)
        {
            result.Kind = (byte)KeepalivedLineKind.Definition;
            tokens.Add(new TokenRecord(i, equals - i, TokenFlags.Variable));
            AddRawValue(line, SkipBlanks(line, equals + 1), tokens, ref result);
        }

        private static void LexContinuation(ReadOnlySpan<char> line, int i, List<TokenRecord> tokens, ref LineLexResult result)
        {
            int before = tokens.Count;
            AddRawValue(line, i, tokens, ref result);
            if (tokens.Count == before && result.StateOut == 0)
            {
                // An empty line ends the definition.
                result.Kind = (byte)(result.CommentStart >= 0 ? KeepalivedLineKind.Comment : KeepalivedLineKind.Blank);
                return;
            }

            result.Kind = (byte)KeepalivedLineKind.DefinitionContinuation;
        }

        /// <summary>Adds the text from <paramref name="i"/> to the comment as one token, without a trailing <c>\</c>.</summary>
        private static void AddRawValue(ReadOnlySpan<char> line, int i, List<TokenRecord> tokens, ref LineLexResult result)
        {
            int end = FindCommentStart(line, i, ref result);
            if (end < line.Length) result.CommentStart = end;
            while (end > i && IsBlank(line[end - 1])) end--;
            if (end > i && line[end - 1] == '\\')
            {
                result.StateOut = InDefinition;
                end--;
                while (end > i && IsBlank(line[end - 1])) end--;
            }

            if (end > i) tokens.Add(new TokenRecord(i, end - i, line.Slice(i, end - i).IndexOf('$') >= 0 ? TokenFlags.Variable : TokenFlags.None));
        }

        private static int FindCommentStart(ReadOnlySpan<char> line, int i, ref LineLexResult result)
        {
            bool quoted = false;
            int quoteStart = -1;
            for (int j = i; j < line.Length; j++)
            {
                char c = line[j];
                if (c == '\\' && j + 1 < line.Length)
                {
                    j++;
                    continue;
                }

                if (c == '"')
                {
                    quoted = !quoted;
                    quoteStart = j;
                }
                else if (!quoted && (c == '!' || c == '#'))
                {
                    return j;
                }
            }

            if (quoted) result.AddError(new LexError(RuleCatalogue.UnterminatedQuote, quoteStart, line.Length - quoteStart, new object?[] { quoteStart + 1 }));
            return line.Length;
        }

        private static void ScanWords(ReadOnlySpan<char> line, int i, List<TokenRecord> tokens, ref LineLexResult result)
        {
            int n = line.Length;
            while (i < n)
            {
                char c = line[i];
                if (IsBlank(c))
                {
                    i++;
                }
                else if (c == '!' || c == '#')
                {
                    result.CommentStart = i;
                    return;
                }
                else if (c == '{' || c == '}')
                {
                    tokens.Add(new TokenRecord(i, 1, TokenFlags.Brace));
                    i++;
                }
                else if (c == '"')
                {
                    i = ScanQuoted(line, i, tokens, ref result);
                }
                else
                {
                    i = ScanPlain(line, i, tokens);
                }
            }
        }

        private static int ScanQuoted(ReadOnlySpan<char> line, int i, List<TokenRecord> tokens, ref LineLexResult result)
        {
            var flags = TokenFlags.DoubleQuoted;
            int j = i + 1;
            while (j < line.Length && line[j] != '"')
            {
                if (line[j] == '$') flags |= TokenFlags.Variable;
                j += line[j] == '\\' && j + 1 < line.Length ? 2 : 1;
            }

            if (j >= line.Length)
            {
                result.AddError(new LexError(RuleCatalogue.UnterminatedQuote, i, line.Length - i, new object?[] { i + 1 }));
                tokens.Add(new TokenRecord(i, line.Length - i, flags | TokenFlags.Malformed));
                return line.Length;
            }

            tokens.Add(new TokenRecord(i, j + 1 - i, flags));
            return j + 1;
        }

        private static int ScanPlain(ReadOnlySpan<char> line, int i, List<TokenRecord> tokens)
        {
            var flags = TokenFlags.None;
            int j = i;
            var classes = CharClasses;
            while (j < line.Length)
            {
#if !NETSTANDARD2_0
                // The next character that is not plain, found a vector at a time.
                int next = line.Slice(j).IndexOfAny(NotPlain);
                if (next < 0)
                {
                    j = line.Length;
                    break;
                }

                j += next;
#endif
                char c = line[j];

                // One look at a table for most characters: only the ASCII ones it marks need more.
                if (c < 128 && classes[c] != Plain)
                {
                    if (classes[c] != Special) break; // a blank, a brace, '"', '!' or '#'
                    if (c == '\\' && j + 1 < line.Length && (line[j + 1] == '#' || line[j + 1] == '!'))
                    {
                        flags |= TokenFlags.Escaped;
                        j += 2;
                        continue;
                    }

                    if (c == '$') flags |= TokenFlags.Variable;
                }

                j++;
            }

            tokens.Add(new TokenRecord(i, j - i, flags));
            return j;
        }

        private static int SkipBlanks(ReadOnlySpan<char> line, int i)
        {
#if !NETSTANDARD2_0
            // Spaces and tabs (an indentation) a vector at a time; the rarer blanks one by one below.
            int next = line.Slice(Math.Min(i, line.Length)).IndexOfAnyExcept(' ', '\t');
            i = next < 0 ? Math.Max(i, line.Length) : i + next;
#endif
            while (i < line.Length && IsBlank(line[i])) i++;
            return i;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static bool IsBlank(char c) => c < 128 && CharClasses[c] == Blank;

        // What a character is to the scanner, for ASCII (every other character is part of a plain word).
        private const byte Plain = 0, Blank = 1, Ends = 2, Special = 3;

        /// <summary>
        /// By ASCII code: <see cref="Blank"/> for space, tab, form feed, vertical tab, carriage return and line feed;
        /// <see cref="Ends"/> for what else ends a plain word (braces, <c>"</c>, <c>!</c>, <c>#</c>); <see cref="Special"/>
        /// for <c>\</c> and <c>$</c>, which a plain word may hold and which mark it.
        /// </summary>
        private static readonly byte[] CharClasses = MakeCharClasses();

#if !NETSTANDARD2_0
        /// <summary>The characters <see cref="CharClasses"/> does not class as plain.</summary>
        private static readonly System.Buffers.SearchValues<char> NotPlain = System.Buffers.SearchValues.Create(" \t\f\v\r\n{}\"!#\\$");
#endif

        private static byte[] MakeCharClasses()
        {
            var classes = new byte[128];
            foreach (char c in " \t\f\v\r\n") classes[c] = Blank;
            foreach (char c in "{}\"!#") classes[c] = Ends;
            classes['\\'] = Special;
            classes['$'] = Special;
            return classes;
        }

        public override string Decode(ReadOnlySpan<char> raw, TokenFlags flags)
        {
            if ((flags & TokenFlags.DoubleQuoted) != 0)
            {
                int end = raw.Length > 1 && raw[raw.Length - 1] == '"' && (flags & TokenFlags.Malformed) == 0 ? raw.Length - 1 : raw.Length;
                return raw.Slice(1, end - 1).ToString();
            }

            if ((flags & TokenFlags.Escaped) == 0) return raw.ToString();
            var builder = new StringBuilder(raw.Length);
            for (int i = 0; i < raw.Length; i++)
            {
                if (raw[i] == '\\' && i + 1 < raw.Length && (raw[i + 1] == '#' || raw[i + 1] == '!')) i++;
                builder.Append(raw[i]);
            }

            return builder.ToString();
        }

        public override string Quote(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            if (value.IndexOf('"') >= 0 || value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0 || value.IndexOf('\0') >= 0)
            {
                throw new ArgumentException("keepalived cannot read back a value holding a double quote, a line break or a NUL.", nameof(value));
            }

            if (value.Length == 0) return "\"\"";
            bool needsQuotes = false;
            foreach (char c in value)
            {
                if (IsBlank(c) || c == '{' || c == '}' || c == '!' || c == '#') needsQuotes = true;
            }

            if (!needsQuotes) return value;
            if (value[value.Length - 1] == '\\') throw new ArgumentException("keepalived cannot read back a quoted value ending in a backslash.", nameof(value));
            return "\"" + value + "\"";
        }
    }
}
