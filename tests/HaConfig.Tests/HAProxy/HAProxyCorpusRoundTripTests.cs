using System.IO;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyCorpusRoundTripTests
    {
        public static TheoryData<string> HAProxyFiles() => Corpus.Theory("haproxy", ".cfg");

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Every_corpus_file_writes_back_byte_identically(string file)
        {
            var path = Corpus.FullPath(file);
            var bytes = File.ReadAllBytes(path);

            var config = HAProxyConfig.Load(path);

            ConfigText.Encode(config.ToString(), config.Encoding).Should().Equal(bytes);
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void Every_corpus_file_rebuilt_from_its_lines_equals_the_source(string file)
        {
            var text = Corpus.ReadText(file);
            var config = HAProxyConfig.Parse(text, file);

            var rebuilt = new System.Text.StringBuilder();
            foreach (var line in config.Lines) rebuilt.Append(line.Text).Append(line.NewLine);

            (config.Document.HasByteOrderMark ? "\uFEFF" + rebuilt : rebuilt.ToString()).Should().Be(text);
            config.Diagnostics.Should().NotBeNull();
            config.Sections.Should().NotBeNull();
        }
    }
}
