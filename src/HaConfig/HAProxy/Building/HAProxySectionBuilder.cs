using System;
using System.Collections.Generic;
using HaConfig.Building;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// What every section builder can do: write a raw directive. Typed methods of the derived builders all end up here,
    /// so the text is always written (and quoted) by the syntax layer.
    /// </summary>
    /// <typeparam name="TSelf">The concrete builder, returned by every method so calls chain.</typeparam>
    public abstract class HAProxySectionBuilder<TSelf>
        where TSelf : HAProxySectionBuilder<TSelf>
    {
        private protected HAProxySectionBuilder(HAProxySection section)
        {
            Section = section;
        }

        /// <summary>The section being written.</summary>
        internal HAProxySection Section { get; }

        /// <summary>
        /// Escape hatch: writes <c>keyword args…</c> as one line of the section. Each argument is one word, quoted when it
        /// holds blanks, <c>#</c>, quotes or backslashes.
        /// </summary>
        public TSelf Directive(string keyword, params string[] arguments)
        {
            if (string.IsNullOrEmpty(keyword)) throw new ArgumentException("A keyword cannot be empty.", nameof(keyword));
            Section.Add(keyword, arguments ?? Array.Empty<string>());
            return (TSelf)this;
        }

        /// <summary>Writes a line made of <paramref name="keyword"/> and the words of <paramref name="arguments"/>.</summary>
        private protected TSelf Write(string keyword, IEnumerable<string> arguments)
        {
            Section.Add(keyword, new List<string>(arguments).ToArray());
            return (TSelf)this;
        }

        /// <summary>Writes <c>keyword args…</c>.</summary>
        private protected TSelf Write(string keyword, params string[] arguments) => Directive(keyword, arguments);
    }

    /// <summary>Builds a section the library has no typed builder for; use <see cref="HAProxySectionBuilder{TSelf}.Directive"/>.</summary>
    public sealed class RawSectionBuilder : HAProxySectionBuilder<RawSectionBuilder>
    {
        internal RawSectionBuilder(HAProxySection section)
            : base(section)
        {
        }
    }

    /// <summary>Builds the <c>global</c> section.</summary>
    public sealed class GlobalBuilder : HAProxySectionBuilder<GlobalBuilder>
    {
        internal GlobalBuilder(HAProxySection section)
            : base(section)
        {
        }

        /// <summary>
        /// <c>log target [format f] facility [level]</c>, for example <c>log stdout format raw local0</c> or
        /// <c>log 127.0.0.1:514 local0 notice</c>.
        /// </summary>
        [ConfigKeyword("log")]
        public GlobalBuilder Log(string target, string facility, string? level = null, string? format = null)
        {
            var words = new List<string> { target };
            if (format is not null) words.AddRange(new[] { "format", format });
            words.Add(facility);
            if (level is not null) words.Add(level);
            return Write("log", words);
        }

        /// <summary><c>daemon</c>: run in the background.</summary>
        [ConfigKeyword("daemon")]
        public GlobalBuilder Daemon() => Write("daemon");

        /// <summary><c>maxconn N</c>: the process-wide connection limit.</summary>
        [ConfigKeyword("maxconn")]
        public GlobalBuilder MaxConn(int connections) => Write("maxconn", Values.Int(connections));

        /// <summary><c>user name</c>.</summary>
        [ConfigKeyword("user")]
        public GlobalBuilder User(string name) => Write("user", name);

        /// <summary><c>group name</c>.</summary>
        [ConfigKeyword("group")]
        public GlobalBuilder Group(string name) => Write("group", name);

        /// <summary><c>chroot path</c>.</summary>
        [ConfigKeyword("chroot")]
        public GlobalBuilder Chroot(string path) => Write("chroot", path);

        /// <summary><c>nbthread N</c>.</summary>
        [ConfigKeyword("nbthread")]
        public GlobalBuilder NbThread(int threads) => Write("nbthread", Values.Int(threads));

        /// <summary><c>stats socket path [params]</c>, for example <c>("/run/haproxy/admin.sock", "mode", "660", "level", "admin")</c>.</summary>
        [ConfigKeyword("stats")]
        public GlobalBuilder StatsSocket(string path, params string[] parameters)
        {
            var words = new List<string> { "socket", path };
            words.AddRange(parameters ?? Array.Empty<string>());
            return Write("stats", words);
        }

        /// <summary><c>tune.bufsize N</c>.</summary>
        [ConfigKeyword("tune.bufsize")]
        public GlobalBuilder BufferSize(HaSize size) => Write("tune.bufsize", size.ToString());

        /// <summary><c>ssl-server-verify none|required</c>.</summary>
        [ConfigKeyword("ssl-server-verify")]
        public GlobalBuilder SslServerVerify(SslVerify verify) => Write("ssl-server-verify", Values.Text(verify));
    }
}
