using FluentAssertions;
using Xunit;

namespace HaConfig.Analyzers.Tests
{
    public class ConfigFileKindTests
    {
        [Theory]
        [InlineData("/p/haproxy.cfg", ConfigFormat.HAProxy)]
        [InlineData("/p/lb/haproxy-edge.cfg", ConfigFormat.HAProxy)]
        [InlineData(@"C:\p\HAPROXY.CFG", ConfigFormat.HAProxy)]
        [InlineData("/p/keepalived.conf", ConfigFormat.Keepalived)]
        [InlineData("/p/keepalived-node1.conf", ConfigFormat.Keepalived)]
        [InlineData("/p/haproxy.conf", ConfigFormat.Unknown)]
        [InlineData("/p/edge.cfg", ConfigFormat.Unknown)]
        [InlineData("/p/my-haproxy.cfg", ConfigFormat.Unknown)]
        [InlineData("/p/appsettings.json", ConfigFormat.Unknown)]
        [InlineData("", ConfigFormat.Unknown)]
        public void Without_metadata_the_conventional_file_name_decides(string path, ConfigFormat expected) =>
            ConfigFileKind.Classify(path, null).Should().Be(expected);

        [Theory]
        [InlineData("haproxy", ConfigFormat.HAProxy)]
        [InlineData(" Keepalived ", ConfigFormat.Keepalived)]
        [InlineData("none", ConfigFormat.Unknown)]
        [InlineData("nginx", ConfigFormat.Unknown)]
        public void Non_empty_metadata_overrides_the_file_name(string metadata, ConfigFormat expected) =>
            ConfigFileKind.Classify("/p/haproxy.cfg", metadata).Should().Be(expected);

        [Fact]
        public void Empty_metadata_is_the_same_as_none_given() =>
            ConfigFileKind.Classify("/p/keepalived.conf", "  ").Should().Be(ConfigFormat.Keepalived);
    }
}
