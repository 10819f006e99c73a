using System.Collections.Generic;
using HaConfig.Keepalived.Syntax;

namespace HaConfig.Keepalived
{
    /// <summary>The <c>global_defs { … }</c> block.</summary>
    public sealed class GlobalDefs : KeepalivedBlock
    {
        internal GlobalDefs(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <inheritdoc />
        public override string? Name => null;

        /// <summary><c>router_id</c>.</summary>
        public string? RouterId { get => GetValue("router_id"); set => SetValue("router_id", value); }

        /// <summary>The addresses in <c>notification_email { … }</c>.</summary>
        public IReadOnlyList<string> NotificationEmail => ListValues("notification_email");

        /// <summary><c>notification_email_from</c>.</summary>
        public string? NotificationEmailFrom { get => GetValue("notification_email_from"); set => SetValue("notification_email_from", value); }

        /// <summary><c>smtp_server</c>.</summary>
        public string? SmtpServer { get => GetValue("smtp_server"); set => SetValue("smtp_server", value); }

        /// <summary><c>smtp_connect_timeout</c> in seconds.</summary>
        public int? SmtpConnectTimeout { get => GetInt("smtp_connect_timeout"); set => SetInt("smtp_connect_timeout", value); }

        /// <summary>Whether <c>enable_script_security</c> is present.</summary>
        public bool EnableScriptSecurity { get => GetFlag("enable_script_security"); set => SetFlag("enable_script_security", value); }

        /// <summary><c>script_user USER</c>.</summary>
        public string? ScriptUser { get => GetValue("script_user"); set => SetValue("script_user", value); }

        /// <summary>Whether <c>vrrp_strict</c> is present.</summary>
        public bool VrrpStrict { get => GetFlag("vrrp_strict"); set => SetFlag("vrrp_strict", value); }

        /// <summary><c>vrrp_version 2|3</c>.</summary>
        public int? VrrpVersion { get => GetInt("vrrp_version"); set => SetInt("vrrp_version", value); }

        /// <summary>Whether <c>vrrp_skip_check_adv_addr</c> is present.</summary>
        public bool VrrpSkipCheckAdvAddr { get => GetFlag("vrrp_skip_check_adv_addr"); set => SetFlag("vrrp_skip_check_adv_addr", value); }

        /// <summary><c>vrrp_garp_interval</c> as written.</summary>
        public string? VrrpGarpInterval { get => GetValue("vrrp_garp_interval"); set => SetValue("vrrp_garp_interval", value); }

        /// <summary><c>vrrp_gna_interval</c> as written.</summary>
        public string? VrrpGnaInterval { get => GetValue("vrrp_gna_interval"); set => SetValue("vrrp_gna_interval", value); }

        /// <summary><c>vrrp_mcast_group4</c>.</summary>
        public string? VrrpMcastGroup4 { get => GetValue("vrrp_mcast_group4"); set => SetValue("vrrp_mcast_group4", value); }

        /// <summary>Whether <c>dynamic_interfaces</c> is present.</summary>
        public bool DynamicInterfaces { get => GetFlag("dynamic_interfaces"); set => SetFlag("dynamic_interfaces", value); }
    }

    /// <summary>A <c>vrrp_script NAME { … }</c> block.</summary>
    public sealed class VrrpScript : KeepalivedBlock
    {
        internal VrrpScript(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <summary><c>script</c>: the command line (quoted or not).</summary>
        public string? Script { get => GetValue("script"); set => SetValue("script", value); }

        /// <summary><c>interval</c> as written (seconds).</summary>
        public string? Interval { get => GetValue("interval"); set => SetValue("interval", value); }

        /// <summary><c>timeout</c> as written (seconds).</summary>
        public string? Timeout { get => GetValue("timeout"); set => SetValue("timeout", value); }

        /// <summary><c>weight -253..253</c>.</summary>
        public int? Weight { get => GetInt("weight"); set => SetInt("weight", value); }

        /// <summary><c>rise</c>.</summary>
        public int? Rise { get => GetInt("rise"); set => SetInt("rise", value); }

        /// <summary><c>fall</c>.</summary>
        public int? Fall { get => GetInt("fall"); set => SetInt("fall", value); }

        /// <summary><c>user USER</c>.</summary>
        public string? User { get => GetValue("user"); set => SetValue("user", value); }

        /// <summary>Whether <c>init_fail</c> is present.</summary>
        public bool InitFail { get => GetFlag("init_fail"); set => SetFlag("init_fail", value); }
    }

    /// <summary>A <c>vrrp_sync_group NAME { group { … } … }</c> block.</summary>
    public sealed class VrrpSyncGroup : KeepalivedBlock
    {
        internal VrrpSyncGroup(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <summary>The instance names in <c>group { … }</c>.</summary>
        public IReadOnlyList<string> Group => ListValues("group");

        /// <summary>The scripts in <c>track_script { … }</c>.</summary>
        public IReadOnlyList<string> TrackScripts => ListValues("track_script");

        /// <summary><c>notify_master</c> command.</summary>
        public string? NotifyMaster { get => GetValue("notify_master"); set => SetValue("notify_master", value); }

        /// <summary><c>notify</c> command.</summary>
        public string? Notify { get => GetValue("notify"); set => SetValue("notify", value); }
    }

    /// <summary>A <c>virtual_server_group NAME { … }</c> block: address, range or fwmark entries.</summary>
    public sealed class VirtualServerGroup : KeepalivedBlock
    {
        internal VirtualServerGroup(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <summary>The entry lines (<c>IP [PORT]</c>, <c>IP-RANGE [PORT]</c>, <c>fwmark N</c>).</summary>
        public IReadOnlyList<KeepalivedStatement> Entries => Children;
    }

    /// <summary>A <c>track_file NAME { file; weight; init_file }</c> block (or its deprecated <c>vrrp_track_file</c> spelling).</summary>
    public sealed class TrackFile : KeepalivedBlock
    {
        internal TrackFile(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <summary><c>file PATH</c>.</summary>
        public string? File { get => GetValue("file"); set => SetValue("file", value); }

        /// <summary><c>weight</c>.</summary>
        public int? Weight { get => GetInt("weight"); set => SetInt("weight", value); }
    }

    /// <summary>A <c>vrrp_track_process NAME { … }</c> block.</summary>
    public sealed class VrrpTrackProcess : KeepalivedBlock
    {
        internal VrrpTrackProcess(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <summary><c>process NAME</c>.</summary>
        public string? Process { get => GetValue("process"); set => SetValue("process", value); }

        /// <summary><c>weight</c>.</summary>
        public int? Weight { get => GetInt("weight"); set => SetInt("weight", value); }

        /// <summary><c>quorum</c>.</summary>
        public int? Quorum { get => GetInt("quorum"); set => SetInt("quorum", value); }
    }

    /// <summary>A <c>bfd_instance NAME { … }</c> block.</summary>
    public sealed class BfdInstance : KeepalivedBlock
    {
        internal BfdInstance(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <summary><c>neighbor_ip</c> (or <c>neighbour_ip</c>).</summary>
        public string? NeighborIp => GetValue("neighbor_ip") ?? GetValue("neighbour_ip");

        /// <summary><c>source_ip</c>.</summary>
        public string? SourceIp { get => GetValue("source_ip"); set => SetValue("source_ip", value); }

        /// <summary><c>min_rx</c> in milliseconds.</summary>
        public int? MinRx { get => GetInt("min_rx"); set => SetInt("min_rx", value); }

        /// <summary><c>min_tx</c> in milliseconds.</summary>
        public int? MinTx { get => GetInt("min_tx"); set => SetInt("min_tx", value); }

        /// <summary><c>multiplier</c>.</summary>
        public int? Multiplier { get => GetInt("multiplier"); set => SetInt("multiplier", value); }
    }

    /// <summary>A <c>garp_group { … }</c> block.</summary>
    public sealed class GarpGroup : KeepalivedBlock
    {
        internal GarpGroup(KeepalivedConfig config, int lineId, int tokenStart) : base(config, lineId, tokenStart) { }

        /// <summary><c>garp_interval</c> as written.</summary>
        public string? GarpInterval { get => GetValue("garp_interval"); set => SetValue("garp_interval", value); }

        /// <summary><c>gna_interval</c> as written.</summary>
        public string? GnaInterval { get => GetValue("gna_interval"); set => SetValue("gna_interval", value); }

        /// <summary><c>interface IF</c>.</summary>
        public string? Interface { get => GetValue("interface"); set => SetValue("interface", value); }
    }
}
