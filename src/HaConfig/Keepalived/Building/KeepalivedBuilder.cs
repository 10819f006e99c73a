using System;
using System.Net;
using HaConfig.Building;

namespace HaConfig.Keepalived
{
    public sealed partial class KeepalivedConfig
    {
        /// <summary>
        /// Starts a fluent builder for a new <c>keepalived.conf</c>. Blocks are written in call order with <c>{</c> on the
        /// header line and four spaces of indentation per level, through the same syntax layer the parser uses.
        /// </summary>
        public static KeepalivedBuilder Create() => new(Parse(string.Empty));
    }

    /// <summary>
    /// Builds a <c>keepalived.conf</c> block by block. <see cref="Build"/> returns the configuration without validating
    /// it. Values are checked only where they could not be written at all; ranges (priority, router id) are left to
    /// <see cref="KeepalivedConfig.Validate"/> so that every rule is written once.
    /// </summary>
    public sealed class KeepalivedBuilder
    {
        private readonly KeepalivedConfig _config;

        internal KeepalivedBuilder(KeepalivedConfig config)
        {
            _config = config;
        }

        /// <summary>Adds <c>global_defs { … }</c>.</summary>
        [ConfigKeyword("global_defs", Format = ConfigFormat.Keepalived)]
        public KeepalivedBuilder GlobalDefs(Action<GlobalDefsBuilder> configure) =>
            Configure(new GlobalDefsBuilder(AddBlock("global_defs")), configure);

        /// <summary>Adds <c>vrrp_script name { … }</c>.</summary>
        [ConfigKeyword("vrrp_script", Format = ConfigFormat.Keepalived)]
        public KeepalivedBuilder VrrpScript(string name, Action<VrrpScriptBuilder> configure) =>
            Configure(new VrrpScriptBuilder(AddBlock("vrrp_script", Name(name))), configure);

        /// <summary>Adds <c>vrrp_instance name { … }</c>.</summary>
        [ConfigKeyword("vrrp_instance", Format = ConfigFormat.Keepalived)]
        public KeepalivedBuilder VrrpInstance(string name, Action<VrrpInstanceBuilder> configure) =>
            Configure(new VrrpInstanceBuilder(AddBlock("vrrp_instance", Name(name))), configure);

        /// <summary>Adds <c>vrrp_sync_group name { … }</c>.</summary>
        [ConfigKeyword("vrrp_sync_group", Format = ConfigFormat.Keepalived)]
        public KeepalivedBuilder VrrpSyncGroup(string name, Action<VrrpSyncGroupBuilder> configure) =>
            Configure(new VrrpSyncGroupBuilder(AddBlock("vrrp_sync_group", Name(name))), configure);

        /// <summary>Adds <c>virtual_server address port { … }</c> (LVS).</summary>
        [ConfigKeyword("virtual_server", Format = ConfigFormat.Keepalived)]
        public KeepalivedBuilder VirtualServer(IPAddress address, int port, Action<VirtualServerBuilder> configure) =>
            Configure(new VirtualServerBuilder(AddBlock("virtual_server", KeepalivedValues.Address(address), KeepalivedValues.Port(port))), configure);

        /// <summary>Escape hatch: adds any top-level block <c>keyword args… { … }</c>.</summary>
        public KeepalivedBuilder Block(string keyword, string[] arguments, Action<RawBlockBuilder> configure) =>
            Configure(new RawBlockBuilder(AddBlock(keyword, arguments ?? Array.Empty<string>())), configure);

        /// <summary>The configuration built so far (not validated; call <see cref="KeepalivedConfig.Validate"/> for that).</summary>
        public KeepalivedConfig Build() => _config;

        private KeepalivedBlock AddBlock(string keyword, params string[] arguments)
        {
            if (string.IsNullOrEmpty(keyword)) throw new ArgumentException("A keyword cannot be empty.", nameof(keyword));
            var document = _config.Document;
            bool fresh = document.LineCount == 1 && document.GetLine(0).Length == 0;
            var block = _config.AddBlock(keyword, arguments);
            if (fresh) document.RemoveLine(0);
            return block;
        }

        private KeepalivedBuilder Configure<T>(T builder, Action<T> configure)
        {
            if (configure is null) throw new ArgumentNullException(nameof(configure));
            configure(builder);
            return this;
        }

        private static string Name(string name) =>
            string.IsNullOrEmpty(name) ? throw new ArgumentException("A block name cannot be empty.", nameof(name)) : name;
    }
}
