using System;
using FluentAssertions;
using HaConfig.Tests.Infrastructure;
using HaConfig.Topology;
using Xunit;

namespace HaConfig.Tests.Building
{
    public class TopologyYamlTests
    {
        [Fact]
        public void Topology_yaml_matches_the_golden_file()
        {
            Golden.Match("topology-kubeadm.yaml", HaPairTopologyYaml.Serialize(KubeadmTopology.Create()));
        }

        [Fact]
        public void Topology_survives_a_yaml_round_trip()
        {
            var original = KubeadmTopology.Create();
            original.AuthPass = "k@l!v#1 x";
            original.PrefixLength = 24;
            original.Unicast = true;
            original.HealthCheck.Interval = TimeSpan.FromMilliseconds(1500);
            original.Backends[2].Port = 8443;
            string yaml = HaPairTopologyYaml.Serialize(original);
            var read = HaPairTopologyYaml.Parse(yaml);
            HaPairTopologyYaml.Serialize(read).Should().Be(yaml);
            read.AuthPass.Should().Be("k@l!v#1 x");
            read.HealthCheck.Interval.Should().Be(TimeSpan.FromMilliseconds(1500));
            read.Backends[2].Port.Should().Be(8443);
            read.Render("lb2").Keepalived.ToString().Should().Be(original.Render("lb2").Keepalived.ToString());
        }

        [Fact]
        public void Malformed_yaml_reports_line_and_column()
        {
            var act = () => HaPairTopologyYaml.Parse("vip: 192.168.0.100\nnodes: [\n  {name: lb1\n");
            var error = act.Should().Throw<HaPairTopologyYamlException>().Which;
            error.Line.Should().BeGreaterThan(1);
            error.Column.Should().BeGreaterThan(0);
            error.Message.Should().StartWith($"({error.Line},{error.Column}): ");
        }

        [Fact]
        public void An_unknown_key_is_reported_where_it_is()
        {
            string yaml = HaPairTopologyYaml.Serialize(KubeadmTopology.Create()).Replace("unicast: false", "unicats: false");
            var error = FluentActions.Invoking(() => HaPairTopologyYaml.Parse(yaml)).Should().Throw<HaPairTopologyYamlException>().Which;
            error.Reason.Should().Be("unknown key 'unicats'.");
            error.Line.Should().Be(Array.FindIndex(yaml.Split('\n'), l => l.StartsWith("unicats", StringComparison.Ordinal)) + 1);
        }

        [Fact]
        public void A_bad_value_names_the_key_and_its_position()
        {
            var error = FluentActions.Invoking(() => HaPairTopologyYaml.Parse("vip: 192.168.0.300\n")).Should().Throw<HaPairTopologyYamlException>().Which;
            error.Reason.Should().Contain("'vip' must be an IP address");
            (error.Line, error.Column).Should().Be((1L, 6L));
        }

        [Theory]
        [InlineData("vip: !!binary aGVsbG8=\n", "tags are not allowed")]
        [InlineData("a: &x 1\nb: *x\n", "anchors are not allowed")]
        [InlineData("vip: !custom 1.2.3.4\n", "tags are not allowed")]
        public void Tags_anchors_and_aliases_are_refused(string yaml, string reason)
        {
            FluentActions.Invoking(() => HaPairTopologyYaml.Parse(yaml)).Should().Throw<HaPairTopologyYamlException>().Which.Reason.Should().Contain(reason);
        }

        [Fact]
        public void Oversized_input_is_refused_before_parsing()
        {
            string yaml = "name: x\n" + new string('#', HaPairTopologyYaml.MaxLength);
            FluentActions.Invoking(() => HaPairTopologyYaml.Parse(yaml)).Should().Throw<HaPairTopologyYamlException>().Which.Reason.Should().Contain("larger than");
        }

        [Fact]
        public void A_missing_required_key_is_reported()
        {
            FluentActions.Invoking(() => HaPairTopologyYaml.Parse("vip: 10.0.0.1\n")).Should().Throw<HaPairTopologyYamlException>().Which.Reason.Should().Be("key 'authPass' is required.");
        }
    }
}
