using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;
using Xunit;

namespace HaConfig.Tests.Keepalived
{
    public class KeepalivedSyntaxTests
    {
        private static string[] Values(string line) => KeepalivedConfig.Parse(line).Lines[0].Tokens.Select(t => t.Value).ToArray();

        [Fact]
        public void Bang_and_hash_start_a_comment_anywhere_outside_quotes()
        {
            var line = KeepalivedConfig.Parse("auth_pass k@l!ve1\n").Lines[0];

            line.Tokens.Select(t => t.Value).Should().Equal("auth_pass", "k@l");
            line.Comment.Should().Be("!ve1");
            Values("interface eth0#x").Should().Equal("interface", "eth0");
        }

        [Fact]
        public void Comment_characters_inside_double_quotes_are_kept()
        {
            Values("script \"/bin/check # now!\"").Should().Equal("script", "/bin/check # now!");
        }

        [Fact]
        public void Escaped_hash_and_bang_are_literal()
        {
            Values(@"auth_pass a\#b\!c").Should().Equal("auth_pass", "a#b!c");
        }

        [Fact]
        public void Single_quotes_are_ordinary_characters()
        {
            Values("notify 'a#b'").Should().Equal("notify", "'a");
        }

        [Fact]
        public void A_quote_inside_a_word_ends_the_word()
        {
            Values("abc\"d e\"").Should().Equal("abc", "d e");
        }

        [Fact]
        public void Braces_are_words_of_their_own_outside_quotes()
        {
            Values("a{b}").Should().Equal("a", "{", "b", "}");
            Values("x \"{y}\"").Should().Equal("x", "{y}");
        }

        [Fact]
        public void An_unterminated_quote_is_HA0001_not_an_exception()
        {
            var config = KeepalivedConfig.Parse("script \"/bin/x\n");

            config.Diagnostics.Select(d => d.Id).Should().Contain("HA0001");
        }

        [Fact]
        public void A_line_over_1023_bytes_is_reported()
        {
            var config = KeepalivedConfig.Parse("router_id " + new string('x', 1100) + "\n");

            config.Diagnostics.Select(d => d.Id).Should().Equal("HA0022");
        }

        [Fact]
        public void A_missing_final_newline_is_fine_for_keepalived()
        {
            var config = KeepalivedConfig.Parse("global_defs {\n  router_id a\n}");

            config.Diagnostics.Should().BeEmpty();
            config.ToString().Should().Be("global_defs {\n  router_id a\n}");
        }

        [Fact]
        public void Crlf_lines_parse_and_round_trip()
        {
            const string text = "global_defs {\r\n  router_id a\r\n}\r\n";
            var config = KeepalivedConfig.Parse(text);

            config.GlobalDefs!.RouterId.Should().Be("a");
            config.ToString().Should().Be(text);
        }

        [Theory]
        [InlineData("$VIP=10.0.0.1", KeepalivedLineKind.Definition)]
        [InlineData("@main priority 200", KeepalivedLineKind.Conditional)]
        [InlineData("@^main priority 100", KeepalivedLineKind.Conditional)]
        [InlineData("~SEQ(i, 1, 3) 10.0.0.$i", KeepalivedLineKind.Sequence)]
        [InlineData("~LST(n, a, b) track_$n", KeepalivedLineKind.Sequence)]
        [InlineData("include /etc/keepalived/*.conf", KeepalivedLineKind.Include)]
        [InlineData("includer sub.conf", KeepalivedLineKind.Include)]
        [InlineData("  } }", KeepalivedLineKind.BraceOnly)]
        [InlineData("  ! note", KeepalivedLineKind.Comment)]
        [InlineData("   ", KeepalivedLineKind.Blank)]
        [InlineData("state MASTER", KeepalivedLineKind.Statement)]
        public void Lines_are_classified_by_kind(string text, KeepalivedLineKind kind)
        {
            KeepalivedConfig.Parse(text + "\n").Lines[0].Kind.Should().Be(kind);
        }

        [Fact]
        public void A_multi_line_definition_continues_until_a_line_without_backslash()
        {
            var config = KeepalivedConfig.Parse("$RS=real_server 1.2.3.4 80 { \\\n  weight 1 \\\n}\nvirtual_server 10.0.0.1 80 {\n$RS\n}\n");

            config.Lines.Take(3).Select(l => l.Kind).Should().Equal(KeepalivedLineKind.Definition, KeepalivedLineKind.DefinitionContinuation, KeepalivedLineKind.DefinitionContinuation);
            config.Lines[3].Kind.Should().Be(KeepalivedLineKind.Statement);
            config.Diagnostics.Should().BeEmpty("braces inside a definition are not block braces");
            config.VirtualServers.Single().Children.Single().Keyword.Should().Be("$RS");
        }

        [Fact]
        public void Editing_a_definition_line_relexes_the_following_lines()
        {
            var config = KeepalivedConfig.Parse("$A=x\n  y }\n");
            config.Diagnostics.Select(d => d.Id).Should().Equal("HA0020");

            config.Lines[0].SetText("$A=x \\");

            config.Lines[1].Kind.Should().Be(KeepalivedLineKind.DefinitionContinuation);
            config.Diagnostics.Should().BeEmpty();
        }

        [Fact]
        public void Conditional_prefix_is_kept_and_the_rest_is_the_statement()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n  @high priority 200\n  @^high priority 100\n}\n");
            var instance = config.VrrpInstances.Single();

            instance.FindAll("priority").Select(s => s.Condition).Should().Equal("@high", "@^high");
            instance.Priority.Should().Be(100);
        }

        [Fact]
        public void Sequence_specification_stays_one_word_before_the_statement()
        {
            var config = KeepalivedConfig.Parse("virtual_ipaddress {\n  ~SEQ(i, 1, 3) 10.0.0.$i/24\n}\n");

            config.Lines[1].Tokens.Select(t => t.Value).Should().Equal("~SEQ(i, 1, 3)", "10.0.0.$i/24");
            ((KeepalivedBlock)config.Statements.Single()).Children.Single().Keyword.Should().Be("10.0.0.$i/24");
        }

        [Fact]
        public void Quote_produces_text_keepalived_reads_back()
        {
            var lexer = KeepalivedLexer.Instance;

            lexer.Quote("plain").Should().Be("plain");
            lexer.Quote("a b").Should().Be("\"a b\"");
            lexer.Quote("x#y").Should().Be("\"x#y\"");
            lexer.Quote("{").Should().Be("\"{\"");
            lexer.Quote(string.Empty).Should().Be("\"\"");
            ((Action)(() => lexer.Quote("a\"b"))).Should().Throw<ArgumentException>();
        }

        [Fact]
        public void An_embedded_nul_is_reported()
        {
            KeepalivedConfig.Parse("router_id a\0b\n").Diagnostics.Select(d => d.Id).Should().Contain("HA0030");
        }
    }
}
