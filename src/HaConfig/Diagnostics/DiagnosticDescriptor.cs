using System;
using System.Globalization;

namespace HaConfig.Diagnostics
{
    /// <summary>
    /// Describes one rule of the catalogue once: its stable ID, title, message format, default severity and fix hint.
    /// Every diagnostic refers to its descriptor.
    /// </summary>
    public sealed class DiagnosticDescriptor
    {
        /// <summary>Where the docs pages live; the page of a rule is <c>{HelpBaseUri}{Id}.md</c>.</summary>
        public const string HelpBaseUri = "https://github.com/haconfig/haconfig/blob/main/docs/rules/";

        /// <summary>Creates a descriptor.</summary>
        public DiagnosticDescriptor(string id, string title, string messageFormat, DiagnosticSeverity defaultSeverity, string fixHint, RuleCategory category)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            MessageFormat = messageFormat ?? throw new ArgumentNullException(nameof(messageFormat));
            DefaultSeverity = defaultSeverity;
            FixHint = fixHint ?? throw new ArgumentNullException(nameof(fixHint));
            Category = category;
        }

        /// <summary>The stable ID, e.g. <c>HA0001</c>. It never changes meaning once shipped.</summary>
        public string Id { get; }

        /// <summary>A short title.</summary>
        public string Title { get; }

        /// <summary>A composite format string; the arguments name the offending values.</summary>
        public string MessageFormat { get; }

        /// <summary>The severity unless the caller overrides it.</summary>
        public DiagnosticSeverity DefaultSeverity { get; }

        /// <summary>What to do about it, one sentence.</summary>
        public string FixHint { get; }

        /// <summary>Which format or layer the rule belongs to.</summary>
        public RuleCategory Category { get; }

        /// <summary>The rule's docs page.</summary>
        public string HelpUri => HelpBaseUri + Id + ".md";

        // MessageFormat's highest {n} plus one, or -1 until first asked.
        private int _argumentCount = -1;

        /// <summary>How many arguments <see cref="MessageFormat"/> refers to: its highest <c>{n}</c> plus one.</summary>
        internal int ArgumentCount
        {
            get
            {
                int count = _argumentCount;
                if (count < 0) _argumentCount = count = CountArguments(MessageFormat);
                return count;
            }
        }

        private static int CountArguments(string format)
        {
            int count = 0;
            for (int i = 0; i < format.Length; i++)
            {
                if (format[i] != '{') continue;
                if (i + 1 < format.Length && format[i + 1] == '{')
                {
                    i++; // an escaped brace
                    continue;
                }

                int index = 0, j = i + 1;
                while (j < format.Length && format[j] is >= '0' and <= '9') index = index * 10 + (format[j++] - '0');
                if (j > i + 1) count = Math.Max(count, index + 1);
                i = j - 1;
            }

            return count;
        }

        /// <summary>Formats the message for the given arguments.</summary>
        public string FormatMessage(params object?[] args) =>
            args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

        /// <inheritdoc />
        public override string ToString() => Id + ": " + Title;
    }

    /// <summary>The families of rule IDs.</summary>
    public enum RuleCategory
    {
        /// <summary><c>HA0xxx</c>: lexical and syntax problems, both formats.</summary>
        Syntax,

        /// <summary><c>HA1xxx</c>: HAProxy semantics.</summary>
        HAProxy,

        /// <summary><c>HA2xxx</c>: keepalived semantics.</summary>
        Keepalived,

        /// <summary><c>HA3xxx</c>: the HA pair across both files.</summary>
        Pair,

        /// <summary><c>HA9xxx</c>: C# usage, reported by the analyzers only.</summary>
        Analyzer,
    }
}
