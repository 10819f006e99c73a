using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyEditTests
    {
        private const string Sample =
            "# top comment\n" +
            "global\n" +
            "\tmaxconn 100   # limit\n" +
            "\n" +
            "backend be\n" +
            "  balance roundrobin\n" +
            "  server s1 10.0.0.1:80 check weight 10 # first\n" +
            "  server s2 10.0.0.2:80 check\n";

        [Fact]
        public void Changing_one_word_rewrites_only_that_word()
        {
            var config = HAProxyConfig.Parse(Sample);
            config.Lines[6].SetValue(5, "20");

            config.ToString().Should().Be(Sample.Replace("weight 10 #", "weight 20 #"));
        }

        [Fact]
        public void Adding_a_directive_copies_the_indentation_of_its_siblings()
        {
            var config = HAProxyConfig.Parse(Sample);
            var backend = config.Backends.Single();

            backend.AddGrouped("server", "s3", "10.0.0.3:80", "check");

            config.ToString().Should().Be(Sample + "  server s3 10.0.0.3:80 check\n");
        }

        [Fact]
        public void Removing_a_directive_removes_only_its_line()
        {
            var config = HAProxyConfig.Parse(Sample);
            config.Backends.Single().Find("balance")!.Remove();

            config.ToString().Should().Be(Sample.Replace("  balance roundrobin\n", string.Empty));
        }

        [Fact]
        public void Views_follow_their_line_after_lines_above_are_inserted()
        {
            var config = HAProxyConfig.Parse(Sample);
            var server = config.Lines[7];
            config.Global!.Add("nbthread", "2");

            server.LineNumber.Should().Be(9);
            server.GetValue(1).Should().Be("s2");
        }

        [Fact]
        public void Adding_after_a_last_line_without_newline_gives_it_one()
        {
            var config = HAProxyConfig.Parse("global\n    maxconn 1");
            config.Global!.Add("nbthread", "2");

            config.ToString().Should().Be("global\n    maxconn 1\n    nbthread 2\n");
            config.Diagnostics.Should().BeEmpty();
        }

        [Fact]
        public void Crlf_files_get_crlf_on_new_lines()
        {
            var config = HAProxyConfig.Parse("global\r\n    maxconn 1\r\n");
            config.Global!.Add("nbthread", "2");

            config.ToString().Should().Be("global\r\n    maxconn 1\r\n    nbthread 2\r\n");
        }

        [Fact]
        public void Inserting_and_removing_words_keeps_the_comment()
        {
            var config = HAProxyConfig.Parse(Sample);
            var line = config.Lines[7];
            line.InsertValues(line.TokenCount, "backup");
            config.Lines[6].RemoveValues(3, 3);

            config.ToString().Should().Be(Sample
                .Replace("s2 10.0.0.2:80 check\n", "s2 10.0.0.2:80 check backup\n")
                .Replace("s1 10.0.0.1:80 check weight 10 # first", "s1 10.0.0.1:80 # first"));
        }

        [Fact]
        public void A_new_section_is_separated_by_a_blank_line()
        {
            var config = HAProxyConfig.Parse("global\n    maxconn 1\n");
            var backend = config.AddSection("backend", "api");
            backend.Add("server", "a", "10.0.0.1:6443", "check");

            config.ToString().Should().Be("global\n    maxconn 1\n\nbackend api\n    server a 10.0.0.1:6443 check\n");
            config.Backends.Single().Name.Should().Be("api");
        }

        [Fact]
        public void Sections_are_typed_and_named()
        {
            var config = HAProxyConfig.Parse("global\ndefaults\ndefaults web from base\ndefaults from base\nfrontend f\nbackend b\nlisten l\nuserlist u\npeers p\nresolvers dns\ncache c\n");

            config.Sections.Select(s => s.Kind).Should().Equal(
                HAProxySectionKind.Global, HAProxySectionKind.Defaults, HAProxySectionKind.Defaults, HAProxySectionKind.Defaults,
                HAProxySectionKind.Frontend, HAProxySectionKind.Backend, HAProxySectionKind.Listen, HAProxySectionKind.Userlist,
                HAProxySectionKind.Peers, HAProxySectionKind.Resolvers, HAProxySectionKind.Cache);
            config.Defaults.Select(d => d.Name).Should().Equal(null, "web", null);
            config.Defaults.Select(d => d.From).Should().Equal(null, "base", "base");
        }
    }
}
