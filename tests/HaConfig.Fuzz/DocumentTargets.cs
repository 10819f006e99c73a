using System.Collections.Generic;
using System.Linq;
using HaConfig.Conversion;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Topology;

namespace HaConfig.Fuzz
{
    /// <summary>
    /// The document targets: JSON and YAML documents given to <c>haconfig convert</c>, and topology YAML given to
    /// <c>haconfig generate</c>. The only exception allowed is the documented one, carrying a position; what is accepted
    /// must convert back to the same configuration text once it has no syntax errors.
    /// </summary>
    internal static class DocumentTargets
    {
        private static readonly ConversionOptions ShowSecrets = new() { ShowSecrets = true };

        public static void Json(byte[] data) => Document(data, DocumentFormat.Json);

        public static void Yaml(byte[] data) => Document(data, DocumentFormat.Yaml);

        private static void Document(byte[] data, DocumentFormat format)
        {
            string text = ConfigText.Decode(data).Text;
            var other = format == DocumentFormat.Json ? DocumentFormat.Yaml : DocumentFormat.Json;
            ConvertedConfig converted;
            try
            {
                converted = ConfigConverter.FromDocument(text, format);
            }
            catch (ConversionException refused)
            {
                Invariant.That(refused.Line >= 0 && refused.Column >= 0, $"a refused document names a position, or 0 when none applies (got {refused.Line},{refused.Column})");
                Invariant.That(Refuses(() => ConfigConverter.Reformat(text, format, other)), "Reformat refuses what FromDocument refuses");
                return;
            }

            // A document may describe what the daemon would reject (a keyword without its value, too many words): the
            // converter keeps words, the linter judges them. What has no syntax errors must convert back to itself.
            string? again = null;
            if (converted.Format == ConfigFormat.HAProxy)
            {
                var config = HAProxyConfig.Parse(converted.Text);
                Invariant.NoRuleFailure(config.Validate(), "HAProxyConfig.Validate() of a converted document");
                if (!config.HasErrors) again = ConfigConverter.FromDocument(ConfigConverter.ToDocument(config, format, ShowSecrets), format).Text;
            }
            else
            {
                var config = KeepalivedConfig.Parse(converted.Text);
                Invariant.NoRuleFailure(config.Validate(), "KeepalivedConfig.Validate() of a converted document");
                if (!config.HasErrors) again = ConfigConverter.FromDocument(ConfigConverter.ToDocument(config, format, ShowSecrets), format).Text;
            }

            // The promise is the words in order; the layout is canonical only from the converter's own documents (a document
            // may put a block on a statement of its own, which the configuration then attaches to the one before).
            if (again is not null) Invariant.Equal(Words(again, converted.Format), Words(converted.Text, converted.Format), "the converted configuration converts to a document describing the same words");
            string reformatted = ConfigConverter.Reformat(text, format, other);
            Invariant.Equal(ConfigConverter.FromDocument(reformatted, other).Text, converted.Text, "the document reformatted to the other form describes the same configuration");
        }

        private static List<string> Words(string text, ConfigFormat format) => format == ConfigFormat.HAProxy
            ? ConfigTargets.StatementWords(HAProxyConfig.Parse(text))
            : ConfigTargets.AllWords(KeepalivedConfig.Parse(text));

        public static void Topology(byte[] data)
        {
            string text = ConfigText.Decode(data).Text;
            HaPairTopology topology;
            try
            {
                topology = HaPairTopologyYaml.Parse(text);
            }
            catch (HaPairTopologyYamlException refused)
            {
                Invariant.That(refused.Line >= 1 && refused.Column >= 1, $"a refused topology names a position (got {refused.Line},{refused.Column})");
                return;
            }

            string yaml = HaPairTopologyYaml.Serialize(topology);
            Invariant.Equal(HaPairTopologyYaml.Serialize(HaPairTopologyYaml.Parse(yaml)), yaml, "a serialized topology reads back to the same topology");
            if (topology.GetProblems().Count > 0) return;

            // generate writes the files only when the pair validates without errors: then none may have a syntax error.
            // (A topology can render what keepalived rejects, e.g. an authPass too long for one line; Validate says so.)
            var pair = HaPair.FromTopology(topology);
            var diagnostics = pair.Validate();
            Invariant.NoRuleFailure(diagnostics, "HaPair.Validate() of a rendered topology");
            if (diagnostics.Any(d => d.Severity == Diagnostics.DiagnosticSeverity.Error)) return;
            foreach (var node in pair.Nodes)
            {
                Invariant.That(!node.HAProxy.HasErrors && !node.Keepalived.HasErrors, $"the files generate would write for node '{node.Name}' have no syntax errors");
            }
        }

        private static bool Refuses(System.Action action)
        {
            try
            {
                action();
                return false;
            }
            catch (ConversionException)
            {
                return true;
            }
        }
    }
}
