using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HaConfig.Conversion
{
    /// <summary>
    /// The JSON form of a document, read with <see cref="Utf8JsonReader"/> and written with <see cref="Utf8JsonWriter"/>:
    /// no reflection, so it works trimmed and compiled ahead of time.
    /// </summary>
    internal static class JsonDocumentIO
    {
        public static string Write(DocumentNode root)
        {
            using var stream = new MemoryStream();
            var options = new JsonWriterOptions
            {
                Indented = true,

                // Configuration words are shown as written ('<', '&', '+' and non-ASCII letters stay readable); the output is not HTML.
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                MaxDepth = DocumentLimits.MaxDepth + 1,
            };
            using (var writer = new Utf8JsonWriter(stream, options))
            {
                WriteNode(writer, root);
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static void WriteNode(Utf8JsonWriter writer, DocumentNode node)
        {
            switch (node)
            {
                case DocumentScalar scalar:
                    writer.WriteStringValue(scalar.Value);
                    break;
                case DocumentSequence sequence:
                    writer.WriteStartArray();
                    foreach (var item in sequence.Items) WriteNode(writer, item);
                    writer.WriteEndArray();
                    break;
                case DocumentMapping mapping:
                    writer.WriteStartObject();
                    foreach (var entry in mapping.Entries)
                    {
                        writer.WritePropertyName(entry.Key);
                        WriteNode(writer, entry.Value);
                    }

                    writer.WriteEndObject();
                    break;
            }
        }

        /// <summary>Reads a JSON document made of objects, arrays and strings; anything else is an error with its line and column.</summary>
        public static DocumentNode Read(string text)
        {
            DocumentLimits.CheckSize(text);
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            var lines = new LineMap(bytes);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = DocumentLimits.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
            var stack = new Stack<DocumentNode>();
            var keys = new Stack<string?>();
            DocumentNode? root = null;
            string? pendingKey = null;
            try
            {
                while (reader.Read())
                {
                    var (line, column) = lines.Locate(reader.TokenStartIndex);
                    DocumentNode? value = null;
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                            value = new DocumentMapping(line, column);
                            break;
                        case JsonTokenType.StartArray:
                            value = new DocumentSequence(line, column, flow: true);
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            var done = stack.Pop();
                            pendingKey = keys.Pop();
                            if (stack.Count == 0) root = done;
                            else Attach(stack.Peek(), pendingKey, done);
                            pendingKey = null;
                            continue;
                        case JsonTokenType.PropertyName:
                            pendingKey = ReadString(ref reader, line, column);
                            continue;
                        case JsonTokenType.String:
                            value = new DocumentScalar(ReadString(ref reader, line, column), line, column);
                            break;
                        default:
                            throw new ConversionException($"expected a string, a list or an object, found {Describe(reader.TokenType)}; quote numbers and words such as true", line, column);
                    }

                    if (value is DocumentMapping or DocumentSequence)
                    {
                        stack.Push(value);
                        keys.Push(pendingKey);
                        pendingKey = null;
                    }
                    else if (stack.Count == 0)
                    {
                        root = value;
                    }
                    else
                    {
                        Attach(stack.Peek(), pendingKey, value);
                        pendingKey = null;
                    }
                }
            }
            catch (JsonException e)
            {
                // The reader's positions are 0-based; its message repeats them at the end in its own words.
                string message = e.Message;
                int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                if (cut > 0) message = message.Substring(0, cut);
                throw new ConversionException("malformed JSON: " + message.TrimEnd(), (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            }

            return root ?? throw new ConversionException("malformed JSON: the document is empty", 1, 1);
        }

        // "\ud800" is valid JSON syntax but no string: the reader throws InvalidOperationException (found by fuzzing).
        private static string ReadString(ref Utf8JsonReader reader, int line, int column)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw new ConversionException("malformed JSON: a string holds an unpaired UTF-16 surrogate escape (\\uD800-\\uDFFF)", line, column);
            }
        }

        private static void Attach(DocumentNode parent, string? key, DocumentNode value)
        {
            if (parent is DocumentSequence sequence)
            {
                sequence.Items.Add(value);
            }
            else if (!((DocumentMapping)parent).TryAdd(key!, value))
            {
                throw value.Error($"duplicate key '{key}'");
            }
        }

        private static string Describe(JsonTokenType type) => type switch
        {
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => type.ToString(),
        };

        /// <summary>Turns byte offsets into 1-based lines and character columns.</summary>
        private sealed class LineMap
        {
            private readonly byte[] _bytes;
            private readonly List<int> _starts = new() { 0 };

            public LineMap(byte[] bytes)
            {
                _bytes = bytes;
                for (int i = 0; i < bytes.Length; i++)
                {
                    if (bytes[i] == (byte)'\n') _starts.Add(i + 1);
                }
            }

            public (int Line, int Column) Locate(long offset)
            {
                int index = _starts.BinarySearch((int)offset);
                if (index < 0) index = ~index - 1;
                int start = _starts[index];
                return (index + 1, Encoding.UTF8.GetCharCount(_bytes, start, (int)offset - start) + 1);
            }
        }
    }

    /// <summary>Bounds on documents read back, so that a hostile file cannot exhaust memory or the stack.</summary>
    internal static class DocumentLimits
    {
        /// <summary>Nesting of lists and mappings (keepalived blocks nest a few levels; each level is two document levels).</summary>
        public const int MaxDepth = 64;

        /// <summary>Characters in a document (a 360 000-line configuration converts to well under this).</summary>
        public const int MaxLength = 256 * 1024 * 1024;

        public static void CheckSize(string text)
        {
            if (text.Length > MaxLength) throw new ConversionException($"the document is larger than {MaxLength / (1024 * 1024)} MiB", 0, 0);
        }
    }
}
