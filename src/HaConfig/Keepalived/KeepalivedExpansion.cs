using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HaConfig.Diagnostics;
using HaConfig.Keepalived.Syntax;
using HaConfig.Validation;

namespace HaConfig.Keepalived
{
    /// <summary>Options of <see cref="KeepalivedExpansion"/>.</summary>
    public sealed class KeepalivedExpansionOptions
    {
        /// <summary>The config-id <c>@id</c> lines are resolved for (<c>keepalived -i</c>); null keeps every conditional line.</summary>
        public string? ConfigId { get; set; }

        /// <summary>
        /// The most lines expansion may add to those written in the files (from <c>~SEQ</c>/<c>~LST</c> and multi-line
        /// definitions) before it stops with HA0029 (default 100 000). A line as written counts once and never against
        /// the limit, so a large plain file is read whole: its size is bounded by <see cref="HaConfigLimits.MaxFileBytes"/>.
        /// </summary>
        public int MaxGeneratedLines { get; set; } = 100_000;
    }

    /// <summary>One logical line of the expanded view and the source line it came from.</summary>
    public sealed class ExpandedLine
    {
        internal ExpandedLine(string text, KeepalivedLine source)
        {
            Text = text;
            Source = source;
        }

        /// <summary>The text after definitions, conditions and sequences were applied (comments removed), secrets included.</summary>
        public string Text { get; }

        /// <summary>The physical line (in its own file) this line comes from.</summary>
        public KeepalivedLine Source { get; }

        /// <summary>The text for display, secrets (<c>auth_pass</c>, <c>password</c>, <c>key</c> values) shown as <c>&lt;redacted&gt;</c>; <see cref="Text"/> is exact.</summary>
        public override string ToString() =>
            HaConfig.Syntax.SecretWords.RedactedText(HaConfig.Syntax.SyntaxDocument.Parse(Text, null, KeepalivedLexer.Instance));
    }

    /// <summary>
    /// What keepalived actually reads, for validation: includes followed, <c>$NAME</c> definitions substituted with late
    /// binding, <c>@id</c> lines resolved, <c>~SEQ</c>/<c>~LST</c> expanded under a cap. Every line points back to its source.
    /// </summary>
    public sealed partial class KeepalivedExpansion
    {
        private readonly List<ExpandedLine> _lines = new();
        private readonly List<Diagnostic> _diagnostics = new();
        private readonly Dictionary<string, string> _definitions = new(StringComparer.Ordinal);
        private int _longestName;
        private readonly KeepalivedExpansionOptions _options;
        private string? _pendingName;
        private StringBuilder? _pendingValue;
        private bool _capped;
        private int _generated;
        private KeepalivedLine? _lastSource;
        private KeepalivedConfig? _expanded;

        private KeepalivedExpansion(KeepalivedExpansionOptions options)
        {
            _options = options;
            Define("_HASH", "#");
            Define("_BANG", "!");
            Define("_INSTANCE", options.ConfigId ?? string.Empty);
        }

        /// <summary>The expanded lines, in the order keepalived reads them.</summary>
        public IReadOnlyList<ExpandedLine> Lines => _lines;

        /// <summary>Problems found while expanding (HA0028, HA0029).</summary>
        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        /// <summary>The expanded text, one logical line per line.</summary>
        public string Text
        {
            get
            {
                var builder = new StringBuilder();
                foreach (var line in _lines) builder.Append(line.Text).Append('\n');
                return builder.ToString();
            }
        }

        /// <summary>The expanded text parsed as a configuration; line <c>i</c> of it comes from <c>Lines[i].Source</c>.</summary>
        public KeepalivedConfig Config => _expanded ??= KeepalivedConfig.Parse(Text);

        /// <summary>Expands a configuration (and the files it included when it was loaded).</summary>
        public static KeepalivedExpansion Expand(KeepalivedConfig config, KeepalivedExpansionOptions? options = null)
        {
            if (config is null) throw new ArgumentNullException(nameof(config));
            var expansion = new KeepalivedExpansion(options ?? new KeepalivedExpansionOptions());
            expansion.ExpandFile(config);
            return expansion;
        }

        /// <summary>
        /// Whether expanding <paramref name="config"/> would only drop its comments and blank lines: no include, no
        /// definition or <c>$</c>, no <c>@id</c> line, no <c>~SEQ</c>/<c>~LST</c>, no <c>\</c> escape, every line's words
        /// ending where its trimmed text ends (such a file generates nothing, so the cap cannot apply). Then the expanded configuration reads as
        /// the source itself and validation can use the source directly (statement for statement, in the same order)
        /// instead of writing the expanded text and parsing it again.
        /// </summary>
        internal static bool ExpandsToItself(KeepalivedConfig config)
        {
            if (config.Includes.Count > 0) return false;
            var document = config.Document;

            // A text never edited is one string, searched once. Without '$', '\' nor '~' in it, and without a blank other
            // than spaces and tabs (the lexer takes form feeds, vertical tabs and carriage returns for blanks too), the
            // words the lexer read from a line without error span its trimmed code exactly, and only the kinds of the
            // lines are left to check. A comment holding one of those characters only sends the file to the line checks.
            var text = document.Version == 0 ? document.ToString().AsSpan() : default;
            bool plain = document.Version == 0 && text.IndexOfAny('$', '\\', '~') < 0 && text.IndexOfAny('\f', '\v', '\r') < 0;
            for (int i = 0; i < document.LineCount; i++)
            {
                ref readonly var record = ref document.GetLine(i);
                switch ((KeepalivedLineKind)record.Kind)
                {
                    case KeepalivedLineKind.Blank:
                    case KeepalivedLineKind.Comment:
                    case KeepalivedLineKind.Statement:
                    case KeepalivedLineKind.BraceOnly:
                        break;
                    default:
                        return false;
                }

                if (record.LexState != 0) return false;
                if (plain && !record.HasErrors) continue;
                var content = document.GetContent(i);
                var code = record.CommentStart >= 0 ? content.Slice(0, record.CommentStart) : content;
                if (record.TokenCount == 0)
                {
                    if (!IsBlank(code)) return false;
                    continue;
                }

                // The expanded line is its trimmed text alone: it lexes to the same words only if they span exactly
                // that text, that is when only blanks come before the first word and after the last.
                int start = document.GetToken(i, 0).Start, end = document.GetToken(i, record.TokenCount - 1).End;
                if (start >= end || end > code.Length || IsBlankChar(code[start]) || IsBlankChar(code[end - 1])) return false;
                if (!IsBlank(code.Slice(0, start)) || !IsBlank(code.Slice(end))) return false;
                if (code[start] is '@' or '~' || code.Slice(start, end - start).IndexOfAny('$', '\\') >= 0) return false;
            }

            return true;
        }

        private static bool IsBlankChar(char c) => c is ' ' or '\t';

        private static bool IsBlank(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                if (!IsBlankChar(c)) return false;
            }

            return true;
        }

        private void ExpandFile(KeepalivedConfig config)
        {
            string? previousPwd = _definitions.TryGetValue("_PWD", out var pwd) ? pwd : null;
            if (config.Path is not null) Define("_PWD", System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(config.Path)) ?? "/");
            foreach (var line in config.Lines)
            {
                if (_capped) return;
                string text = Decomment(line);
                if (_pendingName is not null)
                {
                    ContinueDefinition(text);
                    continue;
                }

                if (text.Length == 0) continue;
                if (line.Kind == KeepalivedLineKind.Include)
                {
                    foreach (var include in config.Includes)
                    {
                        if (include.Line.Id != line.Id) continue;
                        foreach (var file in include.Files) ExpandFile(file);
                    }

                    continue;
                }

                Process(text, line, 0);
            }

            if (previousPwd is not null) Define("_PWD", previousPwd);
        }

        private void ContinueDefinition(string text)
        {
            bool more = text.EndsWith("\\", StringComparison.Ordinal);
            if (text.Length > 0) _pendingValue!.Append('\n').Append(more ? text.Substring(0, text.Length - 1).TrimEnd() : text);
            if (more && text.Length > 0) return;
            Define(_pendingName!, _pendingValue!.ToString());
            _pendingName = null;
            _pendingValue = null;
        }

        private void Process(string text, KeepalivedLine source, int depth)
        {
            if (_capped || depth > 64) return;
            if (text[0] == '@')
            {
                int blank = IndexOfBlank(text);
                if (blank < 0 || !ConditionHolds(text.Substring(0, blank))) return;
                text = text.Substring(blank).TrimStart();
                if (text.Length == 0) return;
            }

            if (text[0] == '$' && TryDefine(text)) return;
            if (text.StartsWith("~SEQ", StringComparison.Ordinal) || text.StartsWith("~LST(", StringComparison.Ordinal))
            {
                ExpandSequence(text, source, depth);
                return;
            }

            string substituted = Substitute(text);
            string trimmed = text.Trim();
            if (substituted.IndexOf('\n') >= 0 && trimmed.Length > 1 && trimmed[0] == '$')
            {
                foreach (var part in substituted.Split('\n'))
                {
                    if (part.Trim().Length > 0) Process(part.Trim(), source, depth + 1);
                }

                return;
            }

            if (substituted.Length > 0 && substituted[0] == '@' && substituted != text)
            {
                Process(substituted, source, depth + 1);
                return;
            }

            Emit(substituted, source);
        }

        private void Emit(string text, KeepalivedLine source)
        {
            // The first line a source line yields is the line as written; every further one was generated.
            if (ReferenceEquals(source, _lastSource))
            {
                if (_generated >= _options.MaxGeneratedLines)
                {
                    _capped = true;
                    _diagnostics.Add(KeepalivedStructure.Make(RuleCatalogue.ExpansionLimit, source.Location, _options.MaxGeneratedLines));
                    return;
                }

                _generated++;
            }

            _lastSource = source;
            _lines.Add(new ExpandedLine(text, source));
        }

        private bool ConditionHolds(string condition)
        {
            if (_options.ConfigId is null) return true;
            bool negate = condition.StartsWith("@^", StringComparison.Ordinal);
            string id = condition.Substring(negate ? 2 : 1);
            return (id == _options.ConfigId) != negate;
        }

        private bool TryDefine(string text)
        {
            int equals = text.IndexOf('=');
            if (equals < 2) return false;
            for (int i = 1; i < equals; i++)
            {
                char c = text[i];
                if (!(c == '_' || (c < 0x80 && char.IsLetterOrDigit(c))) || (i == 1 && char.IsDigit(c))) return false;
            }

            string name = text.Substring(1, equals - 1);
            string value = text.Substring(equals + 1).TrimStart();
            if (value.EndsWith("\\", StringComparison.Ordinal))
            {
                _pendingName = name;
                _pendingValue = new StringBuilder(value.Substring(0, value.Length - 1).TrimEnd());
                return true;
            }

            Define(name, value);
            return true;
        }

        private void Define(string name, string value)
        {
            _definitions[name] = value;
            if (name.Length > _longestName) _longestName = name.Length;
        }

        private static int IndexOfBlank(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == ' ' || text[i] == '\t') return i;
            }

            return -1;
        }
    }
}
