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
            { "topology", ": {\nh" },
            { "topology", ": \n : 1" },
            { "haproxy", "global\r0\n.if\n.if \n.endif\n.endif\n" },
            { "haproxy", "#\ry\n" },
            { "haproxy", "global\n.if\n.endif#\r2\n" },
            { "keepalived", "!\r" },
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

        [Fact]
        public void Yaml_that_trips_the_yaml_library_is_refused_as_malformed()
        {
            FluentActions.Invoking(() => ConfigConverter.FromDocument("  - [a\nk", DocumentFormat.Yaml))
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
    }
}
