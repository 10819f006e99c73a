using System;
using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// A rule of <c>http-request</c>, <c>http-response</c>, <c>http-after-response</c>, <c>tcp-request
    /// connection|session|content|inspect-delay</c> or <c>tcp-response content|inspect-delay</c>:
    /// <c>ruleset action [args] [if|unless cond]</c>.
    /// </summary>
    public sealed class RuleDirective : HAProxyDirective
    {
        internal RuleDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>Whether the keyword is <c>tcp-request</c>/<c>tcp-response</c>, whose second word names the ruleset.</summary>
        public bool IsTcp => Line.ValueEquals(0, "tcp-request") || Line.ValueEquals(0, "tcp-response");

        /// <summary>The ruleset: <c>http-request</c>, or <c>tcp-request content</c> (keyword and sub-ruleset).</summary>
        public string Ruleset => IsTcp && Line.TokenCount > 1 ? Keyword + " " + Line.GetValue(1) : Keyword;

        /// <summary>The action (<c>deny</c>, <c>set-header</c>, <c>set-var(txn.x)</c>, <c>accept</c>…), or null.</summary>
        public string? Action => ActionIndex < Line.TokenCount ? Line.GetValue(ActionIndex) : null;

        /// <summary>The words between the action and the condition.</summary>
        public IReadOnlyList<string> ActionArguments
        {
            get
            {
                var result = new List<string>();
                int end = ConditionIndex < 0 ? Line.TokenCount : ConditionIndex;
                for (int i = ActionIndex + 1; i < end; i++) result.Add(Line.GetValue(i));
                return result;
            }
        }

        /// <summary>The condition, or null when the rule is unconditional.</summary>
        public RuleCondition? Condition => ConditionIndex < 0 ? null : RuleCondition.Read(Line, ConditionIndex);

        /// <summary>
        /// <see cref="Action"/> as a span, empty when absent, without allocating: the rules compare the action of every
        /// rule line of every proxy. One lookup of the line's record for the keyword and the action.
        /// </summary>
        internal ReadOnlySpan<char> ActionSpan
        {
            get
            {
                var words = Line.Words;
                int at = words.ValueEquals(0, "tcp-request") || words.ValueEquals(0, "tcp-response") ? 2 : 1;
                return at < words.Count ? words[at] : default;
            }
        }

        private int ActionIndex => IsTcp ? 2 : 1;

        private int ConditionIndex => RuleCondition.FindStart(Line, ActionIndex + 1);
    }
}
