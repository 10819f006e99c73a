using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyLexerTests
    {
        private static HAProxyLine SingleLine(string text) => HAProxyConfig.Parse("global\n" + text + "\n").Lines[1];

        [Theory]
        [InlineData("log stdout format raw local0", new[] { "log", "stdout", "format", "raw", "local0" })]
        [InlineData("  \tmaxconn\t\t100  ", new[] { "maxconn", "100" })]
        [InlineData("a \"b c\" d", new[] { "a", "b c", "d" })]
        [InlineData("a 'b c' d", new[] { "a", "b c", "d" })]
        [InlineData("\"a b\"'c d'e", new[] { "a bc de" })]
        [InlineData("x \"\" ''", new[] { "x", "", "" })]
        [InlineData("x a\\ b", new[] { "x", "a b" })]
        [InlineData("x \\x41\\x42", new[] { "x", "AB" })]
        [InlineData("x '\\x44'", new[] { "x", "\\x44" })]
        [InlineData("x \"\\d\"", new[] { "x", "\\d" })]
        [InlineData("x a\\qb", new[] { "x", "a\\qb" })]
        [InlineData("x \\#y", new[] { "x", "#y" })]
        [InlineData("x \"\\$HOME\"", new[] { "x", "$HOME" })]
        [InlineData("x \\$HOME", new[] { "x", "\\$HOME" })]
        [InlineData("x \"${VAR}\" ${OTHER}", new[] { "x", "${VAR}", "${OTHER}" })]
        [InlineData("x \"a # b\" 'c # d'", new[] { "x", "a # b", "c # d" })]
        [InlineData("bind 127.0.0.1:8001 \\", new[] { "bind", "127.0.0.1:8001", "\\" })]
        public void Words_decode_as_HAProxy_reads_them(string line, string[] expected)
        {
            SingleLine(line).Tokens.Select(t => t.Value).Should().Equal(expected);
        }

        [Theory]
        [InlineData("frontend fe#x", "frontend fe", "#x")]
        [InlineData("server a 1.2.3.4:80 check # primary", "server a 1.2.3.4:80 check", "# primary")]
        [InlineData("acl a#b", "acl a", "#b")]
        public void Hash_starts_a_comment_anywhere_outside_quotes(string line, string words, string comment)
        {
            var parsed = SingleLine(line);
            string.Join(" ", parsed.Tokens.Select(t => t.Value)).Should().Be(words);
            parsed.Comment.Should().Be(comment);
        }

        [Fact]
        public void Comment_after_a_quoted_value_is_kept()
        {
            var line = SingleLine("  option httpchk GET \"/a b\"   # the check");
            line.Tokens.Last().Value.Should().Be("/a b");
            line.Comment.Should().Be("# the check");
            line.Indentation.Should().Be("  ");
        }

        [Theory]
        [InlineData("", HAProxyLineKind.Blank)]
        [InlineData("   \t", HAProxyLineKind.Blank)]
        [InlineData("  # note", HAProxyLineKind.Comment)]
        [InlineData("maxconn 10", HAProxyLineKind.Directive)]
        [InlineData("backend be", HAProxyLineKind.SectionHeader)]
        [InlineData("\"backend\" be", HAProxyLineKind.SectionHeader)]
        [InlineData(".if defined(X)", HAProxyLineKind.Conditional)]
        [InlineData(".endif", HAProxyLineKind.Conditional)]
        [InlineData(".notice \"hello\"", HAProxyLineKind.Message)]
        [InlineData(".bogus", HAProxyLineKind.UnknownDotDirective)]
        [InlineData("[scope]", HAProxyLineKind.Scope)]
        public void Lines_are_classified(string text, HAProxyLineKind kind)
        {
            HAProxyConfig.Parse("global\n" + text + "\n").Lines[1].Kind.Should().Be(kind);
        }

        [Fact]
        public void Crlf_line_endings_round_trip_and_are_not_part_of_the_words()
        {
            const string text = "global\r\n    maxconn 100\r\n";
            var config = HAProxyConfig.Parse(text);
            config.ToString().Should().Be(text);
            config.Lines[1].Tokens.Select(t => t.Value).Should().Equal("maxconn", "100");
            config.Lines[1].NewLine.Should().Be("\r\n");
            config.Diagnostics.Should().BeEmpty();
        }

        [Theory]
        [InlineData("global\n  maxconn \"10\n", "HA0001", 2, 11)]
        [InlineData("global\n  x \\x4\n", "HA0002", 2, 5)]
        [InlineData("global\n  x a\0b\n", "HA0003", 2, 6)]
        [InlineData("global\n  maxconn 10", "HA0004", 2, 13)]
        [InlineData("maxconn 10\nglobal\n", "HA0005", 1, 1)]
        [InlineData("\uFEFFglobal\n", "HA0008", 1, 1)]
        [InlineData("global\n  maxconn 10\r# x\n", "HA0009", 2, 13)]
        [InlineData("global\n.endif\n", "HA0007", 2, 1)]
        [InlineData("global\n.if 1\n", "HA0007", 2, 1)]
        [InlineData("global\n.if 1\n.else\n.else\n.endif\n", "HA0007", 4, 1)]
        [InlineData("global\n.if 1\n.else\n.elif 1\n.endif\n", "HA0007", 4, 1)]
        [InlineData("global\n.notice hello world\n", "HA0010", 2, 15)]
        [InlineData("global\n.bogus\n", "HA0010", 2, 1)]
        [InlineData("global\n.if 1\n.else x\n.endif\n", "HA0010", 3, 7)]
        public void Syntax_problems_are_diagnostics_with_line_and_column(string text, string id, int line, int column)
        {
            var config = HAProxyConfig.Parse(text, "t.cfg");

            config.ToString().Should().Be(text);
            config.Diagnostics.Should().ContainSingle(d => d.Id == id)
                .Which.Should().Match<HaConfig.Diagnostics.Diagnostic>(d => d.Line == line && d.Column == column && d.Path == "t.cfg");
        }

        [Fact]
        public void More_than_64_words_is_an_error_at_word_65()
        {
            string line = "acl many " + string.Join(" ", Enumerable.Range(1, 70).Select(i => "p" + i));
            var config = HAProxyConfig.Parse("frontend fe\n" + line + "\n");

            var diagnostic = config.Diagnostics.Should().ContainSingle(d => d.Id == "HA0006").Subject;
            diagnostic.Message.Should().Contain("p63");
        }

        [Fact]
        public void Balanced_conditionals_and_messages_are_clean()
        {
            const string text = "global\n.if feature(THREAD)\n    nbthread 2\n.elif defined(X)\n.else\n.endif # done\n.notice \"ok\"\n";
            HAProxyConfig.Parse(text).Diagnostics.Should().BeEmpty();
        }

        [Fact]
        public void Diagnostic_prints_in_the_compiler_format()
        {
            var config = HAProxyConfig.Parse("global\n  maxconn \"10\n", "conf/haproxy.cfg");
            config.Diagnostics[0].ToString().Should().Be("conf/haproxy.cfg(2,11): error HA0001: unmatched quote at position 11");
        }

        [Theory]
        [InlineData("plain")]
        [InlineData("")]
        [InlineData("two words")]
        [InlineData("has#hash")]
        [InlineData("it's")]
        [InlineData("$HOME and 'quotes' \"too\"")]
        [InlineData("back\\slash")]
        [InlineData("tab\there")]
        public void Quoted_values_read_back_unchanged(string value)
        {
            var config = HAProxyConfig.Parse("global\n    description x\n");
            config.Lines[1].SetValue(1, value);

            var reparsed = HAProxyConfig.Parse(config.ToString());
            reparsed.Lines[1].GetValue(1).Should().Be(value);
            reparsed.Lines[1].TokenCount.Should().Be(2);
            reparsed.Diagnostics.Should().BeEmpty();
        }
    }
}
