namespace HaConfig.HAProxy
{
    /// <summary>Which of the server keywords a <see cref="ServerDirective"/> is.</summary>
    public enum ServerKind
    {
        /// <summary><c>server name address[:port] [param*]</c>.</summary>
        Server,

        /// <summary><c>default-server [param*]</c>.</summary>
        DefaultServer,

        /// <summary><c>server-template prefix num|low-high fqdn[:port] [param*]</c>.</summary>
        ServerTemplate,
    }
}
