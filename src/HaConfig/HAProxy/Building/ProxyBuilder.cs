using System;
using System.Collections.Generic;
using HaConfig.Building;

namespace HaConfig.HAProxy
{
    /// <summary>Marks proxy builders with the frontend capability (<c>frontend</c>, <c>listen</c>): binds, ACLs, backend switching.</summary>
    public interface IAcceptsConnections
    {
    }

    /// <summary>Marks proxy builders with the backend capability (<c>backend</c>, <c>listen</c>, <c>defaults</c>): balancing and health checks.</summary>
    public interface IForwardsToServers
    {
    }

    /// <summary>Marks proxy builders that hold <c>server</c> lines (<c>backend</c>, <c>listen</c>).</summary>
    public interface IHoldsServers : IForwardsToServers
    {
    }

    /// <summary>
    /// What every proxy section (<c>defaults</c>, <c>frontend</c>, <c>backend</c>, <c>listen</c>) accepts: mode, timeouts,
    /// options, logging and HTTP rules. Capability-specific methods are extension methods in
    /// <see cref="FrontendFeatures"/> and <see cref="BackendFeatures"/>.
    /// </summary>
    /// <typeparam name="TSelf">The concrete builder.</typeparam>
    public abstract class ProxyBuilder<TSelf> : HAProxySectionBuilder<TSelf>
        where TSelf : ProxyBuilder<TSelf>
    {
        private protected ProxyBuilder(HAProxySection section)
            : base(section)
        {
        }

        /// <summary><c>mode tcp|http</c>.</summary>
        [ConfigKeyword("mode")]
        public TSelf Mode(ProxyMode mode) => Write("mode", ModeDirective.Text(mode));

        /// <summary><c>log global</c>: log with the global section's loggers.</summary>
        [ConfigKeyword("log")]
        public TSelf LogGlobal() => Write("log", "global");

        /// <summary><c>option name [args]</c>, for example <c>Option("forwardfor", "except", "127.0.0.0/8")</c>.</summary>
        [ConfigKeyword("option")]
        public TSelf Option(string name, params string[] arguments) =>
            Write("option", HaCondition.Prepend(Required(name, nameof(name)), arguments ?? Array.Empty<string>()));

        /// <summary><c>no option name</c>: turns off an option inherited from <c>defaults</c>.</summary>
        [ConfigKeyword("option")]
        public TSelf NoOption(string name) => Write("no", "option", Required(name, nameof(name)));

        /// <summary><c>timeout name time</c>, the time rendered in the largest exact unit (<c>5s</c>, <c>100ms</c>).</summary>
        [ConfigKeyword("timeout")]
        public TSelf Timeout(ProxyTimeout timeout, TimeSpan value) => Write("timeout", Values.Text(timeout), Values.Duration(value));

        /// <summary><c>timeout name time</c> with the unit chosen by the caller.</summary>
        [ConfigKeyword("timeout")]
        public TSelf Timeout(ProxyTimeout timeout, HaDuration value) => Write("timeout", Values.Text(timeout), value.ToString());

        /// <summary><c>retries N</c>: connection retries to a server.</summary>
        [ConfigKeyword("retries")]
        public TSelf Retries(int count) => Write("retries", Values.Int(count));

        /// <summary><c>maxconn N</c>.</summary>
        [ConfigKeyword("maxconn")]
        public TSelf MaxConn(int connections) => Write("maxconn", Values.Int(connections));

        /// <summary><c>http-request action [args]</c>.</summary>
        [ConfigKeyword("http-request")]
        public TSelf HttpRequest(string action, params string[] arguments) => Rule("http-request", null, action, arguments);

        /// <summary><c>http-request action [args] if|unless cond</c>.</summary>
        [ConfigKeyword("http-request")]
        public TSelf HttpRequest(HaCondition condition, string action, params string[] arguments) =>
            Rule("http-request", condition ?? throw new ArgumentNullException(nameof(condition)), action, arguments);

        /// <summary><c>http-response action [args]</c>.</summary>
        [ConfigKeyword("http-response")]
        public TSelf HttpResponse(string action, params string[] arguments) => Rule("http-response", null, action, arguments);

        /// <summary><c>http-response action [args] if|unless cond</c>.</summary>
        [ConfigKeyword("http-response")]
        public TSelf HttpResponse(HaCondition condition, string action, params string[] arguments) =>
            Rule("http-response", condition ?? throw new ArgumentNullException(nameof(condition)), action, arguments);

        private TSelf Rule(string keyword, HaCondition? condition, string action, string[] arguments)
        {
            var words = new List<string> { Required(action, nameof(action)) };
            words.AddRange(arguments ?? Array.Empty<string>());
            if (condition is not null) words.AddRange(condition.Words);
            return Write(keyword, words);
        }

        internal TSelf WriteLine(string keyword, IEnumerable<string> words) => Write(keyword, words);

        internal static string Required(string value, string name) =>
            string.IsNullOrEmpty(value) ? throw new ArgumentException("The value cannot be empty.", name) : value;
    }

    /// <summary>Builds a <c>defaults</c> section.</summary>
    public sealed class DefaultsBuilder : ProxyBuilder<DefaultsBuilder>, IForwardsToServers
    {
        internal DefaultsBuilder(HAProxySection section)
            : base(section)
        {
        }
    }

    /// <summary>Builds a <c>frontend</c>.</summary>
    public sealed class FrontendBuilder : ProxyBuilder<FrontendBuilder>, IAcceptsConnections
    {
        internal FrontendBuilder(HAProxySection section)
            : base(section)
        {
        }
    }

    /// <summary>Builds a <c>backend</c>.</summary>
    public sealed class BackendBuilder : ProxyBuilder<BackendBuilder>, IHoldsServers
    {
        internal BackendBuilder(HAProxySection section)
            : base(section)
        {
        }
    }

    /// <summary>Builds a <c>listen</c> section: everything a frontend and a backend accept.</summary>
    public sealed class ListenBuilder : ProxyBuilder<ListenBuilder>, IAcceptsConnections, IHoldsServers
    {
        internal ListenBuilder(HAProxySection section)
            : base(section)
        {
        }
    }
}
