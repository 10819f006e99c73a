using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.Keepalived
{
    public class KeepalivedCorpusTests
    {
        public static TheoryData<string> KeepalivedFiles() => Corpus.Theory("keepalived");

        public static TheoryData<string> HAProxyFiles() => Corpus.Theory("haproxy");

        [SkippableTheory]
        [MemberData(nameof(KeepalivedFiles))]
        public void Every_keepalived_corpus_file_writes_back_byte_identically(string file)
        {
            var path = Corpus.FullPath(file);
            var bytes = File.ReadAllBytes(path);

            var config = KeepalivedConfig.Load(path);

            ConfigText.Encode(config.ToString(), config.Encoding).Should().Equal(bytes);
        }

        [SkippableTheory]
        [MemberData(nameof(KeepalivedFiles))]
        public void Every_keepalived_corpus_file_rebuilt_from_its_lines_equals_the_source(string file)
        {
            var text = Corpus.ReadText(file);
            var config = KeepalivedConfig.Parse(text, file);

            var rebuilt = new System.Text.StringBuilder();
            foreach (var line in config.Lines) rebuilt.Append(line.Text).Append(line.NewLine);

            (config.Document.HasByteOrderMark ? "\uFEFF" + rebuilt : rebuilt.ToString()).Should().Be(text);
            config.Diagnostics.Should().NotBeNull();
            config.AllStatements.Should().NotBeNull();
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Parsing_an_haproxy_corpus_file_as_keepalived_never_throws_and_round_trips(string file)
        {
            var text = Corpus.ReadText(file);

            var config = KeepalivedConfig.Parse(text, file);

            config.ToString().Should().Be(text);
            config.Diagnostics.Should().NotBeNull();
            config.VrrpInstances.Count().Should().BeGreaterOrEqualTo(0);
        }

        [SkippableFact]
        public void Clean_corpus_samples_have_no_brace_diagnostics()
        {
            var config = KeepalivedConfig.Load(Corpus.FullPath("keepalived/keepalived.conf.vrrp"));

            config.Diagnostics.Where(d => d.Id is "HA0020" or "HA0021" or "HA0031").Should().BeEmpty();
            config.VrrpInstances.Should().NotBeEmpty();
        }
    }
}
