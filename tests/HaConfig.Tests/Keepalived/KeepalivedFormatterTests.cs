using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.Keepalived
{
    public class KeepalivedFormatterTests
    {
        public static TheoryData<string> KeepalivedFiles() => Corpus.Theory("keepalived");

        [Fact]
        public void Formatting_indents_by_brace_depth_and_keeps_braces_where_they_are()
        {
            const string text = "vrrp_instance VI_1 {\n\tstate   MASTER   ! primary  \n  virtual_ipaddress { 10.0.0.1/24 }\n\n\n  authentication\n{\nauth_pass  42\n}\n   }\n";

            KeepalivedConfig.Parse(text).ToFormattedString().Should().Be(
                "vrrp_instance VI_1 {\n    state MASTER ! primary\n    virtual_ipaddress { 10.0.0.1/24 }\n\n    authentication\n    {\n        auth_pass 42\n    }\n}\n");
        }

        [Fact]
        public void Definitions_are_copied_verbatim()
        {
            const string text = "$IF=eth0   \n$MULTI= \\\n  a \\\n  b\nvrrp_instance X {\n interface $IF\n}\n";

            KeepalivedConfig.Parse(text).ToFormattedString().Should().Be("$IF=eth0   \n$MULTI= \\\n  a \\\n  b\nvrrp_instance X {\n    interface $IF\n}\n");
        }

        [Fact]
        public void A_conditional_definition_keeps_its_equals_sign_and_its_value()
        {
            // Found by the grammar fuzz property (CsCheck seed 6LQXS-4QV6W1): the '=' between the name and the value is
            // not a word, and was dropped when words were re-joined with single spaces.
            KeepalivedConfig.Parse("  @main $X=1   virtual_router_id\n").ToFormattedString().Should().Be("@main $X=1   virtual_router_id\n");
        }

        [SkippableTheory]
        [MemberData(nameof(KeepalivedFiles))]
        public void Formatting_the_corpus_keeps_every_word_and_is_idempotent(string file)
        {
            var original = KeepalivedConfig.Parse(Corpus.ReadText(file), file);
            string formatted = original.ToFormattedString();
            var reparsed = KeepalivedConfig.Parse(formatted, file);

            Words(reparsed).Should().Equal(Words(original));
            reparsed.ToFormattedString().Should().Be(formatted);
        }

        private static List<string> Words(KeepalivedConfig config) =>
            config.Lines.Where(l => l.Kind != KeepalivedLineKind.Blank)
                .Select(l => l.Kind + ":" + string.Join("\u0001", l.Tokens.Select(t => t.Value)) + "|" + l.Comment?.TrimEnd())
                .ToList();
    }
}
