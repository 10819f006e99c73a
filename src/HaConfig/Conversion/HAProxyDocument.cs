using System.Collections.Generic;
using System.Text;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Conversion
{
    /// <summary>
    /// <c>haproxy.cfg</c> as a document: <c>{format, version, preamble?, sections: [{section, name?, args?, comment?,
    /// directives: [{keyword, args?, comment?} | {comment}]}]}</c>. Words are decoded values; blank lines and layout are not kept.
    /// </summary>
    internal static class HAProxyDocument
    {
        public const string FormatName = "haproxy";

        public static DocumentMapping From(HAProxyConfig config, bool showSecrets)
        {
            var root = new DocumentMapping().Add("format", FormatName).Add("version", ConfigConverter.DocumentVersion);
            var sections = config.Sections;
            int firstHeader = sections.Count > 0 ? sections[0].Header.Index : int.MaxValue;
            var preamble = new DocumentSequence();
            var lines = config.Lines;
            for (int i = 0; i < lines.Count && i < firstHeader; i++) AddItem(preamble, lines[i], showSecrets);
            if (preamble.Items.Count > 0) root.Add("preamble", preamble);

            var list = new DocumentSequence();
            foreach (var section in sections)
            {
                var header = section.Header;
                var node = new DocumentMapping().Add("section", section.Keyword);
                int next = 1;
                if (section.Name is not null)
                {
                    node.Add("name", section.Name);
                    next = 2;
                }

                if (header.TokenCount > next) node.Add("args", Words(header, next, showSecrets));
                if (header.Comment is not null) node.Add("comment", DocumentComment.From(header.Comment));
                var directives = new DocumentSequence();
                foreach (var line in section.BodyLines) AddItem(directives, line, showSecrets);
                node.Add("directives", directives);
                list.Items.Add(node);
            }

            root.Add("sections", list);
            return root;
        }

        private static void AddItem(DocumentSequence items, HAProxyLine line, bool showSecrets)
        {
            if (line.Kind == HAProxyLineKind.Blank) return;
            var item = new DocumentMapping();
            if (line.TokenCount > 0)
            {
                item.Add("keyword", line.GetValue(0));
                if (line.TokenCount > 1) item.Add("args", Words(line, 1, showSecrets));
            }

            if (Secrets.Comment(line, Secrets.Hidden(line, showSecrets)) is { } comment) item.Add("comment", DocumentComment.From(comment));
            items.Items.Add(item);
        }

        private static DocumentSequence Words(HAProxyLine line, int from, bool showSecrets)
        {
            var words = new DocumentSequence(flow: true);
            var hidden = Secrets.Hidden(line, showSecrets);
            var tokens = line.Tokens;
            for (int i = from; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (Secrets.Redacted(hidden, i, token.Value) is { } redacted) words.Items.Add(new DocumentScalar(redacted));
                else if (HasLiteralDollar(token) || token.Value.IndexOf('\0') >= 0) words.Items.Add(RawWord.Create(token.Text)); // a NUL cannot be quoted back
                else words.Items.Add(new DocumentScalar(token.Value));
            }

            return words;
        }

        /// <summary>
        /// Whether a word protects a <c>$</c> from variable expansion (single quotes, <c>\$</c>): its value alone would
        /// be written back as a variable, so it is kept as written.
        /// </summary>
        private static bool HasLiteralDollar(Syntax.ConfigToken token) =>
            token.Value.IndexOf('$') >= 0 && ((token.Flags & Syntax.TokenFlags.SingleQuoted) != 0 || token.Text.IndexOf("\\$", System.StringComparison.Ordinal) >= 0);

        /// <summary>The configuration text a document describes, in canonical layout.</summary>
        public static string ToText(DocumentMapping root)
        {
            root.CheckKeys("a HAProxy document", "format", "version", "preamble", "sections");
            var text = new StringBuilder();
            var preamble = root.GetSequence("preamble");
            if (preamble is not null)
            {
                foreach (var item in preamble.Items) WriteItem(text, item, string.Empty);
            }

            var sections = root.GetSequence("sections") ?? throw root.Error("'sections' is missing");
            foreach (var node in sections.Items)
            {
                var section = node as DocumentMapping ?? throw node.Error("a section must be a mapping {section, name, directives}");
                section.CheckKeys("a section", "section", "name", "args", "comment", "directives");
                string keyword = section.RequireString("section");
                if (!HAProxyLexer.IsSectionKeyword(keyword)) throw (section.Get("section") ?? section).Error($"'{keyword}' is not a HAProxy section keyword");
                if (text.Length > 0) text.Append('\n');
                var words = new List<string> { keyword };
                string? name = section.GetString("name");
                if (name is not null) words.Add(Word(name, section.Get("name")!));
                AddArgs(words, section);
                AppendLine(text, string.Empty, words, Comment(section));
                var directives = section.GetSequence("directives");
                if (directives is null) continue;
                foreach (var item in directives.Items) WriteItem(text, item, "    ");
            }

            return text.ToString();
        }

        private static void WriteItem(StringBuilder text, DocumentNode node, string indentation)
        {
            var item = node as DocumentMapping ?? throw node.Error("a directive must be a mapping {keyword, args, comment}");
            item.CheckKeys("a directive", "keyword", "args", "comment");
            var words = new List<string>();
            string? keyword = item.GetString("keyword");
            if (keyword is not null)
            {
                if (keyword.Length == 0) throw item.Get("keyword")!.Error("'keyword' is empty");
                words.Add(Word(keyword, item.Get("keyword")!));
                AddArgs(words, item);
            }
            else if (item.Has("args"))
            {
                throw item.Error("a directive with 'args' needs a 'keyword'");
            }

            string? comment = Comment(item);
            if (words.Count == 0 && comment is null) throw item.Error("a directive needs a 'keyword' or a 'comment'");
            AppendLine(text, indentation, words, comment);
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
                words.Add(Word(value, arg));
            }
        }

        private static string Word(string value, DocumentNode at)
        {
            Secrets.RefuseRedacted(value, at);
            string quoted = HAProxyLexer.Instance.Quote(value);
            if (quoted[0] is not ('\'' or '"') || value.IndexOf('$') < 0) return quoted;

            // A '$' in a value is a variable, as it was in the source (literal ones are kept raw): weak quotes, '$' unescaped
            // (the lexer's double quotes escape it, which made "$\r" literal; found by fuzzing).
            var builder = new StringBuilder(value.Length + 8).Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    default: builder.Append(c); break;
                }
            }

            return builder.Append('"').ToString();
        }

        private static string? Comment(DocumentMapping item)
        {
            string? comment = item.GetString("comment");
            if (comment is null) return null;
            if (comment.Length == 0 || comment[0] != '#' || comment.IndexOf('\n') >= 0 || comment.IndexOf('\r') >= 0)
            {
                throw item.Get("comment")!.Error("a comment starts with '#' and holds no line break");
            }

            return comment;
        }

        private static void AppendLine(StringBuilder text, string indentation, List<string> words, string? comment)
        {
            text.Append(indentation).Append(string.Join(" ", words));
            if (comment is not null) text.Append(words.Count > 0 ? " " : string.Empty).Append(comment);
            text.Append('\n');
        }
    }
}
