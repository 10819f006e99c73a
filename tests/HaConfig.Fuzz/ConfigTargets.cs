using System.Collections.Generic;
using System.Linq;
using HaConfig.Conversion;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;
using HaConfig.Syntax;

namespace HaConfig.Fuzz
{
    /// <summary>
    /// The configuration targets. For any bytes: decoding and parsing give back the bytes, validation reports no
    /// HA9998, every typed view reads without throwing, keepalived expansion completes, formatting keeps the words and is
    /// idempotent, and a file without syntax errors converts to a document and back to the same words. Nothing may throw.
    /// </summary>
    internal static class ConfigTargets
    {
        private static readonly ConversionOptions ShowSecrets = new() { ShowSecrets = true };

        public static void HAProxy(byte[] data)
        {
            var text = ConfigText.Decode(data);
            var config = HAProxyConfig.Parse(text.Text, "fuzz.cfg");
            Invariant.Equal(config.ToString(), text.Text, "HAProxyConfig.Parse(text).ToString() is the text");
            Invariant.Bytes(ConfigText.Encode(config.ToString(), text.Encoding), data, "the text encodes back to the input bytes");
            Invariant.NoRuleFailure(config.Validate(), "HAProxyConfig.Validate()");
            ModelWalker.Touch(config);

            string formatted = config.ToFormattedString();
            var reparsed = HAProxyConfig.Parse(formatted, "fuzz.cfg");
            Invariant.Equal(Words(reparsed.Lines.Where(l => l.Kind != HAProxyLineKind.Blank)), Words(config.Lines.Where(l => l.Kind != HAProxyLineKind.Blank)), "formatting keeps every word and comment");
            Invariant.Equal(reparsed.ToFormattedString(), formatted, "formatting a formatted file changes nothing");

            if (config.HasErrors || ToDocument(() => ConfigConverter.ToDocument(config, DocumentFormatFor(data), ShowSecrets)) is not { } document) return;
            var format = DocumentFormatFor(data);
            var back = ConfigConverter.FromDocument(document, format);
            Invariant.That(back.Format == ConfigFormat.HAProxy, "a HAProxy document converts back to HAProxy");
            var rebuilt = HAProxyConfig.Parse(back.Text);
            Invariant.That(!rebuilt.HasErrors, "the configuration converted back from a document has no syntax errors");
            Invariant.Equal(StatementWords(rebuilt), StatementWords(config), "converting to a document and back keeps the words");
            Invariant.Equal(ConfigConverter.ToDocument(rebuilt, format, ShowSecrets), document, "converting the converted configuration gives the same document");
        }

        public static void Keepalived(byte[] data)
        {
            var text = ConfigText.Decode(data);
            var config = KeepalivedConfig.Parse(text.Text, "fuzz.conf");
            Invariant.Equal(config.ToString(), text.Text, "KeepalivedConfig.Parse(text).ToString() is the text");
            Invariant.Bytes(ConfigText.Encode(config.ToString(), text.Encoding), data, "the text encodes back to the input bytes");
            Invariant.NoRuleFailure(config.Validate(), "KeepalivedConfig.Validate()");
            var expansion = KeepalivedExpansion.Expand(config);
            Invariant.That(expansion.Lines.Count <= new KeepalivedExpansionOptions().MaxGeneratedLines + config.Lines.Count + 1, "expansion stays within its line limit");
            Invariant.Equal(expansion.Config.ToString(), expansion.Text, "the expanded text parses back to itself");
            ModelWalker.Touch(config);

            string formatted = config.ToFormattedString();
            var reparsed = KeepalivedConfig.Parse(formatted, "fuzz.conf");
            Invariant.Equal(Words(reparsed.Lines.Where(l => l.Kind != KeepalivedLineKind.Blank)), Words(config.Lines.Where(l => l.Kind != KeepalivedLineKind.Blank)), "formatting keeps every word and comment");
            Invariant.Equal(reparsed.ToFormattedString(), formatted, "formatting a formatted file changes nothing");

            if (config.HasErrors || ToDocument(() => ConfigConverter.ToDocument(config, DocumentFormatFor(data), ShowSecrets)) is not { } document) return;
            var format = DocumentFormatFor(data);
            var back = ConfigConverter.FromDocument(document, format);
            Invariant.That(back.Format == ConfigFormat.Keepalived, "a keepalived document converts back to keepalived");
            var rebuilt = KeepalivedConfig.Parse(back.Text);
            Invariant.That(!rebuilt.HasErrors, "the configuration converted back from a document has no syntax errors");
            Invariant.Equal(AllWords(rebuilt), AllWords(config), "converting to a document and back keeps the words");
            Invariant.Equal(ConfigConverter.ToDocument(rebuilt, format, ShowSecrets), document, "converting the converted configuration gives the same document");
        }

        /// <summary>
        /// The document, or null when the converter refuses the configuration with its documented, located exception (a
        /// word no document can hold); what it does write must read back.
        /// </summary>
        private static string? ToDocument(System.Func<string> convert)
        {
            try
            {
                return convert();
            }
            catch (ConversionException refused)
            {
                Invariant.That(refused.Line >= 1, $"a refused configuration names the line (got {refused.Line})");
                return null;
            }
        }

        /// <summary>JSON or YAML, chosen by the input so that both are covered without doing both every time.</summary>
        private static DocumentFormat DocumentFormatFor(byte[] data) => data.Length % 2 == 0 ? DocumentFormat.Json : DocumentFormat.Yaml;

        /// <summary>Each line's words and comment: what formatting must keep.</summary>
        private static List<string> Words(IEnumerable<SyntaxLineView> lines) =>
            lines.Select(l => string.Join("\u0001", l.Tokens.Select(t => t.Value)) + "|" + l.Comment?.TrimEnd()).ToList();

        /// <summary>The words of the file in order, braces included (line breaks mean nothing between keepalived statements).</summary>
        internal static List<string> AllWords(KeepalivedConfig config) => config.Lines.SelectMany(l => l.Tokens.Select(t => t.Value)).ToList();

        /// <summary>The words of every statement line, as HAProxy reads them.</summary>
        internal static List<string> StatementWords(HAProxyConfig config) =>
            config.Lines.Where(l => l.Kind is not (HAProxyLineKind.Blank or HAProxyLineKind.Comment))
                .Select(l => string.Join("\u0001", l.Tokens.Select(t => t.Value))).ToList();
    }
}
