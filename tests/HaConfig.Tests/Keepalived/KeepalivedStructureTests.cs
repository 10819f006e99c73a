using System;
using System.Linq;
using System.Text;
using FluentAssertions;
using HaConfig.Keepalived;
using Xunit;

namespace HaConfig.Tests.Keepalived
{
    public class KeepalivedStructureTests
    {
        private static string Shape(KeepalivedConfig config)
        {
            var builder = new StringBuilder();
            void Walk(KeepalivedStatement statement)
            {
                builder.Append(string.Join(" ", new[] { statement.Keyword }.Concat(statement.Arguments)));
                if (statement is KeepalivedBlock block)
                {
                    builder.Append(" {");
                    foreach (var child in block.Children) { builder.Append(' '); Walk(child); builder.Append(';'); }
                    builder.Append(" }");
                }
            }

            foreach (var statement in config.Statements) { Walk(statement); builder.Append('\n'); }
            return builder.ToString();
        }

        [Fact]
        public void Brace_on_the_next_line_parses_like_brace_on_the_header_line()
        {
            var sameLine = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n  state MASTER\n}\n");
            var nextLine = KeepalivedConfig.Parse("vrrp_instance VI_1\n{\n  state MASTER\n}\n");

            Shape(nextLine).Should().Be(Shape(sameLine));
            nextLine.VrrpInstances.Single().State.Should().Be("MASTER");
        }

        [Fact]
        public void One_line_block_parses_like_a_multi_line_block()
        {
            var oneLine = KeepalivedConfig.Parse("virtual_ipaddress { 10.0.0.1/24 dev eth0 }\n");
            var lines = KeepalivedConfig.Parse("virtual_ipaddress {\n  10.0.0.1/24 dev eth0\n}\n");

            Shape(oneLine).Should().Be(Shape(lines));
        }

        [Fact]
        public void Random_brace_placements_all_give_the_same_structure()
        {
            string[] words = { "vrrp_instance", "VI_1", "{", "state", "BACKUP", "\n", "virtual_ipaddress", "{", "10.0.0.1/24", "\n", "10.0.0.2/24", "}", "\n", "priority", "90", "\n", "}" };
            string canonical = Shape(KeepalivedConfig.Parse(Render(words, new Random(0), false)));
            var random = new Random(1234);
            for (int run = 0; run < 200; run++)
            {
                string text = Render(words, random, true);
                var config = KeepalivedConfig.Parse(text);

                Shape(config).Should().Be(canonical, text);
                config.Diagnostics.Should().BeEmpty(text);
                config.ToString().Should().Be(text);
            }
        }

        private static string Render(string[] words, Random random, bool shuffleBreaks)
        {
            var builder = new StringBuilder();
            string previous = "\n";
            foreach (var word in words)
            {
                if (word == "\n") { builder.Append('\n'); previous = word; continue; }
                bool brace = word is "{" or "}" || previous is "{" or "}";
                previous = word;
                // Only braces may move across lines: a line break between two words would split the statement.
                string separator = !shuffleBreaks ? " " : random.Next(4) switch { 0 => brace ? "\n" : " ", 1 => "\t", 2 => "  ", _ => brace ? string.Empty : " " };
                if (builder.Length > 0 && builder[builder.Length - 1] != '\n') builder.Append(separator);
                builder.Append(word);
            }

            return builder.Append('\n').ToString();
        }

        [Fact]
        public void An_extra_closing_brace_is_a_diagnostic()
        {
            var config = KeepalivedConfig.Parse("global_defs {\n}\n}\n");

            config.Diagnostics.Select(d => (d.Id, d.Line)).Should().Equal(("HA0020", 3));
        }

        [Fact]
        public void A_missing_closing_brace_is_a_diagnostic_at_the_unclosed_block()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n  virtual_ipaddress {\n    10.0.0.1\n}\n");

            config.Diagnostics.Select(d => (d.Id, d.Line)).Should().Equal(("HA0021", 1));
            config.VrrpInstances.Single().VirtualIpAddresses.Should().HaveCount(1);
        }

        [Fact]
        public void A_hundred_thousand_nested_braces_do_not_overflow_the_stack()
        {
            string text = new string('{', 100_000) + "\n" + new string('}', 100_000) + "\n";

            var config = KeepalivedConfig.Parse(text);

            // Over the default line-length limit: reported (HA0041), not interpreted.
            config.Diagnostics.Select(d => d.Id).Should().Equal("HA0041", "HA0041");
            config.ToString().Should().Be(text);

            // With the limit raised the braces are interpreted; nesting past the depth limit is flattened.
            var raised = KeepalivedConfig.Parse(text, null, new HaConfigLimits { MaxLineLength = 200_000 });
            raised.Diagnostics.Should().OnlyContain(d => d.Id == "HA0031" || d.Id == "HA0022" || d.Id == "HA0042");
            raised.Diagnostics.Should().Contain(d => d.Id == "HA0031").And.ContainSingle(d => d.Id == "HA0042");
            raised.ToString().Should().Be(text);
        }

        [Fact]
        public void A_block_keyword_without_a_brace_is_reported()
        {
            KeepalivedConfig.Parse("vrrp_instance VI_1\nstate MASTER\n").Diagnostics.Select(d => d.Id).Should().Contain("HA0023");
        }

        [Fact]
        public void A_keyword_missing_its_parameter_is_reported()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n  state\n}\n");

            config.Diagnostics.Select(d => (d.Id, d.Line)).Should().Equal(("HA0024", 2));
        }

        [Fact]
        public void Unknown_blocks_and_statements_stay_reachable_as_raw_nodes()
        {
            var config = KeepalivedConfig.Parse("future_block x {\n  future_kw 1 2\n}\n");
            var block = (KeepalivedBlock)config.Statements.Single();

            block.Name.Should().Be("x");
            block.Children.Single().Arguments.Should().Equal("1", "2");
        }
    }
}
