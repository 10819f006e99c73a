using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

namespace HaConfig.Analyzers.Builders
{
    /// <summary>One word of a folded configuration line and the C# syntax that produced it.</summary>
    internal sealed class ModelWord
    {
        public ModelWord(string text, SyntaxNode? node, bool certain)
        {
            Text = text;
            Node = node;
            Certain = certain;
        }

        /// <summary>The word as the builder would write it (a harmless placeholder when not <see cref="Certain"/>).</summary>
        public string Text { get; }

        /// <summary>The argument that produced the word, or null for words the method itself writes (the keyword).</summary>
        public SyntaxNode? Node { get; }

        /// <summary>False when the argument is not a compile-time constant and the word is a placeholder.</summary>
        public bool Certain { get; }
    }

    /// <summary>A line of the folded configuration: a directive, a section header or a block header.</summary>
    internal sealed class ModelLine
    {
        public ModelLine(SyntaxNode invocation, string method)
        {
            Invocation = invocation;
            Method = method;
        }

        /// <summary>The invocation that wrote the line.</summary>
        public SyntaxNode Invocation { get; }

        /// <summary>The builder method's name.</summary>
        public string Method { get; }

        public List<ModelWord> Words { get; } = new();

        /// <summary>The section or block this line opens, if any.</summary>
        public ModelBlock? Child { get; set; }

        /// <summary>False when a word is a placeholder or the method's output is only approximated.</summary>
        public bool Certain { get; set; } = true;

        public void Add(string text, SyntaxNode? node = null, bool certain = true)
        {
            Words.Add(new ModelWord(text, node, certain));
            if (!certain) Certain = false;
        }
    }

    /// <summary>A section (HAProxy) or block (keepalived) with its lines in builder order.</summary>
    internal sealed class ModelBlock
    {
        private readonly Dictionary<string, ModelBlock> _lists = new(System.StringComparer.Ordinal);

        public List<ModelLine> Lines { get; } = new();

        /// <summary>The nested list block (<c>virtual_ipaddress { }</c>) the builder creates on first use and reuses.</summary>
        public ModelBlock List(string keyword, SyntaxNode invocation, string method)
        {
            if (!_lists.TryGetValue(keyword, out var list))
            {
                var header = new ModelLine(invocation, method);
                header.Add(keyword);
                list = new ModelBlock();
                header.Child = list;
                Lines.Add(header);
                _lists[keyword] = list;
            }

            return list;
        }
    }

    /// <summary>The text of a folded model and, per 1-based line, the model line it came from with its word columns.</summary>
    internal sealed class RenderedModel
    {
        private readonly List<(ModelLine? Line, int[] Columns)> _lines = new();

        private RenderedModel(string text, List<(ModelLine? Line, int[] Columns)> lines)
        {
            Text = text;
            _lines = lines;
        }

        public string Text { get; }

        /// <summary>Renders HAProxy sections (header at column 1, directives indented) or keepalived blocks (braces).</summary>
        public static RenderedModel Render(ModelBlock root, ConfigFormat format)
        {
            var text = new StringBuilder();
            var lines = new List<(ModelLine?, int[])>();
            Write(root, format, 0, text, lines);
            return new RenderedModel(text.ToString(), lines);
        }

        /// <summary>The model line at the 1-based <paramref name="line"/>, and the word at <paramref name="column"/> (or null).</summary>
        public (ModelLine? Line, ModelWord? Word) At(int line, int column)
        {
            if (line < 1 || line > _lines.Count) return (null, null);
            var (model, columns) = _lines[line - 1];
            if (model is null) return (null, null);
            ModelWord? word = null;
            for (int i = 0; i < columns.Length; i++)
            {
                if (column >= columns[i]) word = model.Words[i];
            }

            return (model, word);
        }

        private static void Write(ModelBlock block, ConfigFormat format, int depth, StringBuilder text, List<(ModelLine?, int[])> lines)
        {
            foreach (var line in block.Lines)
            {
                string indent = new(' ', depth * 4);
                var columns = new int[line.Words.Count];
                var row = new StringBuilder(indent);
                for (int i = 0; i < line.Words.Count; i++)
                {
                    if (i > 0) row.Append(' ');
                    columns[i] = row.Length + 1;
                    row.Append(line.Words[i].Text);
                }

                bool braces = format == ConfigFormat.Keepalived && line.Child is not null;
                if (braces) row.Append(" {");
                text.Append(row).Append('\n');
                lines.Add((line, columns));
                if (line.Child is not null)
                {
                    Write(line.Child, format, format == ConfigFormat.HAProxy && depth == 0 ? 1 : depth + 1, text, lines);
                    if (braces)
                    {
                        text.Append(indent).Append("}\n");
                        lines.Add((line, new[] { indent.Length + 1 }));
                    }
                }
            }
        }
    }
}
