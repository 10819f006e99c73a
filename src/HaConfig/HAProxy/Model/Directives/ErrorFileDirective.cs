using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary><c>errorfile code file</c>.</summary>
    public sealed class ErrorFileDirective : HAProxyDirective
    {
        internal ErrorFileDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The HTTP status code, or null when absent or not a number.</summary>
        public int? StatusCode => int.TryParse(GetArgument(0), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int code) ? code : null;

        /// <summary>The file's path, or null.</summary>
        public string? FilePath => GetArgument(1);

        /// <summary>Replaces the path; only that word is rewritten.</summary>
        public void SetFilePath(string path) => SetArgument(1, path);
    }
}
