using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyCorpusModelTests
    {
        public static TheoryData<string> HAProxyFiles() => Corpus.Theory("haproxy", ".cfg");

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Every_typed_value_of_every_corpus_file_reads_without_exception(string file)
        {
            var config = HAProxyConfig.Parse(Corpus.ReadText(file), file);
            int read = 0;

            foreach (var section in config.Sections)
            {
                foreach (var directive in section.Directives) read += ModelProbe.Touch(directive);
                if (section is ProxySection proxy) read += ModelProbe.Touch(proxy);
            }

            config.ToString().Should().Be(Corpus.ReadText(file), "reading never changes the text");
            read.Should().BeGreaterThanOrEqualTo(0);
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Every_corpus_server_has_the_name_address_port_and_check_its_words_say(string file)
        {
            var config = HAProxyConfig.Parse(Corpus.ReadText(file), file);

            foreach (var server in config.Sections.SelectMany(s => s.Directives).OfType<ServerDirective>().Where(s => s.Kind == ServerKind.Server))
            {
                var words = server.Line.Tokens.Select(t => t.Value).ToList();
                server.Name.Should().Be(words.Count > 1 ? words[1] : null, server.Line.Text);
                if (words.Count < 3 || server.AddressText is null) continue;

                server.AddressText.Should().Be(words[2]);
                server.Address.Should().NotBeNull($"'{words[2]}' is an address ({file}:{server.Line.LineNumber})");
                string afterColon = words[2].Contains(':') && !words[2].EndsWith("]") ? words[2].Substring(words[2].LastIndexOf(':') + 1) : string.Empty;
                int? expectedPort = int.TryParse(afterColon, NumberStyles.None, CultureInfo.InvariantCulture, out int p) ? p : null;
                if (!words[2].Contains("@")) server.Port.Should().Be(expectedPort, server.Line.Text);
                server.HasCheck.Should().Be(words.Skip(3).Contains("check") && !words.Contains("agent-send"), server.Line.Text);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Every_corpus_frontend_bind_yields_its_addresses(string file)
        {
            var config = HAProxyConfig.Parse(Corpus.ReadText(file), file);

            foreach (var proxy in config.Proxies.Where(p => p.HasFrontendCapability))
            {
                foreach (var bind in proxy.Binds)
                {
                    if (bind.AddressText is null) continue;
                    bind.Addresses.Should().HaveCount(bind.AddressText.Split(',').Length, $"every part of '{bind.AddressText}' is an address ({file}:{bind.Line.LineNumber})");
                }
            }
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Changing_the_weight_of_any_corpus_server_changes_exactly_that_line(string file)
        {
            string original = Corpus.ReadText(file);
            var config = HAProxyConfig.Parse(original, file);
            var originalLines = LineDiff.Split(original);

            foreach (var server in config.Sections.SelectMany(s => s.Directives).OfType<ServerDirective>().ToList())
            {
                int index = server.Line.Index;
                string before = server.Line.Text;
                int weight = (server.Weight ?? 6) + 1;
                if (server.Kind == ServerKind.Server && server.AddressText is null)
                {
                    // A peers "server name" without address (the local peer): appending would turn "weight" into the address.
                    FluentActions.Invoking(() => server.SetOption("weight", "2")).Should().Throw<System.InvalidOperationException>();
                    continue;
                }


                server.SetOption("weight", weight.ToString(CultureInfo.InvariantCulture));

                var edited = LineDiff.Split(config.ToString());
                LineDiff.ChangedIndexes(originalLines, edited).Should().Equal(new[] { index }, $"only line {index + 1} of {file} may change");
                // The edited line alone, re-read in a fresh document, carries the new weight and the same server.
                var reread = HAProxyConfig.Parse("backend b\n" + edited[index] + "\n").Backends.Single().Directives.OfType<ServerDirective>().Single();
                reread.Weight.Should().Be(weight, edited[index]);
                reread.Name.Should().Be(server.Name);
                reread.AddressText.Should().Be(server.AddressText);

                server.Line.SetText(before);
            }

            config.ToString().Should().Be(original);
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Adding_a_server_to_any_corpus_backend_copies_the_last_server_indentation(string file)
        {
            string original = Corpus.ReadText(file);
            var config = HAProxyConfig.Parse(original, file);
            var originalLines = LineDiff.Split(original);

            foreach (var proxy in config.Proxies.Where(p => p is BackendSection or ListenSection).ToList())
            {
                var last = proxy.Servers.LastOrDefault();
                if (last is null) continue;
                string indentation = last.Line.Indentation;
                int expectedIndex = last.Line.Index + 1;

                var added = proxy is BackendSection backend ? backend.AddServer("added", "192.0.2.1:80", "check") : ((ListenSection)proxy).AddServer("added", "192.0.2.1:80", "check");

                added.Line.Index.Should().Be(expectedIndex);
                added.Line.Text.Should().Be(indentation + "server added 192.0.2.1:80 check");
                var edited = LineDiff.Split(config.ToString());
                edited.Count.Should().Be(originalLines.Count + 1);
                edited.Take(expectedIndex).Concat(edited.Skip(expectedIndex + 1)).Should().Equal(originalLines);

                added.Remove();
                config.ToString().Should().Be(original, "removing the added server removes only its line");
            }
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Removing_a_corpus_directive_removes_only_its_line(string file)
        {
            string original = Corpus.ReadText(file);
            var originalLines = HAProxyConfig.Parse(original, file).Lines.Select(l => l.Text).ToList();
            var first = HAProxyConfig.Parse(original, file).Sections.SelectMany(s => s.Directives).ToList();

            // One directive of each typed kind (and the first untyped one): enough to cover every view's Remove.
            foreach (var sample in first.GroupBy(d => d.GetType()).Select(g => g.First().Line.Index))
            {
                var config = HAProxyConfig.Parse(original, file);
                var directive = config.Sections.SelectMany(s => s.Directives).Single(d => d.Line.Index == sample);

                directive.Remove();

                var expected = originalLines.Take(sample).Concat(originalLines.Skip(sample + 1)).ToList();
                config.Lines.Select(l => l.Text).Should().Equal(expected, "the physical lines other than the removed one stay as they were");
            }
        }
    }

    /// <summary>Line arrays for "exactly this line changed" assertions.</summary>
    internal static class LineDiff
    {
        public static List<string> Split(string text) => text.Split('\n').ToList();

        public static List<int> ChangedIndexes(IReadOnlyList<string> before, IReadOnlyList<string> after)
        {
            var changed = new List<int>();
            for (int i = 0; i < System.Math.Max(before.Count, after.Count); i++)
            {
                if (i >= before.Count || i >= after.Count || before[i] != after[i]) changed.Add(i);
            }

            return changed;
        }
    }
}
