using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary><c>use_backend name [if|unless cond]</c>.</summary>
    public sealed class UseBackendDirective : HAProxyDirective
    {
        internal UseBackendDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The backend's name or log-format expression, or null.</summary>
        public string? BackendName => GetArgument(0) is { } name && name != "if" && name != "unless" ? name : null;

        /// <summary>Whether the name is a log-format expression (<c>%[…]</c>), resolved at run time.</summary>
        public bool IsDynamic => BackendName?.IndexOf("%[", System.StringComparison.Ordinal) >= 0;

        /// <summary>The condition, or null.</summary>
        public RuleCondition? Condition
        {
            get
            {
                int at = RuleCondition.FindStart(Line, 2);
                return at < 0 ? null : RuleCondition.Read(Line, at);
            }
        }

        /// <summary>Renames the backend; only the name word is rewritten.</summary>
        public void SetBackendName(string name) => SetArgument(0, name);
    }
}
