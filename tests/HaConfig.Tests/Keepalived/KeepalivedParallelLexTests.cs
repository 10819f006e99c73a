using System.Linq;
using System.Text;
using CsCheck;
using FluentAssertions;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;
using HaConfig.Syntax;
using HaConfig.Tests.HAProxy;
using HaConfig.Tests.Infrastructure;
using HaConfig.Tests.Robustness;
using Xunit;

namespace HaConfig.Tests.Keepalived
{
    /// <summary>
    /// A large keepalived file is lexed from both ends at once although a definition ending in <c>\</c> continues on the
    /// next line: the back lexes a line only after one without a backslash. Lexed that way, any text must give exactly
    /// the document that lexing line after line gives (records, states, tokens, errors), wherever continued definitions,
    /// backslashes in comments or quotes, and line breaks of every kind fall.
    /// </summary>
    public class KeepalivedParallelLexTests
    {
        public static TheoryData<string> KeepalivedFiles() => Corpus.Theory("keepalived");

        // Lines that continue a definition, that look as if they might (a backslash in a comment, a quote or a word), and
        // ordinary statements, so that a part boundary falls before, inside and after continued definitions.
        private static readonly string[] Lines =
        {
            "$A=1 \\", "$B=x\\", "  continued \\", "  last", "@main $C=2 \\", "$D=$A \\ # c", "$E=\"q \\\" x\" \\", "",
            "vrrp_instance VI_1 {", "}", "    state MASTER", "    auth_pass a\\ b", "# comment \\", "! c \\", "\\", "  \\  ",
            "virtual_ipaddress { 10.0.0.1/24 }", "$F=", "    priority 100 # \\", "~SEQ(i,1,3) x $i \\", "include /etc/k.conf",
        };

        private static readonly Gen<string> ContinuedDefinitions =
            Gen.Select(Gen.OneOf(Lines).Array[1, 60], ParallelLexTests.LineBreaks, Gen.Int[1, 12], Gen.Bool, (lines, newline, repeat, bom) =>
            {
                var text = new StringBuilder(bom ? "\uFEFF" : string.Empty);
                for (int i = 0; i < repeat; i++) text.Append(string.Join(newline, lines)).Append(newline);
                return text.ToString();
            });

        [Fact]
        public void Random_text_lexes_the_same_in_parallel() => FuzzSeeds.RawText.Sample(text => AssertSameBothWays(text), iter: 300, threads: 1);

        [Fact]
        public void Continued_definitions_lex_the_same_in_parallel() => ContinuedDefinitions.Sample(text => AssertSameBothWays(text), iter: 400, threads: 1);

        [Fact]
        public void Text_denser_than_the_token_estimate_lexes_the_same_in_parallel() => ParallelLexTests.DenseText.Sample(text => AssertSameBothWays(text), iter: 200, threads: 1);

        [Theory]
        [InlineData("")]
        [InlineData("\uFEFF")]
        [InlineData("\uFEFF$A=1 \\\n  b\n")]
        [InlineData("$A=1 \\\n")]
        [InlineData("$A=1 \\\n\\\n\\\n")]
        [InlineData("$A=1 \\\r\n  b \\\r\n  c\r\n")]
        [InlineData("$A=1 \\\r  b\n")]
        [InlineData("a\nb")]
        public void Edge_texts_lex_the_same_in_parallel(string text) => AssertSameBothWays(text);

        [Theory]
        [MemberData(nameof(KeepalivedFiles))]
        public void Corpus_files_lex_the_same_in_parallel(string relativePath)
        {
            Corpus.Require();
            AssertSameBothWays(Corpus.ReadText(relativePath));
        }

        [Fact]
        public void A_large_file_with_continued_definitions_is_lexed_in_parallel_without_being_asked()
        {
            var text = new StringBuilder();
            for (int i = 0; text.Length < SyntaxDocument.ParallelLexMinimumLength; i++)
            {
                text.Append("vrrp_instance VI_").Append(i).Append(" {\n    state MASTER\n    virtual_router_id 51\n}\n");
                if (i % 500 == 0) text.Append("$PASS").Append(i).Append("=k@l \\\n    ive \\\n    d\n");
            }

            var automatic = SyntaxDocument.Parse(text.ToString(), null, KeepalivedLexer.Instance);
            ParallelLexTests.Dump(automatic).Should().Be(ParallelLexTests.Dump(SyntaxDocument.Parse(text.ToString(), null, KeepalivedLexer.Instance, inParallel: false)));
        }

        [Fact]
        public void A_document_lexed_in_parallel_takes_edits_like_one_lexed_line_by_line()
        {
            var text = new StringBuilder("$A=1 \\\n    2\n");
            for (int i = 0; i < 200; i++) text.Append("vrrp_instance VI_").Append(i).Append(" {\n    state MASTER\n    priority $A\n}\n");
            var parallel = new KeepalivedConfig(SyntaxDocument.Parse(text.ToString(), null, KeepalivedLexer.Instance, inParallel: true));
            var sequential = new KeepalivedConfig(SyntaxDocument.Parse(text.ToString(), null, KeepalivedLexer.Instance, inParallel: false));

            foreach (var config in new[] { parallel, sequential })
            {
                config.VrrpInstances.ElementAt(150).Find("state")!.SetArgument(0, "BACKUP");
                config.Lines[0].SetText("$A=3 \\");
                config.Lines[config.Lines.Count - 1].Remove();
            }

            parallel.ToString().Should().Be(sequential.ToString());
            ParallelLexTests.Dump(parallel.Document).Should().Be(ParallelLexTests.Dump(sequential.Document));
        }

        private static void AssertSameBothWays(string text) => ParallelLexTests.AssertSameBothWays(text, KeepalivedLexer.Instance);
    }
}
