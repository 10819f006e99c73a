using System;
using System.Collections.Generic;
using System.Net;
using HaConfig.Building;

namespace HaConfig.Keepalived
{
    /// <summary>Builds <c>global_defs</c>.</summary>
    public sealed class GlobalDefsBuilder : KeepalivedBlockBuilder<GlobalDefsBuilder>
    {
        internal GlobalDefsBuilder(KeepalivedBlock block)
            : base(block)
        {
        }

        /// <summary><c>router_id name</c>: this machine's name in notifications.</summary>
        [ConfigKeyword("router_id", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder RouterId(string name) => Write("router_id", Required(name, nameof(name)));

        /// <summary><c>notification_email { address… }</c>.</summary>
        [ConfigKeyword("notification_email", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder NotificationEmail(params string[] addresses)
        {
            foreach (var address in addresses ?? Array.Empty<string>()) AddToList("notification_email", new[] { Required(address, nameof(addresses)) });
            return this;
        }

        /// <summary><c>notification_email_from address</c>.</summary>
        [ConfigKeyword("notification_email_from", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder NotificationEmailFrom(string address) => Write("notification_email_from", Required(address, nameof(address)));

        /// <summary><c>smtp_server address [port]</c>.</summary>
        [ConfigKeyword("smtp_server", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder SmtpServer(IPAddress address, int? port = null) =>
            port is null ? Write("smtp_server", KeepalivedValues.Address(address)) : Write("smtp_server", KeepalivedValues.Address(address), KeepalivedValues.Port(port.Value));

        /// <summary><c>smtp_connect_timeout seconds</c>.</summary>
        [ConfigKeyword("smtp_connect_timeout", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder SmtpConnectTimeout(int seconds) => Write("smtp_connect_timeout", KeepalivedValues.Int(seconds));

        /// <summary><c>enable_script_security</c>: refuse scripts writable by non-root users.</summary>
        [ConfigKeyword("enable_script_security", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder EnableScriptSecurity() => Write("enable_script_security");

        /// <summary><c>script_user user [group]</c>.</summary>
        [ConfigKeyword("script_user", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder ScriptUser(string user, string? group = null) =>
            group is null ? Write("script_user", Required(user, nameof(user))) : Write("script_user", Required(user, nameof(user)), group);

        /// <summary><c>vrrp_strict</c>.</summary>
        [ConfigKeyword("vrrp_strict", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder VrrpStrict() => Write("vrrp_strict");

        /// <summary><c>vrrp_skip_check_adv_addr</c>.</summary>
        [ConfigKeyword("vrrp_skip_check_adv_addr", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder VrrpSkipCheckAdvAddr() => Write("vrrp_skip_check_adv_addr");

        /// <summary><c>vrrp_version 2|3</c>.</summary>
        [ConfigKeyword("vrrp_version", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder VrrpVersion(int version) => Write("vrrp_version", KeepalivedValues.Int(version));

        /// <summary><c>vrrp_garp_interval seconds</c> (decimal).</summary>
        [ConfigKeyword("vrrp_garp_interval", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder VrrpGarpInterval(TimeSpan interval) => Write("vrrp_garp_interval", KeepalivedValues.Seconds(interval));

        /// <summary><c>vrrp_mcast_group4 address</c>.</summary>
        [ConfigKeyword("vrrp_mcast_group4", Format = ConfigFormat.Keepalived, Block = "global_defs")]
        public GlobalDefsBuilder VrrpMulticastGroup4(IPAddress group) => Write("vrrp_mcast_group4", KeepalivedValues.Address(group));
    }

    /// <summary>Builds <c>vrrp_script</c>.</summary>
    public sealed class VrrpScriptBuilder : KeepalivedBlockBuilder<VrrpScriptBuilder>
    {
        internal VrrpScriptBuilder(KeepalivedBlock block)
            : base(block)
        {
        }

        /// <summary><c>script command</c>: the command line as one word, double-quoted when it holds arguments.</summary>
        [ConfigKeyword("script", Format = ConfigFormat.Keepalived, Block = "vrrp_script")]
        public VrrpScriptBuilder Script(string command) => Write("script", Required(command, nameof(command)));

        /// <summary><c>interval seconds</c>: how often the script runs.</summary>
        [ConfigKeyword("interval", Format = ConfigFormat.Keepalived, Block = "vrrp_script")]
        public VrrpScriptBuilder Interval(TimeSpan interval) => Write("interval", KeepalivedValues.Seconds(interval));

        /// <summary><c>timeout seconds</c>: a run longer than this fails.</summary>
        [ConfigKeyword("timeout", Format = ConfigFormat.Keepalived, Block = "vrrp_script")]
        public VrrpScriptBuilder Timeout(TimeSpan timeout) => Write("timeout", KeepalivedValues.Seconds(timeout));

        /// <summary><c>weight W</c> (-253..253): added to the priority while the script succeeds (positive) or fails (negative).</summary>
        [ConfigKeyword("weight", Format = ConfigFormat.Keepalived, Block = "vrrp_script")]
        public VrrpScriptBuilder Weight(int weight) => Write("weight", KeepalivedValues.Int(weight));

        /// <summary><c>rise N</c>: successes before the script counts as up.</summary>
        [ConfigKeyword("rise", Format = ConfigFormat.Keepalived, Block = "vrrp_script")]
        public VrrpScriptBuilder Rise(int count) => Write("rise", KeepalivedValues.Int(count));

        /// <summary><c>fall N</c>: failures before the script counts as down.</summary>
        [ConfigKeyword("fall", Format = ConfigFormat.Keepalived, Block = "vrrp_script")]
        public VrrpScriptBuilder Fall(int count) => Write("fall", KeepalivedValues.Int(count));

        /// <summary><c>user name [group]</c>: who runs the script.</summary>
        [ConfigKeyword("user", Format = ConfigFormat.Keepalived, Block = "vrrp_script")]
        public VrrpScriptBuilder User(string user, string? group = null) =>
            group is null ? Write("user", Required(user, nameof(user))) : Write("user", Required(user, nameof(user)), group);

        /// <summary><c>init_fail</c>: start in the failed state.</summary>
        [ConfigKeyword("init_fail", Format = ConfigFormat.Keepalived, Block = "vrrp_script")]
        public VrrpScriptBuilder InitFail() => Write("init_fail");
    }

    /// <summary>Builds <c>vrrp_sync_group</c>.</summary>
    public sealed class VrrpSyncGroupBuilder : KeepalivedBlockBuilder<VrrpSyncGroupBuilder>
    {
        internal VrrpSyncGroupBuilder(KeepalivedBlock block)
            : base(block)
        {
        }

        /// <summary><c>group { instance… }</c>: the VRRP instances that change state together.</summary>
        [ConfigKeyword("group", Format = ConfigFormat.Keepalived, Block = "vrrp_sync_group")]
        public VrrpSyncGroupBuilder Group(params string[] instances)
        {
            foreach (var instance in instances ?? Array.Empty<string>()) AddToList("group", new[] { Required(instance, nameof(instances)) });
            return this;
        }

        /// <summary><c>track_script { name [weight W] }</c>.</summary>
        [ConfigKeyword("track_script", Format = ConfigFormat.Keepalived, Block = "vrrp_sync_group")]
        public VrrpSyncGroupBuilder TrackScript(string name, int? weight = null) => AddToList("track_script", Tracked(name, weight, false));

        /// <summary><c>notify_master command</c>.</summary>
        [ConfigKeyword("notify_master", Format = ConfigFormat.Keepalived, Block = "vrrp_sync_group")]
        public VrrpSyncGroupBuilder NotifyMaster(string command) => Write("notify_master", Required(command, nameof(command)));

        /// <summary><c>notify_backup command</c>.</summary>
        [ConfigKeyword("notify_backup", Format = ConfigFormat.Keepalived, Block = "vrrp_sync_group")]
        public VrrpSyncGroupBuilder NotifyBackup(string command) => Write("notify_backup", Required(command, nameof(command)));

        /// <summary><c>notify_fault command</c>.</summary>
        [ConfigKeyword("notify_fault", Format = ConfigFormat.Keepalived, Block = "vrrp_sync_group")]
        public VrrpSyncGroupBuilder NotifyFault(string command) => Write("notify_fault", Required(command, nameof(command)));

        /// <summary><c>notify command</c>: called with the group, its name and the new state.</summary>
        [ConfigKeyword("notify", Format = ConfigFormat.Keepalived, Block = "vrrp_sync_group")]
        public VrrpSyncGroupBuilder Notify(string command) => Write("notify", Required(command, nameof(command)));
    }
}
