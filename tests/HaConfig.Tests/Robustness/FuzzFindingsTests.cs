using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using FluentAssertions;
using HaConfig.Conversion;
using HaConfig.Fuzz;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Topology;
using Xunit;

namespace HaConfig.Tests.Robustness
{
    /// <summary>
    /// What the long-run fuzzer (tests/HaConfig.Fuzz) found, shrunk, each kept as a regression test: the input runs
    /// through its target again, and the behaviour that was wrong is asserted directly.
    /// </summary>
    public class FuzzFindingsTests
    {
        public static TheoryData<string, string> Findings() => new()
        {
            { "json", "{\"format\": \"haproxy\", \"sections\": [{\"section\": \"\\ud800\"}]}" },
            { "yaml", "  - [a\nk" },
            { "yaml", "!!] :" },
            { "keepalived", "r{\"\"{}r{}r{\n~SEQ(\r)}r{}r{}r{}r{}r{}r{}r{}}" },
            { "topology", ": {\nh" },
            { "topology", ": \n : 1" },
            { "haproxy", "global\r0\n.if\n.if \n.endif\n.endif\n" },
            { "haproxy", "#\ry\n" },
            { "haproxy", "global\n.if\n.endif#\r2\n" },
            { "keepalived", "!\r" },
            { "haproxy", "defaults \\n$\n" },
            { "keepalived", "{\n@ $O=\\\n0" },
            { "haproxy", "global\n.if \n.endif\nt \"$\r\"\"\"\n" },
            { "haproxy", "    global\n    .if feature(T 1\n    .endif\n us.\n       \\tect \"${HAPROXY5s}\"\n        t \"${HAPROXY_TETIMEOUT-5s}\"\n         bind \"fd@${fe1h2}\"\n\t}\n\n" },
            { "haproxy", "global\t\\\0\n" },
            { "haproxy", ".if \n.endif\ndefaults t \"$'\"\"\"\n" },
            { "haproxy", "global\n\tmaxc \"thist\"\n\tset}\n\"\\n\\r\\n\"\n005\n\n" },
            { "haproxy", "defaults\tt \"$\r\"\"\"\n" },
            { "keepalived", "t{\"\"{}}v{s{~LST()}s{}}" },
            { "keepalived", "s{\n@ r{K{}}}" },
            { "keepalived", "s{\n@ n}" },
            { "keepalived", "s{~LST()}" },
            { "keepalived", "include b{1{}\n}" },
            { "keepalived", "1{\"\"}1{A\"\r\"\"\"}2{s{}}" },
            { "keepalived", "s{n{}}3{r{T{l{}}}}0{0{include T{l{}}}}" },
            { "keepalived", "s{n{}\"\\\"\"}" },
            { "keepalived", "1{s{}include t{}}" },
            { "keepalived", "0{0{K{}}0{K{}}0{~LST() w{}}0{C{}}0{g{}}0{K{}}e{K{}}0{K{}}0{g{}}}" },
            { "keepalived", "@\n){}" },
            { "keepalived", "~SEQ()~SEQ()~SEQ()" },
            { "keepalived", "k{k{t\"\r\"}s{}}" },
            { "keepalived", "1{p{}s{\n@ }}\n3{s{}}" },
            { "keepalived", "s{_{s{}}\n@ K}" },
            { "keepalived", "curl x" + string.Concat(Enumerable.Repeat(" || errorExit \"Error GET https://localhost:${APISERVER_DEST_POR", 2000)) + "\n" },
        };

        [Theory]
        [MemberData(nameof(Findings))]
        public void Fuzz_finding_no_longer_breaks_its_target(string target, string input)
        {
            FuzzTarget.Find(target)!.Run(Encoding.UTF8.GetBytes(input));
        }

        [Fact]
        public void A_json_string_with_an_unpaired_surrogate_escape_is_refused_with_its_position()
        {
            var refused = FluentActions.Invoking(() => ConfigConverter.FromDocument("{\"format\":\n  \"\\ud800\"}", DocumentFormat.Json))
                .Should().Throw<ConversionException>().Which;

            refused.Message.Should().Contain("unpaired UTF-16 surrogate");
            (refused.Line, refused.Column).Should().Be((2, 3));
        }

        [Theory]
        [InlineData("  - [a\nk")]
        [InlineData("!!] :")]
        public void Yaml_that_trips_the_yaml_library_is_refused_as_malformed(string yaml)
        {
            FluentActions.Invoking(() => ConfigConverter.FromDocument(yaml, DocumentFormat.Yaml))
                .Should().Throw<ConversionException>().WithMessage("malformed YAML: *");
        }

        [Theory]
        [InlineData(": {\nh")]
        [InlineData(": \n : 1")]
        public void Topology_yaml_that_trips_the_yaml_library_is_a_topology_error(string yaml)
        {
            FluentActions.Invoking(() => HaPairTopologyYaml.Parse(yaml))
                .Should().Throw<HaPairTopologyYamlException>().Which.Line.Should().BePositive();
        }

        [Theory]
        [InlineData("global\r0\n", "#0")]
        [InlineData("#\ry\n", "# y")]
        public void A_carriage_return_in_a_haproxy_comment_converts_to_a_document_that_reads_back(string text, string comment)
        {
            var config = HAProxyConfig.Parse(text);
            string yaml = ConfigConverter.ToDocument(config, DocumentFormat.Yaml);

            yaml.Should().Contain(comment);
            HAProxyConfig.Parse(ConfigConverter.FromDocument(yaml, DocumentFormat.Yaml).Text).Lines[0].Comment.Should().Be(comment);
        }

        [Fact]
        public void A_carriage_return_in_a_keepalived_comment_converts_to_a_document_that_reads_back()
        {
            string json = ConfigConverter.ToDocument(KeepalivedConfig.Parse("! a\rb\n"), DocumentFormat.Json);

            ConfigConverter.FromDocument(json, DocumentFormat.Json).Text.Should().Be("! a b\n");
        }

        [Fact]
        public void A_keepalived_condition_or_sequence_with_no_statement_after_it_is_kept_by_conversion()
        {
            string yaml = ConfigConverter.ToDocument(KeepalivedConfig.Parse("s {\n@ }\n~SEQ(i,1,2)\n"), DocumentFormat.Yaml);

            ConfigConverter.FromDocument(yaml, DocumentFormat.Yaml).Text.Should().Be("s {\n    @\n}\n~SEQ(i,1,2)\n");
        }

        [Fact]
        public void A_keepalived_keyword_that_would_change_meaning_at_the_start_of_a_line_is_quoted()
        {
            string yaml = ConfigConverter.ToDocument(KeepalivedConfig.Parse("s { ~LST(a,b) }\nt { @x }\nu { include a.conf }\n"), DocumentFormat.Yaml);

            ConfigConverter.FromDocument(yaml, DocumentFormat.Yaml).Text.Should().Be("s {\n    \"~LST(a,b)\"\n}\nt {\n    \"@x\"\n}\nu {\n    \"include\" a.conf\n}\n");
        }

        [Fact]
        public void A_keepalived_keyword_no_quoting_can_hold_is_refused_with_its_position()
        {
            var refused = FluentActions.Invoking(() => ConfigConverter.ToDocument(KeepalivedConfig.Parse("s {\n  \"\\\"\"\n}\n"), DocumentFormat.Json))
                .Should().Throw<ConversionException>().Which;

            (refused.Line, refused.Column).Should().Be((2, 3));
        }

        [Fact]
        public void Formatting_keeps_the_equals_and_backslash_of_a_conditional_definition_continued_on_the_next_line()
        {
            KeepalivedConfig.Parse("{\n@ $O=\\\n0\n").ToFormattedString().Should().Be("{\n    @ $O=\\\n0\n");
        }

        /// <summary>
        /// Seed 4pTAZlp9Pfx1: lines ending with a stray CR (kept, and ended with CRLF) outnumbered the others once the blank
        /// lines were collapsed, so formatting the formatted text chose CRLF where the first pass chose LF.
        /// </summary>
        [Theory]
        [InlineData("global\n\n\n\n\n    x\r\r\n    y\r\r\n    z\r\r\n")]
        public void Formatting_formatted_haproxy_text_changes_nothing_when_lines_end_with_a_stray_carriage_return(string text)
        {
            string once = HAProxyConfig.Parse(text).ToFormattedString();

            HAProxyConfig.Parse(once).ToFormattedString().Should().Be(once);
        }

        [Fact]
        public void A_haproxy_word_with_a_line_feed_and_a_variable_converts_to_a_document_that_reads_back()
        {
            var config = HAProxyConfig.Parse("defaults \\n$\n");
            string json = ConfigConverter.ToDocument(config, DocumentFormat.Json);

            var back = HAProxyConfig.Parse(ConfigConverter.FromDocument(json, DocumentFormat.Json).Text);
            back.HasErrors.Should().BeFalse();
            back.Lines[0].GetValue(1).Should().Be(config.Lines[0].GetValue(1));
        }

        [Theory]
        [InlineData("\tect")]
        [InlineData("a\rb")]
        [InlineData(" lead")]
        [InlineData("\n\r\n")]
        public void Yaml_documents_keep_words_with_tabs_carriage_returns_and_edge_spaces(string word)
        {
            var config = HAProxyConfig.Parse("global\n    " + HaConfig.HAProxy.Syntax.HAProxyLexer.Instance.Quote(word) + "\n");
            string yaml = ConfigConverter.ToDocument(config, DocumentFormat.Yaml);

            HAProxyConfig.Parse(ConfigConverter.FromDocument(yaml, DocumentFormat.Yaml).Text).Lines[1].GetValue(0).Should().Be(word);
        }

        [Theory]
        [InlineData("x${APISERVER_DEST_POR ")]
        [InlineData("${")]
        public void Expanding_a_megabyte_line_of_unclosed_or_far_closed_variables_is_not_quadratic(string repeated)
        {
            // Both took seconds per 100 KB and grew with its square: every "${" searched for its '}' again and copied the
            // text up to it. 60 s guards against a hang only; the old code needed hours for this.
            string text = "$A=1\nx " + string.Concat(Enumerable.Repeat(repeated, 1_000_000 / repeated.Length)) + "} ${A}\n";
            var config = KeepalivedConfig.Parse(text, "k.conf", new HaConfigLimits { MaxLineLength = 2_000_000 });
            var watch = Stopwatch.StartNew();

            string expanded = KeepalivedExpansion.Expand(config).Text;

            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
            expanded.Should().EndWith("} 1\n");
        }

        [Theory]
        [InlineData("${A}", "1")]
        [InlineData("${ A }", "1")]
        [InlineData("${A B}", "1")]
        [InlineData("${A\u00a0}", "1")]
        [InlineData("${A\u00a0x}", "${A\u00a0x}")]
        [InlineData("${AA}", "${AA}")]
        [InlineData("${LONGER_THAN_ANY_NAME}", "${LONGER_THAN_ANY_NAME}")]
        public void A_braced_variable_is_the_first_word_of_its_trimmed_text(string reference, string expected)
        {
            var config = KeepalivedConfig.Parse("$A=1\nx " + reference + "\n", "k.conf");

            KeepalivedExpansion.Expand(config).Text.Should().Be("x " + expected + "\n");
        }
    }
}
