namespace HaConfig.HAProxy
{
    /// <summary>The kinds of section of <c>haproxy.cfg</c> (HAProxy 2.4 to 3.x).</summary>
    public enum HAProxySectionKind
    {
        /// <summary>A section keyword this library does not type yet.</summary>
        Other,

        /// <summary><c>global</c>.</summary>
        Global,

        /// <summary><c>defaults [name] [from other]</c>.</summary>
        Defaults,

        /// <summary><c>frontend name</c>.</summary>
        Frontend,

        /// <summary><c>backend name</c>.</summary>
        Backend,

        /// <summary><c>listen name</c>.</summary>
        Listen,

        /// <summary><c>userlist name</c>.</summary>
        Userlist,

        /// <summary><c>peers name</c>.</summary>
        Peers,

        /// <summary><c>resolvers name</c>.</summary>
        Resolvers,

        /// <summary><c>mailers name</c>.</summary>
        Mailers,

        /// <summary><c>program name</c> (removed in 3.3).</summary>
        Program,

        /// <summary><c>http-errors name</c>.</summary>
        HttpErrors,

        /// <summary><c>ring name</c>.</summary>
        Ring,

        /// <summary><c>cache name</c>.</summary>
        Cache,

        /// <summary><c>fcgi-app name</c>.</summary>
        FcgiApp,

        /// <summary><c>log-forward name</c>.</summary>
        LogForward,

        /// <summary><c>namespace_list</c>.</summary>
        NamespaceList,

        /// <summary><c>crt-store [name]</c> (3.0+).</summary>
        CrtStore,

        /// <summary><c>log-profile name</c> (3.1+).</summary>
        LogProfile,

        /// <summary><c>traces</c> (3.1+).</summary>
        Traces,

        /// <summary><c>acme name</c> (3.2+).</summary>
        Acme,

        /// <summary><c>healthcheck name</c> (3.4+).</summary>
        Healthcheck,
    }
}
