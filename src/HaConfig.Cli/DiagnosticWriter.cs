using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HaConfig.Diagnostics;
using HaConfig.Validation;

namespace HaConfig.Cli
{
    /// <summary>Writes diagnostics as compiler-style text, JSON, or SARIF 2.1.0 (what GitHub code scanning reads).</summary>
    internal static class DiagnosticWriter
    {
        public static void Write(OutputFormat format, IReadOnlyList<Diagnostic> diagnostics, int fileCount, TextWriter output, bool colour = false)
        {
            switch (format)
            {
                case OutputFormat.Text:
                    foreach (var diagnostic in diagnostics) output.WriteLine(colour ? Coloured(diagnostic) : diagnostic.ToString());
                    break;
                case OutputFormat.Json:
                    output.WriteLine(Json(diagnostics, fileCount));
                    break;
                case OutputFormat.Sarif:
                    output.WriteLine(Sarif(diagnostics));
                    break;
            }
        }

        /// <summary>The text form with the severity word in colour, for terminals only (machine-readable output stays plain).</summary>
        private static string Coloured(Diagnostic diagnostic)
        {
            string word = Diagnostic.SeverityWord(diagnostic.Severity);
            string code = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "\u001b[31m",
                DiagnosticSeverity.Warning => "\u001b[33m",
                _ => "\u001b[36m",
            };
            return diagnostic.ToString().Replace($"): {word} {diagnostic.Id}:", $"): {code}{word}\u001b[0m {diagnostic.Id}:");
        }

        private static string Json(IReadOnlyList<Diagnostic> diagnostics, int fileCount) => Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("tool", "haconfig");
            writer.WriteString("version", CliApp.Version);
            writer.WriteNumber("files", fileCount);
            writer.WriteStartObject("summary");
            writer.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            writer.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            writer.WriteNumber("infos", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info));
            writer.WriteEndObject();
            writer.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("id", d.Id);
                writer.WriteString("severity", Diagnostic.SeverityWord(d.Severity));
                writer.WriteString("title", d.Descriptor.Title);
                writer.WriteString("message", d.Message);
                writer.WriteString("path", d.Path);
                writer.WriteNumber("line", d.Line);
                writer.WriteNumber("column", d.Column);
                writer.WriteNumber("endLine", d.EndLine);
                writer.WriteNumber("endColumn", d.EndColumn);
                writer.WriteString("fix", d.Descriptor.FixHint);
                writer.WriteString("helpUri", d.HelpUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

        private static string Sarif(IReadOnlyList<Diagnostic> diagnostics) => Build(writer =>
        {
            var rules = RuleCatalogue.All;
            var index = new Dictionary<string, int>();
            for (int i = 0; i < rules.Count; i++) index[rules[i].Id] = i;

            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "haconfig");
            writer.WriteString("semanticVersion", CliApp.Version);
            writer.WriteString("informationUri", "https://github.com/haconfig/haconfig");
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("name", PascalCase(rule.Title));
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", rule.Title);
                writer.WriteEndObject();
                writer.WriteStartObject("help");
                writer.WriteString("text", rule.FixHint);
                writer.WriteEndObject();
                writer.WriteString("helpUri", rule.HelpUri);
                writer.WriteStartObject("defaultConfiguration");
                writer.WriteString("level", Level(rule.DefaultSeverity));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", d.Id);
                if (index.TryGetValue(d.Id, out int ruleIndex)) writer.WriteNumber("ruleIndex", ruleIndex);
                writer.WriteString("level", Level(d.Severity));
                writer.WriteStartObject("message");
                writer.WriteString("text", d.Message);
                writer.WriteEndObject();
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteStartObject("physicalLocation");
                writer.WriteStartObject("artifactLocation");
                writer.WriteString("uri", (d.Path ?? "<text>").Replace('\\', '/'));
                writer.WriteEndObject();
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", d.Line);
                writer.WriteNumber("startColumn", d.Column);
                writer.WriteNumber("endLine", d.EndLine);
                writer.WriteNumber("endColumn", System.Math.Max(d.EndColumn, d.Column));
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

        private static string PascalCase(string title)
        {
            var name = new StringBuilder(title.Length);
            bool upper = true;
            foreach (char c in title)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                    continue;
                }

                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return name.ToString();
        }

        private static string Level(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };

        private static string Build(System.Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                write(writer);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
