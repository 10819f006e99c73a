using System;
using FluentAssertions;
using HaConfig.HAProxy;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyAddressTests
    {
        public static TheoryData<string, string?, string, int?> HostAndPort() => new()
        {
            { "192.168.0.11:6443", null, "192.168.0.11", 6443 },
            { "10.0.0.1", null, "10.0.0.1", null },
            { "*:80", null, "*", 80 },
            { ":80", null, "", 80 },
            { "[::1]:8080", null, "::1", 8080 },
            { "[2001:db8::1]", null, "2001:db8::1", null },
            { ":::80", null, "::", 80 },
            { "ipv6@::1:8003", "ipv6", "::1", 8003 },
            { "ipv4@127.0.0.1:80", "ipv4", "127.0.0.1", 80 },
            { "quic4@0.0.0.0:443", "quic4", "0.0.0.0", 443 },
            { "app.example.com:8080", null, "app.example.com", 8080 },
            { "unix@/var/run/haproxy.sock", "unix", "/var/run/haproxy.sock", null },
            { "abns@my-socket", "abns", "my-socket", null },
            { "fd@${fe}", "fd", "${fe}", null },
            { "/var/run/api.sock", null, "/var/run/api.sock", null },
            { "${s1_addr}:${s1_port}", null, "${s1_addr}", null },
        };

        [Theory]
        [MemberData(nameof(HostAndPort))]
        public void Every_address_form_yields_its_prefix_host_and_port(string text, string? prefix, string host, int? port)
        {
            var address = HAProxyAddress.Parse(text);

            address.Prefix.Should().Be(prefix);
            address.Host.Should().Be(host);
            address.Port.Should().Be(port);
            address.ToString().Should().Be(text);
        }

        [Fact]
        public void Unix_paths_and_prefixed_sockets_are_unix_sockets()
        {
            HAProxyAddress.Parse("/run/haproxy/admin.sock").IsUnixSocket.Should().BeTrue();
            HAProxyAddress.Parse("unix@/run/a.sock").IsUnixSocket.Should().BeTrue();
            HAProxyAddress.Parse("abns@x").IsAbstractSocket.Should().BeTrue();
            HAProxyAddress.Parse("fd@3").IsFileDescriptor.Should().BeTrue();
            HAProxyAddress.Parse("127.0.0.1:80").IsUnixSocket.Should().BeFalse();
        }

        [Theory]
        [InlineData("*:80")]
        [InlineData(":80")]
        [InlineData("0.0.0.0:80")]
        [InlineData(":::80")]
        public void Wildcard_hosts_are_recognised(string text)
        {
            HAProxyAddress.Parse(text).IsWildcard.Should().BeTrue();
        }

        [Fact]
        public void Ipv6_hosts_are_recognised_with_and_without_brackets()
        {
            HAProxyAddress.Parse("[::1]:80").IsIPv6.Should().BeTrue();
            HAProxyAddress.Parse("[::1]:80").IsBracketed.Should().BeTrue();
            HAProxyAddress.Parse("ipv6@::1:8003").IsIPv6.Should().BeTrue();
            HAProxyAddress.Parse("10.0.0.1:80").IsIPv6.Should().BeFalse();
        }

        [Fact]
        public void A_port_range_gives_its_bounds()
        {
            var address = HAProxyAddress.Parse("10.0.0.1:8000-8010");

            address.Port.Should().Be(8000);
            address.PortEnd.Should().Be(8010);
            address.IsPortRange.Should().BeTrue();
        }

        [Theory]
        [InlineData("10.0.0.1:+1000", 1000)]
        [InlineData("10.0.0.1:-10", -10)]
        public void A_port_offset_is_kept_signed(string text, int offset)
        {
            var address = HAProxyAddress.Parse(text);

            address.PortOffset.Should().Be(offset);
            address.Port.Should().BeNull();
        }

        [Fact]
        public void A_colon_without_port_keeps_an_empty_port_part()
        {
            var address = HAProxyAddress.Parse("10.0.0.1:");

            address.HasPort.Should().BeTrue();
            address.PortText.Should().BeEmpty();
            address.Port.Should().BeNull();
        }

        [Fact]
        public void Environment_variables_are_kept_as_written()
        {
            var address = HAProxyAddress.Parse("${HOST1_ADDRESS}:${APISERVER_SRC_PORT}");

            address.ContainsVariables.Should().BeTrue();
            address.PortText.Should().Be("${APISERVER_SRC_PORT}");
        }

        [Theory]
        [InlineData("10.0.0.1:http")]
        [InlineData("10.0.0.1:70000")]
        [InlineData("10.0.0.1:90-80")]
        [InlineData("[::1:80")]
        [InlineData("[::1]80")]
        public void Malformed_addresses_are_rejected(string text)
        {
            HAProxyAddress.TryParse(text, out _, out string? error).Should().BeFalse();
            error.Should().NotBeNullOrEmpty();
            FluentActions.Invoking(() => HAProxyAddress.Parse(text)).Should().Throw<FormatException>();
        }

        [Fact]
        public void A_bind_word_splits_into_its_comma_separated_addresses()
        {
            var list = HAProxyAddress.ParseList("10.0.0.1:80,[::1]:80,unix@/run/x.sock");

            list.Should().HaveCount(3);
            list[0].Port.Should().Be(80);
            list[1].IsIPv6.Should().BeTrue();
            list[2].IsUnixSocket.Should().BeTrue();
        }

        [Fact]
        public void Format_brackets_ipv6_hosts_with_a_port()
        {
            HAProxyAddress.Format("::1", 80).Should().Be("[::1]:80");
            HAProxyAddress.Format("10.0.0.1", 80).Should().Be("10.0.0.1:80");
            HAProxyAddress.Format("10.0.0.1", null).Should().Be("10.0.0.1");
        }
    }
}
