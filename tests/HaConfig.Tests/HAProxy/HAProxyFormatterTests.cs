using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyFormatterTests
    {
        public static TheoryData<string> HAProxyFiles() => Corpus.Theory("haproxy", ".cfg");

        [Fact]
        public void Formatting_applies_the_documentation_style()
        {
            const string text = "  global\n\tmaxconn   100   #  limit  \n\n\n\n# web tier\n backend web\n# servers\n  server s1 10.0.0.1:80   check\n\n";

            HAProxyConfig.Parse(text).ToFormattedString().Should().Be(
                "global\n    maxconn 100 #  limit\n\n# web tier\nbackend web\n    # servers\n    server s1 10.0.0.1:80 check\n");
        }

        [Fact]
        public void Formatting_keeps_quoting_and_variables_as_written()
        {
            const string text = "frontend f\n  bind \"${ADDR}\":80\n  http-request set-header X 'a b'   \"c\\\"d\"\n";

            HAProxyConfig.Parse(text).ToFormattedString().Should().Be(
                "frontend f\n    bind \"${ADDR}\":80\n    http-request set-header X 'a b' \"c\\\"d\"\n");
        }

        [Fact]
        public void Formatting_adds_the_missing_final_newline_and_keeps_crlf()
        {
            HAProxyConfig.Parse("global\r\n  maxconn 1").ToFormattedString().Should().Be("global\r\n    maxconn 1\r\n");
        }

        [Fact]
        public void Lines_with_lexical_errors_are_copied_unchanged()
        {
            HAProxyConfig.Parse("global\n  description   \"open\n").ToFormattedString().Should().Be("global\n  description   \"open\n");
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Formatting_the_corpus_keeps_every_word_and_comment_and_is_idempotent(string file)
        {
            var original = HAProxyConfig.Parse(Corpus.ReadText(file), file);
            string formatted = original.ToFormattedString();
            var reparsed = HAProxyConfig.Parse(formatted, file);

            Statements(reparsed).Should().Equal(Statements(original));
            reparsed.Sections.Select(s => s.ToString()).Should().Equal(original.Sections.Select(s => s.ToString()));
            reparsed.ToFormattedString().Should().Be(formatted);
        }

        private static List<string> Statements(HAProxyConfig config) =>
            config.Lines.Where(l => l.Kind != HAProxyLineKind.Blank)
                .Select(l => l.Kind + ":" + string.Join("\u0001", l.Tokens.Select(t => t.Value)) + "|" + l.Comment?.TrimEnd())
                .ToList();
    }
}
