using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyModelEditTests
    {
        private const string Sample =
            "defaults\n" +
            "\tmode   http\n" +
            "\ttimeout  connect  5s   # slow network\n" +
            "\ttimeout client 30s\n" +
            "backend web\n" +
            "\tbalance roundrobin\n" +
            "\tserver  s1  10.0.0.11:80   weight   20  check # first\n" +
            "\tserver  s2  10.0.0.12:80\n" +
            "\n" +
            "\t# trailing comment\n";

        private static string[] Lines(HAProxyConfig config) => config.ToString().Split('\n');

        [Fact]
        public void Setting_an_existing_server_option_rewrites_only_its_value()
        {
            var config = HAProxyConfig.Parse(Sample);

            config.FindBackend("web")!.FindServer("s1")!.SetOption("weight", "50");

            config.ToString().Should().Be(Sample.Replace("weight   20", "weight   50"));
        }

        [Fact]
        public void Setting_an_absent_server_option_appends_it_before_the_comment()
        {
            var config = HAProxyConfig.Parse(Sample);
            var s1 = config.FindBackend("web")!.FindServer("s1")!;

            s1.SetOption("inter", "2s");

            config.ToString().Should().Be(Sample.Replace("check # first", "check inter 2s # first"));
            s1.Inter.Should().Be(HaDuration.FromSeconds(2));
        }

        [Fact]
        public void The_check_setter_adds_and_removes_the_check_word()
        {
            var config = HAProxyConfig.Parse(Sample);
            var web = config.FindBackend("web")!;

            web.FindServer("s2")!.Check = true;
            web.FindServer("s1")!.Check = false;

            config.ToString().Should().Be(Sample
                .Replace("10.0.0.12:80\n", "10.0.0.12:80 check\n")
                .Replace("weight   20  check # first", "weight   20 # first"));
        }

        [Fact]
        public void Removing_an_option_with_a_value_removes_both_words()
        {
            var config = HAProxyConfig.Parse(Sample);

            config.FindBackend("web")!.FindServer("s1")!.RemoveOption("weight").Should().BeTrue();

            config.ToString().Should().Be(Sample.Replace("   weight   20", string.Empty));
        }

        [Fact]
        public void Adding_a_server_copies_the_indentation_of_the_servers_and_goes_after_the_last()
        {
            var config = HAProxyConfig.Parse(Sample);

            var added = config.FindBackend("web")!.AddServer("s3", "10.0.0.13:80", "check");

            config.ToString().Should().Be(Sample.Replace("\tserver  s2  10.0.0.12:80\n", "\tserver  s2  10.0.0.12:80\n\tserver s3 10.0.0.13:80 check\n"));
            added.Port.Should().Be(80);
            config.FindBackend("web")!.Servers.Select(s => s.Name).Should().Equal("s1", "s2", "s3");
        }

        [Fact]
        public void Adding_a_server_to_a_backend_without_servers_uses_the_sibling_indentation()
        {
            var config = HAProxyConfig.Parse("backend b\n  balance roundrobin\n");

            config.FindBackend("b")!.AddServer("s1", "10.0.0.1:80");

            config.ToString().Should().Be("backend b\n  balance roundrobin\n  server s1 10.0.0.1:80\n");
        }

        [Fact]
        public void Setting_an_existing_timeout_rewrites_only_its_value()
        {
            var config = HAProxyConfig.Parse(Sample);

            config.Defaults.Single().SetTimeout("connect", HaDuration.FromSeconds(10));

            config.ToString().Should().Be(Sample.Replace("connect  5s   #", "connect  10s   #"));
        }

        [Fact]
        public void Setting_a_new_timeout_adds_a_line_after_the_last_timeout()
        {
            var config = HAProxyConfig.Parse(Sample);

            config.Defaults.Single().SetTimeout("server", HaDuration.FromSeconds(30));

            config.ToString().Should().Be(Sample.Replace("\ttimeout client 30s\n", "\ttimeout client 30s\n\ttimeout server 30s\n"));
        }

        [Fact]
        public void Removing_a_directive_removes_only_its_line()
        {
            var config = HAProxyConfig.Parse(Sample);
            var before = Lines(config).ToList();

            config.FindBackend("web")!.Balance!.Remove();

            before.Remove("\tbalance roundrobin");
            Lines(config).Should().Equal(before);
        }

        [Fact]
        public void Setting_mode_and_maxconn_rewrites_or_adds_one_line()
        {
            var config = HAProxyConfig.Parse(Sample);
            var defaults = config.Defaults.Single();

            defaults.SetMode(ProxyMode.Tcp);
            config.FindBackend("web")!.SetMaxConn(500);

            config.ToString().Should().Be(Sample
                .Replace("mode   http", "mode   tcp")
                .Replace("\tserver  s2  10.0.0.12:80\n", "\tserver  s2  10.0.0.12:80\n\tmaxconn 500\n"));
        }

        [Fact]
        public void Setting_a_weight_on_a_server_without_one_appends_it()
        {
            var config = HAProxyConfig.Parse(Sample);
            var s2 = config.FindBackend("web")!.FindServer("s2")!;

            s2.SetWeight(7);

            s2.Weight.Should().Be(7);
            config.ToString().Should().Be(Sample.Replace("10.0.0.12:80\n", "10.0.0.12:80 weight 7\n"));
        }

        [Fact]
        public void A_parameter_cannot_be_appended_to_a_server_without_address()
        {
            var config = HAProxyConfig.Parse("peers p\n    server local\n");
            var server = config.Sections.Single(s => s.Kind == HAProxySectionKind.Peers).Directives.OfType<ServerDirective>().Single();

            server.Invoking(s => s.SetOption("weight", "2")).Should().Throw<System.InvalidOperationException>();
            config.ToString().Should().Be("peers p\n    server local\n");
        }
    }
}
