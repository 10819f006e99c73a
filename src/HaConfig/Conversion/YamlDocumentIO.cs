using System;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HaConfig.Conversion
{
    /// <summary>
    /// The YAML form of a document, read and written as a stream of events (YamlDotNet's parser and emitter): no object
    /// mapping, no type tags, no aliases, bounded depth, so it works trimmed and compiled ahead of time and a hostile
    /// document cannot make it build objects or expand a billion laughs.
    /// </summary>
    internal static class YamlDocumentIO
    {
        // Plain scalars that YAML 1.1 or 1.2 readers would take for something other than a string.
        private static readonly Regex NotAString = new(
            @"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|<<|=)$",
            RegexOptions.CultureInvariant);

        public static string Write(DocumentNode root)
        {
            var text = new StringWriter { NewLine = "\n" };
            var emitter = new Emitter(text, 2, int.MaxValue, false);
            emitter.Emit(new StreamStart());
            emitter.Emit(new DocumentStart());
            WriteNode(emitter, root);
            emitter.Emit(new DocumentEnd(true));
            emitter.Emit(new StreamEnd());
            return text.ToString();
        }

        private static void WriteNode(IEmitter emitter, DocumentNode node)
        {
            switch (node)
            {
                case DocumentScalar scalar:
                    WriteScalar(emitter, scalar.Value);
                    break;
                case DocumentSequence sequence:
                    emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, sequence.Flow ? SequenceStyle.Flow : SequenceStyle.Block));
                    foreach (var item in sequence.Items) WriteNode(emitter, item);
                    emitter.Emit(new SequenceEnd());
                    break;
                case DocumentMapping mapping:
                    emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
                    foreach (var entry in mapping.Entries)
                    {
                        WriteScalar(emitter, entry.Key);
                        WriteNode(emitter, entry.Value);
                    }

                    emitter.Emit(new MappingEnd());
                    break;
            }
        }

        private static void WriteScalar(IEmitter emitter, string value)
        {
            // Words that would read as numbers, booleans or null are quoted so that every YAML reader sees strings; so are
            // words with control characters or edge whitespace, which a plain or block scalar does not keep (a leading
            // tab was dropped, a carriage return became a line feed; found by fuzzing).
            var style = value.Length == 0 || NotAString.IsMatch(value) || NeedsEscapes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, true, true));
        }

        private static bool NeedsEscapes(string value)
        {
            if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1])) return true;
            foreach (char c in value)
            {
                if (char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF') return true;
            }

            return false;
        }

        /// <summary>Reads one YAML document of mappings, lists and strings; anything else is an error with its line and column.</summary>
        public static DocumentNode Read(string text)
        {
            DocumentLimits.CheckSize(text);
            var parser = new Parser(new StringReader(text));
            try
            {
                parser.Consume<StreamStart>();
                if (parser.Accept<StreamEnd>(out _)) throw new ConversionException("malformed YAML: the document is empty", 1, 1);
                parser.Consume<DocumentStart>();
                var root = ReadNode(parser, 0);
                parser.Consume<DocumentEnd>();
                if (!parser.Accept<StreamEnd>(out _))
                {
                    var next = parser.Current!;
                    throw new ConversionException("malformed YAML: only one document is accepted", Line(next.Start), Column(next.Start));
                }

                return root;
            }
            catch (YamlException e)
            {
                throw new ConversionException("malformed YAML: " + OneLine(e.Message), Line(e.Start), Column(e.Start));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // YamlDotNet's scanner and parser throw these instead of a YamlException on some malformed input ("  - [a\nk",
                // "!!] :"; found by fuzzing); the last event read is the nearest position known.
                var at = LastPosition(parser);
                throw new ConversionException("malformed YAML: " + OneLine(e.Message), Line(at), Column(at));
            }
        }

        private static Mark LastPosition(IParser parser)
        {
            try
            {
                return parser.Current?.Start ?? Mark.Empty;
            }
            catch (InvalidOperationException)
            {
                return Mark.Empty;
            }
        }

        private static DocumentNode ReadNode(IParser parser, int depth)
        {
            var start = parser.Current ?? throw new ConversionException("malformed YAML: unexpected end", 0, 0);
            int line = Line(start.Start), column = Column(start.Start);
            if (depth > DocumentLimits.MaxDepth) throw new ConversionException($"the document nests deeper than {DocumentLimits.MaxDepth} levels", line, column);
            if (start is AnchorAlias) throw new ConversionException("aliases (*name) are not accepted; write the value out", line, column);
            if (start is NodeEvent node && !node.Tag.IsEmpty && !(start is Scalar tagged && tagged.Tag.Value == "tag:yaml.org,2002:str"))
            {
                throw new ConversionException($"type tags ({node.Tag.Value}) are not accepted", line, column);
            }

            switch (start)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return new DocumentScalar(scalar.Value, line, column);
                case SequenceStart:
                    {
                        parser.MoveNext();
                        var sequence = new DocumentSequence(line, column, flow: true);
                        while (!parser.TryConsume<SequenceEnd>(out _)) sequence.Items.Add(ReadNode(parser, depth + 1));
                        return sequence;
                    }

                case MappingStart:
                    {
                        parser.MoveNext();
                        var mapping = new DocumentMapping(line, column);
                        while (!parser.TryConsume<MappingEnd>(out _))
                        {
                            var key = ReadNode(parser, depth + 1);
                            if (key is not DocumentScalar keyScalar) throw key.Error("keys must be strings");
                            var value = ReadNode(parser, depth + 1);
                            if (!mapping.TryAdd(keyScalar.Value, value)) throw key.Error($"duplicate key '{keyScalar.Value}'");
                        }

                        return mapping;
                    }

                default:
                    throw new ConversionException($"malformed YAML: unexpected {start.GetType().Name}", line, column);
            }
        }

        private static int Line(Mark mark) => (int)Math.Min(int.MaxValue, mark.Line);

        private static int Column(Mark mark) => (int)Math.Min(int.MaxValue, mark.Column);

        private static string OneLine(string message)
        {
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the caller reports the position itself.
            int cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0) message = message.Substring(cut + 3);
            return message.Replace('\n', ' ').Replace('\r', ' ').Trim();
        }
    }
}
