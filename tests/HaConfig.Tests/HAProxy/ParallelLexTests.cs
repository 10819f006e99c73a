using System;
using System.Linq;
using System.Text;
using CsCheck;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;
using HaConfig.Syntax;
using HaConfig.Tests.Infrastructure;
using HaConfig.Tests.Robustness;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    /// <summary>
    /// A large HAProxy file is lexed from both ends at once, the back's tokens filled in from the end of the token list.
    /// Lexed that way, any text must give exactly the document that lexing line after line gives: the same line records,
    /// tokens and errors, whether the token list's estimate was large enough or the two ends ran out of room.
    /// <see cref="Keepalived.KeepalivedParallelLexTests"/> holds the same for keepalived, whose lexer hands state on.
    /// </summary>
    public class ParallelLexTests
    {
        public static TheoryData<string> HAProxyFiles() => Corpus.Theory("haproxy", ".cfg");

        // Words of one or two characters: several times more tokens than the list's estimate (a word per 6 characters)
        // holds, so the two ends run out of room and the lines between them are lexed afterwards.
        internal static readonly Gen<string> DenseText =
            Gen.Select(Gen.Int[0, 2], Gen.String[Gen.Char["ab"], 1, 2].Array[0, 30], Gen.OneOf(Gen.Const(""), Gen.Const(" \"a b\""), Gen.Const(" # c"), Gen.Const(" 'x")), (indent, words, tail) => new string(' ', indent) + string.Join(" ", words) + tail)
                .Array[0, 400]
                .Select(lines => string.Join("\n", lines));

        internal static readonly Gen<string> LineBreaks = Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"));

        // Grammar lines joined by random line breaks (a lone CR is content, not a break), repeated to several hundred
        // lines, with or without a final break and a byte order mark.
        private static readonly Gen<string> ManyLines =
            Gen.Select(FuzzSeeds.GrammarText.Array[1, 12], LineBreaks, Gen.Bool, Gen.Bool, (parts, newline, bom, trimEnd) =>
            {
                string text = string.Concat(parts).Replace("\n", newline);
                if (trimEnd) text = text.TrimEnd('\n', '\r');
                return (bom ? "\uFEFF" : string.Empty) + text;
            });

        [Fact]
        public void Random_text_lexes_the_same_in_parallel() => FuzzSeeds.RawText.Sample(text => AssertSameBothWays(text), iter: 300, threads: 1);

        [Fact]
        public void Grammar_text_with_any_line_breaks_lexes_the_same_in_parallel() => ManyLines.Sample(text => AssertSameBothWays(text), iter: 300, threads: 1);

        [Fact]
        public void Text_denser_than_the_token_estimate_lexes_the_same_in_parallel() => DenseText.Sample(text => AssertSameBothWays(text), iter: 200, threads: 1);

        [Theory]
        [InlineData("")]
        [InlineData("\uFEFF")]
        [InlineData("\n")]
        [InlineData("\n\n\n")]
        [InlineData("global")]
        [InlineData("global\n")]
        [InlineData("global\r\n    maxconn 1\r\n")]
        [InlineData("a\nb")]
        [InlineData("\r\n\r\n\r")]
        [InlineData("    server s \"unterminated\n    server t 'x\n")]
        public void Edge_texts_lex_the_same_in_parallel(string text) => AssertSameBothWays(text);

        [Theory]
        [MemberData(nameof(HAProxyFiles))]
        public void Corpus_files_lex_the_same_in_parallel(string relativePath)
        {
            Corpus.Require();
            AssertSameBothWays(Corpus.ReadText(relativePath));
        }

        [Fact]
        public void A_document_lexed_in_parallel_takes_edits_like_one_lexed_line_by_line()
        {
            var text = new StringBuilder("global\n    maxconn 100\n\n");
            for (int i = 0; i < 200; i++) text.Append("backend be").Append(i).Append("\n    server s1 10.0.0.1:80 check\n    server s2 10.0.0.2:80 check\n");
            var parallel = new HAProxyConfig(SyntaxDocument.Parse(text.ToString(), null, HAProxyLexer.Instance, inParallel: true));
            var sequential = new HAProxyConfig(SyntaxDocument.Parse(text.ToString(), null, HAProxyLexer.Instance, inParallel: false));

            foreach (var config in new[] { parallel, sequential })
            {
                config.Backends.Last().Servers.First().SetOption("weight", "7");
                config.Backends.First().Add("server", "s3", "10.0.0.3:80");
                config.Lines[1].SetText("    maxconn 200");
                config.Lines[config.Lines.Count - 1].Remove();
            }

            parallel.ToString().Should().Be(sequential.ToString());
            Dump(parallel.Document).Should().Be(Dump(sequential.Document));
        }

        [Fact]
        public void A_large_file_is_lexed_in_parallel_without_being_asked()
        {
            var text = new StringBuilder();
            while (text.Length < SyntaxDocument.ParallelLexMinimumLength) text.Append("backend b\n    server s1 10.0.0.1:80 check inter 2s # comment\n");
            var automatic = SyntaxDocument.Parse(text.ToString(), null, HAProxyLexer.Instance);
            Dump(automatic).Should().Be(Dump(SyntaxDocument.Parse(text.ToString(), null, HAProxyLexer.Instance, inParallel: false)));
        }

        /// <summary>Lexes <paramref name="text"/> line by line and in parallel, with <paramref name="lexer"/> (HAProxy's when null), and compares every record.</summary>
        internal static void AssertSameBothWays(string text, LineLexer? lexer = null)
        {
            lexer ??= HAProxyLexer.Instance;
            var sequential = SyntaxDocument.Parse(text, null, lexer, inParallel: false);
            var parallel = SyntaxDocument.Parse(text, null, lexer, inParallel: true);
            Dump(parallel).Should().Be(Dump(sequential));
            parallel.ToString().Should().Be(text);
        }

        /// <summary>Every line record, token and error of a document, as text.</summary>
        internal static string Dump(SyntaxDocument document)
        {
            var dump = new StringBuilder();
            for (int i = 0; i < document.LineCount; i++)
            {
                ref readonly var line = ref document.GetLine(i);
                dump.Append(i).Append(": start ").Append(line.Start).Append(" length ").Append(line.Length).Append(" newline ").Append(line.NewlineLength)
                    .Append(" kind ").Append(line.Kind).Append(" comment ").Append(line.CommentStart).Append(" id ").Append(line.Id)
                    .Append(" state ").Append(line.LexState).Append(" errors ").Append(line.HasErrors).Append(" |");
                for (int t = 0; t < line.TokenCount; t++)
                {
                    var token = document.GetToken(i, t);
                    dump.Append(' ').Append(token.Start).Append('+').Append(token.Length).Append('/').Append((int)token.Flags);
                }

                foreach (var error in document.GetErrors(i))
                {
                    dump.Append(" !").Append(error.Rule.Id).Append('@').Append(error.Column).Append('+').Append(error.Length).Append(' ').Append(string.Join(",", error.Args));
                }

                dump.Append('\n');
            }

            return dump.ToString();
        }
    }
}
