using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using HaConfig.Tests.Infrastructure;

namespace HaConfig.Tests.Conversion
{
    /// <summary>
    /// Checks a JSON document against the subset of JSON Schema that docs/schema uses (type, const, enum, required,
    /// properties, additionalProperties: false, items, $ref to #/$defs, anyOf, minLength, pattern), so that the
    /// shipped schema and the converter cannot drift apart. Anything else in a schema is reported, not ignored.
    /// </summary>
    internal sealed class SchemaShape
    {
        private static readonly HashSet<string> Understood = new(StringComparer.Ordinal)
        {
            "$schema", "$id", "$defs", "title", "description", "type", "const", "enum", "required", "properties",
            "additionalProperties", "items", "$ref", "anyOf", "minLength", "pattern",
        };

        private readonly JsonElement _root;

        private SchemaShape(JsonElement root)
        {
            _root = root;
        }

        public static SchemaShape Load(string fileName) =>
            new(JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "schema", fileName))).RootElement.Clone());

        /// <summary>Every place where the document breaks the schema, as "path: problem".</summary>
        public List<string> Check(JsonElement document)
        {
            var problems = new List<string>();
            Check(_root, document, "$", problems);
            return problems;
        }

        private void Check(JsonElement schema, JsonElement value, string path, List<string> problems)
        {
            foreach (var keyword in schema.EnumerateObject())
            {
                if (!Understood.Contains(keyword.Name)) problems.Add($"schema keyword '{keyword.Name}' is not understood by this checker");
            }

            if (schema.TryGetProperty("$ref", out var reference))
            {
                string name = reference.GetString()!.Substring("#/$defs/".Length);
                Check(_root.GetProperty("$defs").GetProperty(name), value, path, problems);
            }

            if (schema.TryGetProperty("anyOf", out var anyOf))
            {
                var attempts = anyOf.EnumerateArray().Select(option =>
                {
                    var found = new List<string>();
                    Check(option, value, path, found);
                    return found;
                }).ToList();
                if (attempts.All(a => a.Count > 0)) problems.Add($"{path}: matches none of the alternatives ({string.Join(" | ", attempts.Select(a => a[0]))})");
            }

            if (schema.TryGetProperty("type", out var type) && Kind(value) != type.GetString()) problems.Add($"{path}: expected {type.GetString()}, found {Kind(value)}");
            if (schema.TryGetProperty("const", out var constant) && !(value.ValueKind == JsonValueKind.String && value.GetString() == constant.GetString())) problems.Add($"{path}: expected '{constant.GetString()}'");
            if (schema.TryGetProperty("enum", out var choices) && !(value.ValueKind == JsonValueKind.String && choices.EnumerateArray().Any(c => c.GetString() == value.GetString()))) problems.Add($"{path}: '{value}' is not one of the allowed values");
            if (value.ValueKind == JsonValueKind.String)
            {
                string text = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32()) problems.Add($"{path}: shorter than {minLength.GetInt32()}");
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!)) problems.Add($"{path}: '{text}' does not match {pattern.GetString()}");
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                if (schema.TryGetProperty("required", out var required))
                {
                    foreach (var name in required.EnumerateArray())
                    {
                        if (!value.TryGetProperty(name.GetString()!, out _)) problems.Add($"{path}: '{name.GetString()}' is required");
                    }
                }

                schema.TryGetProperty("properties", out var properties);
                bool closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
                foreach (var property in value.EnumerateObject())
                {
                    if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                    {
                        Check(propertySchema, property.Value, path + "." + property.Name, problems);
                    }
                    else if (closed)
                    {
                        problems.Add($"{path}: unexpected property '{property.Name}'");
                    }
                }
            }

            if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
            {
                int i = 0;
                foreach (var item in value.EnumerateArray()) Check(items, item, $"{path}[{i++}]", problems);
            }
        }

        private static string Kind(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        };
    }
}
