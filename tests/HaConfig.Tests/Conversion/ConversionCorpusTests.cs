using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using HaConfig.Conversion;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.Conversion
{
    /// <summary>
    /// Every corpus file converts to JSON and YAML and back to a configuration with the same words in the same order
    /// (and the same comments); files with syntax errors are refused with a located error, never an exception of another kind.
    /// </summary>
    public class ConversionCorpusTests
    {
        private static readonly ConversionOptions ShowSecrets = new() { ShowSecrets = true };
        private static readonly SchemaShape HAProxySchema = SchemaShape.Load("haconfig-haproxy.schema.json");
        private static readonly SchemaShape KeepalivedSchema = SchemaShape.Load("haconfig-keepalived.schema.json");

        public static TheoryData<string> HAProxyFiles() => Corpus.Theory("haproxy");

        public static TheoryData<string> KeepalivedFiles() => Corpus.Theory("keepalived");

        public static TheoryData<string> HAProxyFilesWithoutSyntaxErrors() => Corpus.Theory("haproxy", text => !HAProxyConfig.Parse(text).HasErrors);

        public static TheoryData<string> KeepalivedFilesWithoutSyntaxErrors() => Corpus.Theory("keepalived", text => !KeepalivedConfig.Parse(text).HasErrors);

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void HAProxy_corpus_file_converts_to_json_and_yaml_and_back_with_the_same_words(string file)
        {
            var original = HAProxyConfig.Parse(Corpus.ReadText(file), file);
            if (original.HasErrors)
            {
                var refused = FluentActions.Invoking(() => ConfigConverter.ToDocument(original, DocumentFormat.Json)).Should().Throw<ConversionException>().Which;
                refused.Line.Should().BePositive();
                return;
            }

            string json = ConfigConverter.ToDocument(original, DocumentFormat.Json, ShowSecrets);
            string yaml = ConfigConverter.ToDocument(original, DocumentFormat.Yaml, ShowSecrets);
            var fromJson = ConfigConverter.FromDocument(json, DocumentFormat.Json);
            var fromYaml = ConfigConverter.FromDocument(yaml, DocumentFormat.Yaml);

            fromJson.Format.Should().Be(ConfigFormat.HAProxy);
            fromYaml.Text.Should().Be(fromJson.Text);
            var rebuilt = HAProxyConfig.Parse(fromJson.Text);
            rebuilt.HasErrors.Should().BeFalse();
            Words(rebuilt).Should().Equal(Words(original));
            rebuilt.Lines.Select(l => l.Comment).Where(c => c is not null).Should().Equal(original.Lines.Select(l => l.Comment).Where(c => c is not null));
            ConfigConverter.ToDocument(rebuilt, DocumentFormat.Json, ShowSecrets).Should().Be(json, "converting the converted configuration gives the same document");
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFilesWithoutSyntaxErrors))]
        public void HAProxy_corpus_json_has_the_shape_of_the_published_schema(string file)
        {
            var config = HAProxyConfig.Parse(Corpus.ReadText(file), file);

            using var json = JsonDocument.Parse(ConfigConverter.ToDocument(config, DocumentFormat.Json));

            HAProxySchema.Check(json.RootElement).Should().BeEmpty();
        }

        [SkippableTheory]
        [MemberData(nameof(KeepalivedFiles))]
        public void Keepalived_corpus_file_converts_to_json_and_yaml_and_back_with_the_same_words_and_tree(string file)
        {
            var original = KeepalivedConfig.Parse(Corpus.ReadText(file), file);
            if (original.HasErrors)
            {
                var refused = FluentActions.Invoking(() => ConfigConverter.ToDocument(original, DocumentFormat.Yaml)).Should().Throw<ConversionException>().Which;
                refused.Line.Should().BePositive();
                return;
            }

            string json = ConfigConverter.ToDocument(original, DocumentFormat.Json, ShowSecrets);
            string yaml = ConfigConverter.ToDocument(original, DocumentFormat.Yaml, ShowSecrets);
            var fromJson = ConfigConverter.FromDocument(json, DocumentFormat.Json);
            var fromYaml = ConfigConverter.FromDocument(yaml, DocumentFormat.Yaml);

            fromJson.Format.Should().Be(ConfigFormat.Keepalived);
            fromYaml.Text.Should().Be(fromJson.Text);
            var rebuilt = KeepalivedConfig.Parse(fromJson.Text);
            rebuilt.HasErrors.Should().BeFalse();
            Words(rebuilt).Should().Equal(Words(original));
            Tree(rebuilt.Statements).Should().Equal(Tree(original.Statements));
            rebuilt.Lines.Select(l => l.Comment).Where(c => c is not null).Should().Equal(original.Lines.Select(l => l.Comment).Where(c => c is not null));
            ConfigConverter.ToDocument(rebuilt, DocumentFormat.Json, ShowSecrets).Should().Be(json, "converting the converted configuration gives the same document");
        }

        [SkippableTheory]
        [MemberData(nameof(KeepalivedFilesWithoutSyntaxErrors))]
        public void Keepalived_corpus_json_has_the_shape_of_the_published_schema(string file)
        {
            var config = KeepalivedConfig.Parse(Corpus.ReadText(file), file);

            using var json = JsonDocument.Parse(ConfigConverter.ToDocument(config, DocumentFormat.Json));

            KeepalivedSchema.Check(json.RootElement).Should().BeEmpty();
        }

        /// <summary>The words of every statement line, as HAProxy reads them (one entry per line).</summary>
        private static List<string> Words(HAProxyConfig config) =>
            config.Lines.Where(l => l.Kind is not (HAProxyLineKind.Blank or HAProxyLineKind.Comment))
                .Select(l => string.Join("\u241F", l.Tokens.Select(t => t.Value))).ToList();

        /// <summary>The words of the file in order, braces included (line breaks carry no meaning in keepalived between statements).</summary>
        private static List<string> Words(KeepalivedConfig config) =>
            config.Lines.SelectMany(l => l.Tokens.Select(t => t.Value)).ToList();

        /// <summary>The statement tree as keepalived reads it: keyword, arguments and depth, in order.</summary>
        private static List<string> Tree(IReadOnlyList<KeepalivedStatement> statements, int depth = 0)
        {
            var lines = new List<string>();
            foreach (var statement in statements)
            {
                lines.Add(new string(' ', depth) + statement.Keyword + " " + string.Join("\u241F", statement.Arguments) + (statement.Condition is null ? string.Empty : " if " + statement.Condition));
                if (statement is KeepalivedBlock block) lines.AddRange(Tree(block.Children, depth + 1));
            }

            return lines;
        }
    }
}
