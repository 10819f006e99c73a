using System;
using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.Building
{
    public class BuilderQuotingTests
    {
        [Theory]
        [InlineData("with space")]
        [InlineData("hash#inside")]
        [InlineData("it's")]
        [InlineData("back\\slash")]
        [InlineData("double\"quote")]
        [InlineData("$HOME literal")]
        [InlineData("")]
        public void HAProxy_values_needing_quotes_read_back_unchanged(string value)
        {
            var built = HAProxyConfig.Create()
                .Backend("be", b => b.HttpRequest("set-header", "X-Test", value).Directive("description", value))
                .Build();
            var backend = HAProxyConfig.Parse(built.ToString()).FindBackend("be")!;
            backend.GetRules("http-request").Single().ActionArguments.Should().Equal("X-Test", value);
            backend.Find("description")!.Arguments.Should().Equal(value);
        }

        [Theory]
        [InlineData("k@l!ve1")]
        [InlineData("pa#ss")]
        [InlineData("a b")]
        [InlineData("{x}")]
        public void Keepalived_auth_pass_with_comment_characters_reads_back_intact(string password)
        {
            var built = KeepalivedConfig.Create()
                .VrrpInstance("VI_1", v => v.State(VrrpState.Master).Interface("eth0").VirtualRouterId(51).Priority(100).Authentication(VrrpAuthType.Pass, password))
                .Build();
            built.ToString().Should().Contain("auth_pass \"" + password + "\"");
            KeepalivedConfig.Parse(built.ToString()).FindVrrpInstance("VI_1")!.Authentication!.AuthPass.Should().Be(password);
        }

        [Fact]
        public void Keepalived_script_with_arguments_is_one_quoted_word()
        {
            var built = KeepalivedConfig.Create().VrrpScript("chk", s => s.Script("/usr/bin/killall -0 haproxy").Interval(TimeSpan.FromMilliseconds(1500))).Build();
            built.ToString().Should().Contain("    script \"/usr/bin/killall -0 haproxy\"\n    interval 1.5\n");
            KeepalivedConfig.Parse(built.ToString()).FindVrrpScript("chk")!.Script.Should().Be("/usr/bin/killall -0 haproxy");
        }

        [Fact]
        public void Keepalived_value_keepalived_cannot_read_back_is_refused()
        {
            FluentActions.Invoking(() => KeepalivedConfig.Create().GlobalDefs(g => g.RouterId("a\"b")))
                .Should().Throw<ArgumentException>();
        }

        [SkippableFact]
        public void Keepalived_auth_pass_with_bang_is_read_whole_by_keepalived()
        {
            // Unquoted, keepalived would read "k@l" (the rest is a comment) and still accept the file; quoted it keeps all 7 characters.
            var built = KeepalivedConfig.Create()
                .VrrpInstance("VI_1", v => v.State(VrrpState.Master).Interface("eth0").VirtualRouterId(51).Priority(100)
                    .Authentication(VrrpAuthType.Pass, "k@l!ve1").VirtualIpAddress(System.Net.IPAddress.Parse("10.0.0.1")))
                .Build();
            OracleAssert.KeepalivedAccepts(built.ToString());
        }

        [SkippableFact]
        public void HAProxy_quoted_values_are_accepted_by_haproxy()
        {
            var built = HAProxyConfig.Create()
                .Defaults(d => d.Mode(ProxyMode.Http).Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(5)).Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(5)).Timeout(ProxyTimeout.Connect, TimeSpan.FromMilliseconds(100)))
                .Frontend("fe", f => f.Bind(8080).Acl("is_api", "path_beg", "/api").HttpRequest("set-header", "X-Note", "a b #c").UseBackend("be", HaCondition.If("is_api")).DefaultBackend("be"))
                .Backend("be", b => b.Server("s1", System.Net.IPAddress.Loopback, 8081))
                .Build();
            built.ToString().Should().Contain("http-request set-header X-Note 'a b #c'");
            OracleAssert.HAProxyAccepts(built.ToString());
        }
    }
}
