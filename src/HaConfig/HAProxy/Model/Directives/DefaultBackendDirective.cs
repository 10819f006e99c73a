using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary><c>default_backend name</c>.</summary>
    public sealed class DefaultBackendDirective : HAProxyDirective
    {
        internal DefaultBackendDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The backend's name, or null.</summary>
        public string? BackendName => GetArgument(0);

        /// <summary>Whether the name is a log-format expression (<c>%[…]</c>).</summary>
        public bool IsDynamic => BackendName?.IndexOf("%[", System.StringComparison.Ordinal) >= 0;

        /// <summary>Renames the backend; only the name word is rewritten.</summary>
        public void SetBackendName(string name)
        {
            if (Line.TokenCount > 1) SetArgument(0, name);
            else Line.InsertValues(1, name);
        }
    }
}
