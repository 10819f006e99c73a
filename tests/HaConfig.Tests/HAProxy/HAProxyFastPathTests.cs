using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    /// <summary>
    /// The rules' allocation-free readers give what the model's full readers give: the ACL names of a condition, a
    /// rule's action, an option's name, the text prefilter of a line and the searches of its words.
    /// </summary>
    public class HAProxyFastPathTests
    {
        public static TheoryData<string> HAProxyFiles() => Corpus.Theory("haproxy", ".cfg");

        [Theory]
        [InlineData("use_backend b if a1 a2 or !a3 || ! a4")]
        [InlineData("use_backend b if { path_beg /x } !{ src 10.0.0.0/8 } a1 a1")]
        [InlineData("use_backend b unless ! { hdr(host) -i x } a2 !")]
        [InlineData("use_backend b if \"\" a1 '!a2' !!a3 ! ! a4")]
        [InlineData("use_backend b if { unterminated a1")]
        [InlineData("http-request deny if")]
        [InlineData("http-request deny if or || a1 !")]
        [InlineData("http-request track-sc0 src table t if \"i\"f")]
        [InlineData("server s 10.0.0.1:80 \"cookie\" c track 'b/s' re\\solvers dns")]
        public void Acl_names_read_from_words_match_the_parsed_condition(string text)
        {
            var config = HAProxyConfig.Parse("frontend f\n    " + text + "\n");
            AssertSameReads(config);
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Every_corpus_line_reads_the_same_through_the_fast_paths(string file)
        {
            AssertSameReads(HAProxyConfig.Parse(Corpus.ReadText(file), file));
        }

        private static void AssertSameReads(HAProxyConfig config)
        {
            var names = new List<string>();
            foreach (var directive in config.Sections.SelectMany(s => s.Directives))
            {
                var line = directive.Line;
                var values = line.Tokens.Select(t => t.Value).ToList();
                foreach (var word in new[] { "if", "unless", "cookie", "track", "resolvers", "$", "(" })
                {
                    if (values.Any(v => v.Contains(word))) line.Search.MayContain(word).Should().BeTrue($"'{word}' is in '{line.Text}'");
                }

                var words = line.Words;
                foreach (var word in new[] { "cookie", "track", "resolvers", "if" })
                {
                    words.IndexOf(1, word).Should().Be(values.FindIndex(1, v => v == word), line.Text);
                    words.IndexOfStartingWith(1, word).Should().Be(values.FindIndex(1, v => v.StartsWith(word, System.StringComparison.Ordinal)), line.Text);
                }

                words.IndexOfStartingWith(1, "track-sc").Should().Be(values.FindIndex(1, v => v.StartsWith("track-sc", System.StringComparison.Ordinal)), line.Text);
                int at = RuleCondition.FindStart(line, 1);
                at.Should().Be(values.FindIndex(1, v => v is "if" or "unless"), line.Text);
                if (at >= 0)
                {
                    names.Clear();
                    RuleCondition.ReadAclNames(line, at, names);
                    names.Should().Equal(RuleCondition.Read(line, at).AclNames, line.Text);
                }

                if (directive is RuleDirective rule) rule.ActionSpan.ToString().Should().Be(rule.Action ?? string.Empty, line.Text);
                if (directive is OptionDirective option) option.NameSpan.ToString().Should().Be(option.Name, line.Text);
            }
        }
    }
}
