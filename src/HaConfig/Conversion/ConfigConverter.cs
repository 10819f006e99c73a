using System;
using HaConfig.HAProxy;
using HaConfig.Keepalived;

namespace HaConfig.Conversion
{
    /// <summary>The two document forms a configuration converts to and from.</summary>
    public enum DocumentFormat
    {
        /// <summary>JSON (<c>docs/schema/haconfig-*.schema.json</c>).</summary>
        Json,

        /// <summary>YAML: the same shape as the JSON form.</summary>
        Yaml,
    }

    /// <summary>How a configuration is written as a document.</summary>
    public sealed class ConversionOptions
    {
        /// <summary>Write passwords as they are instead of <see cref="ConfigConverter.RedactedPlaceholder"/>.</summary>
        public bool ShowSecrets { get; set; }
    }

    /// <summary>The configuration a document described: its format and its text.</summary>
    public sealed class ConvertedConfig
    {
        internal ConvertedConfig(ConfigFormat format, string text)
        {
            Format = format;
            Text = text;
        }

        /// <summary><see cref="ConfigFormat.HAProxy"/> or <see cref="ConfigFormat.Keepalived"/>, from the document's <c>format</c> field.</summary>
        public ConfigFormat Format { get; }

        /// <summary>The configuration text, one statement per line in canonical layout.</summary>
        public string Text { get; }
    }

    /// <summary>
    /// Converts configurations to a readable JSON or YAML document (the statements, their words as the daemon reads them,
    /// and the comments) and back. Converting back gives the same words in the same order; layout and blank lines are
    /// canonical. Documents are read as plain trees (no type tags, no aliases, bounded depth and size).
    /// </summary>
    public static class ConfigConverter
    {
        /// <summary>The version of the document shape, written in every document's <c>version</c> field.</summary>
        public const string DocumentVersion = "1";

        /// <summary>What a redacted secret reads as in a document.</summary>
        public const string RedactedPlaceholder = HaConfig.Syntax.SecretWords.Placeholder;

        /// <summary>Writes a HAProxy configuration as a document.</summary>
        /// <exception cref="ConversionException">The configuration has syntax errors.</exception>
        public static string ToDocument(HAProxyConfig config, DocumentFormat format, ConversionOptions? options = null)
        {
            if (config is null) throw new ArgumentNullException(nameof(config));
            RefuseErrors(config.Diagnostics);
            return Write(HAProxyDocument.From(config, options?.ShowSecrets ?? false), format);
        }

        /// <summary>Writes a keepalived configuration (this file; includes are kept as include statements) as a document.</summary>
        /// <exception cref="ConversionException">The configuration has syntax errors.</exception>
        public static string ToDocument(KeepalivedConfig config, DocumentFormat format, ConversionOptions? options = null)
        {
            if (config is null) throw new ArgumentNullException(nameof(config));
            RefuseErrors(config.Diagnostics);
            return Write(KeepalivedDocument.From(config, options?.ShowSecrets ?? false), format);
        }

        /// <summary>Reads a document and gives back the configuration it describes.</summary>
        /// <exception cref="ConversionException">The document is malformed, has an unexpected shape, or holds a redacted secret; with its line and column.</exception>
        public static ConvertedConfig FromDocument(string text, DocumentFormat format)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var root = format == DocumentFormat.Json ? JsonDocumentIO.Read(text) : YamlDocumentIO.Read(text);
            return FromNode(root);
        }

        /// <summary>Re-writes a document in the other form (JSON to YAML or back) after checking it describes a configuration.</summary>
        public static string Reformat(string text, DocumentFormat from, DocumentFormat to)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var root = from == DocumentFormat.Json ? JsonDocumentIO.Read(text) : YamlDocumentIO.Read(text);
            FromNode(root);
            return Write(root, to);
        }

        private static ConvertedConfig FromNode(DocumentNode root)
        {
            var mapping = root as DocumentMapping ?? throw root.Error("the document must be a mapping with a 'format' field");
            string kind = mapping.RequireString("format");
            string? version = mapping.GetString("version");
            if (version is not null && version != DocumentVersion) throw mapping.Get("version")!.Error($"unsupported version '{version}' (this tool reads version {DocumentVersion})");
            return kind switch
            {
                HAProxyDocument.FormatName => new ConvertedConfig(ConfigFormat.HAProxy, HAProxyDocument.ToText(mapping)),
                KeepalivedDocument.FormatName => new ConvertedConfig(ConfigFormat.Keepalived, KeepalivedDocument.ToText(mapping)),
                _ => throw mapping.Get("format")!.Error($"'format' must be '{HAProxyDocument.FormatName}' or '{KeepalivedDocument.FormatName}', not '{kind}'"),
            };
        }

        private static string Write(DocumentNode root, DocumentFormat format) =>
            format == DocumentFormat.Json ? JsonDocumentIO.Write(root) : YamlDocumentIO.Write(root);

        private static void RefuseErrors(System.Collections.Generic.IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == Diagnostics.DiagnosticSeverity.Error)
                {
                    throw new ConversionException($"{diagnostic.Id} {diagnostic.Message} (fix the syntax errors first: haconfig lint)", diagnostic.Line, diagnostic.Column);
                }
            }
        }
    }
}
