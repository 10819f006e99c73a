namespace HaConfig.HAProxy
{
    /// <summary>Server management on a backend.</summary>
    public sealed partial class BackendSection
    {
        /// <summary>
        /// Adds <c>server name address [options]</c> after the last server, copying its indentation.
        /// <paramref name="options"/> are words, e.g. <c>"check", "weight", "10"</c>.
        /// </summary>
        public ServerDirective AddServer(string name, string address, params string[] options) => AddServerLine(name, address, options);
    }

    /// <summary>Server management on a listen section.</summary>
    public sealed partial class ListenSection
    {
        /// <summary>
        /// Adds <c>server name address [options]</c> after the last server, copying its indentation.
        /// <paramref name="options"/> are words, e.g. <c>"check", "weight", "10"</c>.
        /// </summary>
        public ServerDirective AddServer(string name, string address, params string[] options) => AddServerLine(name, address, options);
    }
}
