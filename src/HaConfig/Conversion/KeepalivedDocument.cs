using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;
using HaConfig.Syntax;

namespace HaConfig.Conversion
{
    /// <summary>
    /// <c>keepalived.conf</c> as a document: <c>{format, version, statements: [node]}</c> where a node is a statement
    /// <c>{condition?, sequence?, keyword, args?, comment?, block?: [node]}</c>, a definition <c>{define, value, comment?}</c>,
    /// an include <c>{include, args, comment?}</c> or a comment line <c>{comment}</c>. Words are decoded values; one
    /// statement per line on the way back, so braces and layout are canonical.
    /// </summary>
    internal static class KeepalivedDocument
    {
        public const string FormatName = "keepalived";

        private const string Indent = "    ";

        public static DocumentMapping From(KeepalivedConfig config, bool showSecrets)
        {
            var top = new DocumentSequence();
            var current = top;
            var stack = new Stack<DocumentSequence>();
            DocumentMapping? last = null;
            DocumentMapping? definition = null;
            foreach (var line in config.Lines)
            {
                var kind = line.Kind;
                if (kind != KeepalivedLineKind.DefinitionContinuation) definition = null;
                DocumentMapping? onLine = null;
                List<SecretWord>? hidden = null;
                switch (kind)
                {
                    case KeepalivedLineKind.Blank:
                        continue;
                    case KeepalivedLineKind.Comment:
                        current.Items.Add(new DocumentMapping().Add("comment", DocumentComment.From(line.Comment!)));
                        last = null;
                        continue;
                    case KeepalivedLineKind.Definition:
                        definition = new DocumentMapping().Add("define", line.GetValue(0)).Add("value", line.TokenCount > 1 ? line.GetValue(1) : string.Empty);
                        current.Items.Add(definition);
                        onLine = definition;
                        last = null;
                        break;
                    case KeepalivedLineKind.DefinitionContinuation when definition is not null:
                        {
                            string value = ((DocumentScalar)definition.Get("value")!).Value;
                            var replaced = new DocumentMapping();
                            if (definition.GetString("condition") is { } definedIf) replaced.Add("condition", definedIf);
                            replaced.Add("define", definition.RequireString("define")).Add("value", value + "\n" + (line.TokenCount > 0 ? line.GetValue(0) : string.Empty));
                            current.Items[current.Items.Count - 1] = replaced;
                            definition = replaced;
                            onLine = line.Comment is null ? null : replaced;
                            break;
                        }

                    // An include line that opens or closes blocks ("include b {") is a statement to the block structure.
                    case KeepalivedLineKind.Include when !line.Tokens.Any(t => (t.Flags & TokenFlags.Brace) != 0):
                        onLine = new DocumentMapping().Add("include", line.GetValue(0));
                        if (line.TokenCount > 1) onLine.Add("args", Words(line, 1, line.TokenCount));
                        current.Items.Add(onLine);
                        last = null;
                        break;
                    default:
                        {
                            var tokens = line.Tokens;
                            hidden = Secrets.Hidden(line, showSecrets);
                            int t = 0;
                            string? condition = null;
                            if (kind == KeepalivedLineKind.Conditional) condition = tokens[t++].Value;
                            if (condition is not null && IsConditionalDefinition(line, tokens))
                            {
                                onLine = new DocumentMapping().Add("condition", condition).Add("define", tokens[1].Value).Add("value", tokens.Count > 2 ? tokens[2].Value : string.Empty);
                                current.Items.Add(onLine);
                                definition = onLine;
                                last = null;
                                break;
                            }

                            DocumentSequence? specs = null;
                            DocumentMapping? open = null;
                            for (; t < tokens.Count; t++)
                            {
                                var token = tokens[t];
                                if ((token.Flags & TokenFlags.Brace) != 0 && token.Value == "{")
                                {
                                    var owner = open ?? (last is not null && !last.Has("block") ? last : null);
                                    if (owner is null)
                                    {
                                        owner = NewStatement(ref condition, ref specs);
                                        current.Items.Add(owner);
                                    }

                                    var block = new DocumentSequence();
                                    owner.Add("block", block);
                                    stack.Push(current);
                                    current = block;
                                    onLine = owner;
                                    open = null;
                                    last = null;
                                }
                                else if ((token.Flags & TokenFlags.Brace) != 0 && token.Value == "}")
                                {
                                    Flush(current, ref condition, ref specs);
                                    if (stack.Count == 0) throw new ConversionException("'}' closes no block", token.Line, token.Column);
                                    current = stack.Pop();
                                    open = null;
                                    last = null;
                                }
                                else if (kind == KeepalivedLineKind.Sequence && open is null && IsSequenceSpec(token.Text))
                                {
                                    specs ??= new DocumentSequence(flow: true);
                                    specs.Items.Add(new DocumentScalar(token.Text));
                                }
                                else if (open is null)
                                {
                                    if (Word(token) is DocumentMapping)
                                    {
                                        throw new ConversionException($"the keyword {token.Text} holds a character keepalived cannot quote; a document cannot hold it", token.Line, token.Column);
                                    }

                                    open = NewStatement(ref condition, ref specs).Add("keyword", token.Value);
                                    current.Items.Add(open);
                                    onLine = open;
                                    last = open;
                                }
                                else
                                {
                                    if (open.GetSequence("args") is not { } args) open.Add("args", args = new DocumentSequence(flow: true));
                                    args.Items.Add(Secrets.Redacted(hidden, t, token.Value) is { } redacted ? new DocumentScalar(redacted) : Word(token));
                                }
                            }

                            Flush(current, ref condition, ref specs);
                            break;
                        }
                }

                if (Secrets.Comment(line, hidden) is not { } rawComment) continue;
                string comment = DocumentComment.From(rawComment);
                if (onLine is null) current.Items.Add(new DocumentMapping().Add("comment", comment));
                else onLine.AddBefore("block", "comment", new DocumentScalar(comment));
            }

            if (stack.Count > 0) throw new ConversionException("a block is never closed", 0, 0);
            return new DocumentMapping().Add("format", FormatName).Add("version", ConfigConverter.DocumentVersion).Add("statements", top);
        }

        /// <summary>Whether a conditional line holds a definition (<c>@id $NAME=value</c>).</summary>
        private static bool IsConditionalDefinition(KeepalivedLine line, IReadOnlyList<ConfigToken> tokens)
        {
            if (tokens.Count < 2 || !tokens[1].Text.StartsWith("$", StringComparison.Ordinal)) return false;
            string text = line.Text;
            int end = tokens[1].Column - 1 + tokens[1].Text.Length;
            return end < text.Length && text[end] == '=';
        }

        private static DocumentMapping NewStatement(ref string? condition, ref DocumentSequence? specs)
        {
            var node = new DocumentMapping();
            if (condition is not null) node.Add("condition", condition);
            if (specs is not null) node.Add("sequence", specs);
            condition = null;
            specs = null;
            return node;
        }

        // A condition or sequence that no statement follows on its line ("@" alone, "~SEQ()" alone) is kept as a statement
        // of its own; it was dropped, so converting lost words (found by fuzzing).
        private static void Flush(DocumentSequence current, ref string? condition, ref DocumentSequence? specs)
        {
            if (condition is not null || specs is not null) current.Items.Add(NewStatement(ref condition, ref specs));
        }

        private static bool IsSequenceSpec(string raw) =>
            raw.StartsWith("~SEQ(", StringComparison.Ordinal) || raw.StartsWith("~SEQx(", StringComparison.Ordinal) || raw.StartsWith("~LST(", StringComparison.Ordinal);

        private static DocumentSequence Words(KeepalivedLine line, int from, int to)
        {
            var words = new DocumentSequence(flow: true);
            for (int i = from; i < to; i++) words.Items.Add(new DocumentScalar(line.GetValue(i)));
            return words;
        }

        /// <summary>The configuration text a document describes, one statement per line, four spaces per block.</summary>
        public static string ToText(DocumentMapping root)
        {
            root.CheckKeys("a keepalived document", "format", "version", "statements");
            var statements = root.GetSequence("statements") ?? throw root.Error("'statements' is missing");
            var text = new StringBuilder();
            WriteNodes(text, statements, 0);
            return text.ToString();
        }

        private static void WriteNodes(StringBuilder text, DocumentSequence nodes, int depth)
        {
            string indentation = string.Concat(System.Linq.Enumerable.Repeat(Indent, depth));
            foreach (var node in nodes.Items)
            {
                var item = node as DocumentMapping ?? throw node.Error("a statement must be a mapping {keyword, args, block}");
                string? comment = Comment(item);
                if (item.Has("define"))
                {
                    item.CheckKeys("a definition", "define", "value", "comment", "condition");
                    string name = item.RequireString("define");
                    if (name.Length < 2 || name[0] != '$' || name.IndexOfAny(new[] { '=', ' ', '\t', '\n', '\r' }) >= 0) throw item.Get("define")!.Error("'define' is a name like $NAME");
                    string value = item.GetString("value") ?? string.Empty;
                    text.Append(indentation);
                    if (item.GetString("condition") is { } definedIf) text.Append(Condition(definedIf, item)).Append(' ');
                    text.Append(name).Append('=').Append(value.Replace("\r", string.Empty).Replace("\n", " \\\n"));
                    if (comment is not null) text.Append(' ').Append(comment);
                    text.Append('\n');
                    continue;
                }

                var words = new List<string>();
                if (item.Has("include"))
                {
                    item.CheckKeys("an include", "include", "args", "comment", "condition");
                    if (item.GetString("condition") is { } includedIf) words.Add(Condition(includedIf, item));
                    string keyword = item.RequireString("include");
                    if (!KeepalivedLexer.IsIncludeKeyword(keyword.AsSpan())) throw item.Get("include")!.Error($"'{keyword}' is not an include keyword");
                    words.Add(keyword);
                    AddArgs(words, item);
                    Append(text, indentation, words, comment);
                    continue;
                }

                item.CheckKeys("a statement", "condition", "sequence", "keyword", "args", "comment", "block");
                if (item.GetString("condition") is { } condition) words.Add(Condition(condition, item));
                if (item.GetSequence("sequence") is { } specs)
                {
                    foreach (var spec in specs.Items)
                    {
                        string raw = spec is DocumentScalar s ? s.Value : throw spec.Error("a sequence specification must be a string");
                        if (!IsSequenceSpec(raw) || raw.IndexOf('\n') >= 0 || raw[raw.Length - 1] == '\r') throw spec.Error("a sequence specification looks like ~SEQ(var,start,end)");
                        words.Add(raw);
                    }
                }

                string? word = item.GetString("keyword");
                if (word is not null) words.Add(KeywordAtLineStart(Quote(word, item.Get("keyword")!)));
                else if (item.Has("args")) throw item.Error("a statement with 'args' needs a 'keyword'");
                AddArgs(words, item);
                var block = item.GetSequence("block");
                if (block is not null) words.Add("{");
                if (words.Count == 0 && comment is null) throw item.Error("a statement needs a 'keyword', a 'block' or a 'comment'");
                Append(text, indentation, words, comment);
                if (block is null) continue;
                WriteNodes(text, block, depth + 1);
                text.Append(indentation).Append("}\n");
            }
        }

        // A keyword read in the middle of a line ("s { ~LST() }", "s { @x }") would be a sequence, a condition, a
        // definition or an include once written first on its own line: quoted, it stays a keyword (found by fuzzing).
        private static string KeywordAtLineStart(string raw)
        {
            if (raw.Length == 0 || raw[0] == '"') return raw;
            bool special = raw[0] == '@' || IsSequenceSpec(raw) || (raw[0] == '$' && raw.IndexOf('=') > 0) || KeepalivedLexer.IsIncludeKeyword(raw.AsSpan());
            return special ? "\"" + raw + "\"" : raw;
        }

        private static string Condition(string condition, DocumentMapping item)
        {
            // A lone '@' (an empty id, which no config-id matches) is what keepalived reads too; the converter writes it.
            if (condition.Length < 1 || condition[0] != '@' || condition.IndexOfAny(new[] { ' ', '\t', '\n', '\r', '!', '#' }) >= 0)
            {
                throw item.Get("condition")!.Error("'condition' is @id or @^id");
            }

            return condition;
        }

        private static void AddArgs(List<string> words, DocumentMapping item)
        {
            var args = item.GetSequence("args");
            if (args is null) return;
            foreach (var arg in args.Items)
            {
                if (RawWord.TryRead(arg) is { } raw)
                {
                    words.Add(raw);
                    continue;
                }

                string value = arg is DocumentScalar scalar ? scalar.Value : throw arg.Error("arguments must be strings or {raw: text}");
                Secrets.RefuseRedacted(value, arg);
                words.Add(Quote(value, arg));
            }
        }

        /// <summary>A word as its value, or as written when keepalived's quoting cannot express the value (a double quote inside quotes).</summary>
        private static DocumentNode Word(ConfigToken token)
        {
            try
            {
                KeepalivedLexer.Instance.Quote(token.Value);
                return new DocumentScalar(token.Value);
            }
            catch (ArgumentException)
            {
                return RawWord.Create(token.Text);
            }
        }

        private static string Quote(string value, DocumentNode at)
        {
            try
            {
                return KeepalivedLexer.Instance.Quote(value);
            }
            catch (ArgumentException e)
            {
                throw at.Error(e.Message.Split('(')[0].Trim());
            }
        }

        private static string? Comment(DocumentMapping item)
        {
            string? comment = item.GetString("comment");
            if (comment is null) return null;
            if (comment.Length == 0 || (comment[0] != '#' && comment[0] != '!') || comment.IndexOf('\n') >= 0 || comment.IndexOf('\r') >= 0)
            {
                throw item.Get("comment")!.Error("a comment starts with '!' or '#' and holds no line break");
            }

            return comment;
        }

        private static void Append(StringBuilder text, string indentation, List<string> words, string? comment)
        {
            text.Append(indentation).Append(string.Join(" ", words));
            if (comment is not null) text.Append(words.Count > 0 ? " " : string.Empty).Append(comment);
            text.Append('\n');
        }
    }
}
