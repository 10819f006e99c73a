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

        private static readonly Kind<HAProxyConfig> HAProxyKind = new(
            "HAProxy", ConfigFormat.HAProxy, text => HAProxyConfig.Parse(text, "fuzz.cfg"), c => c.Validate(), c => c.ToFormattedString(), c => c.HasErrors,
            c => Words(c.Lines.Where(l => l.Kind != HAProxyLineKind.Blank)), StatementWords, (c, f) => ConfigConverter.ToDocument(c, f, ShowSecrets));

        private static readonly Kind<KeepalivedConfig> KeepalivedKind = new(
            "keepalived", ConfigFormat.Keepalived, text => KeepalivedConfig.Parse(text, "fuzz.conf"), c => c.Validate(), c => c.ToFormattedString(), c => c.HasErrors,
            c => Words(c.Lines.Where(l => l.Kind != KeepalivedLineKind.Blank)), AllWords, (c, f) => ConfigConverter.ToDocument(c, f, ShowSecrets));

        public static void HAProxy(byte[] data) => Check(data, HAProxyKind, _ => { });

        public static void Keepalived(byte[] data) => Check(data, KeepalivedKind, config =>
        {
            var expansion = KeepalivedExpansion.Expand(config);
            Invariant.That(expansion.Lines.Count <= new KeepalivedExpansionOptions().MaxGeneratedLines + config.Lines.Count + 1, "expansion stays within its line limit");
            Invariant.Equal(expansion.Config.ToString(), expansion.Text, "the expanded text parses back to itself");
        });

        private static void Check<T>(byte[] data, Kind<T> kind, System.Action<T> more)
            where T : class
        {
            var text = ConfigText.Decode(data);
            var config = kind.Parse(text.Text);
            Invariant.Equal(config.ToString()!, text.Text, $"{kind.Name}: Parse(text).ToString() is the text");
            Invariant.Bytes(ConfigText.Encode(config.ToString()!, text.Encoding), data, "the text encodes back to the input bytes");
            Invariant.NoRuleFailure(kind.Validate(config), $"{kind.Name}: Validate()");
            more(config);
            ModelWalker.Touch(config);

            string formatted = kind.FormatText(config);
            var reparsed = kind.Parse(formatted);
            Invariant.Equal(kind.LineWords(reparsed), kind.LineWords(config), "formatting keeps every word and comment");
            Invariant.Equal(kind.FormatText(reparsed), formatted, "formatting a formatted file changes nothing");

            var format = DocumentFormatFor(data);
            if (kind.HasErrors(config) || ToDocument(() => kind.ToDocument(config, format)) is not { } document) return;
            var back = ConfigConverter.FromDocument(document, format);
            Invariant.That(back.Format == kind.Format, $"a {kind.Name} document converts back to {kind.Name}");
            var rebuilt = kind.Parse(back.Text);
            Invariant.That(!kind.HasErrors(rebuilt), "the configuration converted back from a document has no syntax errors");
            Invariant.Equal(kind.DocumentWords(rebuilt), kind.DocumentWords(config), "converting to a document and back keeps the words");
            Invariant.Equal(kind.ToDocument(rebuilt, format), document, "converting the converted configuration gives the same document");
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

        /// <summary>How one format is parsed, checked, formatted, compared and converted.</summary>
        private sealed record Kind<T>(
            string Name, ConfigFormat Format, System.Func<string, T> Parse, System.Func<T, IReadOnlyList<Diagnostics.Diagnostic>> Validate,
            System.Func<T, string> FormatText, System.Func<T, bool> HasErrors, System.Func<T, List<string>> LineWords,
            System.Func<T, List<string>> DocumentWords, System.Func<T, DocumentFormat, string> ToDocument);

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
