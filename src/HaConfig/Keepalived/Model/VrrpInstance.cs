using System.Collections.Generic;
using HaConfig.Keepalived.Syntax;

namespace HaConfig.Keepalived
{
    /// <summary>A <c>vrrp_instance NAME { … }</c> block.</summary>
    public sealed class VrrpInstance : KeepalivedBlock
    {
        internal VrrpInstance(KeepalivedConfig config, int lineId, int tokenStart)
            : base(config, lineId, tokenStart)
        {
        }

        /// <summary><c>state MASTER|BACKUP</c>.</summary>
        public string? State { get => GetValue("state"); set => SetValue("state", value); }

        /// <summary><c>interface IF</c>.</summary>
        public string? Interface { get => GetValue("interface"); set => SetValue("interface", value); }

        /// <summary><c>virtual_router_id 1..255</c>.</summary>
        public int? VirtualRouterId { get => GetInt("virtual_router_id"); set => SetInt("virtual_router_id", value); }

        /// <summary><c>priority 1..255</c>; setting it rewrites only the value word.</summary>
        public int? Priority { get => GetInt("priority"); set => SetInt("priority", value); }

        /// <summary><c>advert_int</c> as written (seconds, decimals allowed).</summary>
        public string? AdvertInt { get => GetValue("advert_int"); set => SetValue("advert_int", value); }

        /// <summary><c>version 2|3</c>.</summary>
        public int? Version { get => GetInt("version"); set => SetInt("version", value); }

        /// <summary>Whether <c>nopreempt</c> is present.</summary>
        public bool Nopreempt { get => GetFlag("nopreempt"); set => SetFlag("nopreempt", value); }

        /// <summary><c>preempt_delay</c> in seconds.</summary>
        public int? PreemptDelay { get => GetInt("preempt_delay"); set => SetInt("preempt_delay", value); }

        /// <summary>The <c>authentication { … }</c> block, or null.</summary>
        public VrrpAuthentication? Authentication => FindBlock("authentication") is { } block ? new VrrpAuthentication(block) : null;

        /// <summary>The <c>virtual_ipaddress</c> entries.</summary>
        public IReadOnlyList<VirtualIpAddress> VirtualIpAddresses => Addresses("virtual_ipaddress");

        /// <summary>The <c>virtual_ipaddress_excluded</c> entries.</summary>
        public IReadOnlyList<VirtualIpAddress> VirtualIpAddressesExcluded => Addresses("virtual_ipaddress_excluded");

        /// <summary>Adds a VIP line (<c>ADDR[/PREFIX] [options]</c>) to <c>virtual_ipaddress</c>, creating the block when absent.</summary>
        public VirtualIpAddress AddVirtualIpAddress(string address, params string[] options)
        {
            var block = FindBlock("virtual_ipaddress") ?? AddBlock("virtual_ipaddress");
            return new VirtualIpAddress(block.Add(address, options));
        }

        /// <summary><c>unicast_src_ip</c>.</summary>
        public string? UnicastSrcIp { get => GetValue("unicast_src_ip"); set => SetValue("unicast_src_ip", value); }

        /// <summary>The addresses in <c>unicast_peer { … }</c>.</summary>
        public IReadOnlyList<string> UnicastPeers => ListValues("unicast_peer");

        /// <summary>The scripts in <c>track_script { … }</c>.</summary>
        public IReadOnlyList<TrackedObject> TrackScripts => Tracked("track_script");

        /// <summary>The interfaces in <c>track_interface { … }</c>.</summary>
        public IReadOnlyList<TrackedObject> TrackInterfaces => Tracked("track_interface");

        /// <summary>The files in <c>track_file { … }</c>.</summary>
        public IReadOnlyList<TrackedObject> TrackFiles => Tracked("track_file");

        /// <summary>The processes in <c>track_process { … }</c>.</summary>
        public IReadOnlyList<TrackedObject> TrackProcesses => Tracked("track_process");

        /// <summary><c>notify_master</c> command.</summary>
        public string? NotifyMaster { get => GetValue("notify_master"); set => SetValue("notify_master", value); }

        /// <summary><c>notify_backup</c> command.</summary>
        public string? NotifyBackup { get => GetValue("notify_backup"); set => SetValue("notify_backup", value); }

        /// <summary><c>notify_fault</c> command.</summary>
        public string? NotifyFault { get => GetValue("notify_fault"); set => SetValue("notify_fault", value); }

        /// <summary><c>notify_stop</c> command.</summary>
        public string? NotifyStop { get => GetValue("notify_stop"); set => SetValue("notify_stop", value); }

        /// <summary><c>notify</c> command.</summary>
        public string? Notify { get => GetValue("notify"); set => SetValue("notify", value); }

        private IReadOnlyList<VirtualIpAddress> Addresses(string keyword)
        {
            var list = new List<VirtualIpAddress>();
            if (FindBlock(keyword) is { } block)
            {
                foreach (var child in block.ChildSlice) list.Add(new VirtualIpAddress(child));
            }

            return list;
        }

        internal IReadOnlyList<TrackedObject> Tracked(string keyword)
        {
            var list = new List<TrackedObject>();
            if (FindBlock(keyword) is { } block)
            {
                foreach (var child in block.ChildSlice) list.Add(new TrackedObject(child));
            }

            return list;
        }
    }

    /// <summary>The <c>authentication { auth_type; auth_pass }</c> block of an instance.</summary>
    public sealed class VrrpAuthentication
    {
        internal VrrpAuthentication(KeepalivedBlock block) => Block = block;

        /// <summary>The block, for raw access.</summary>
        public KeepalivedBlock Block { get; }

        /// <summary><c>auth_type PASS|AH</c>.</summary>
        public string? AuthType => Block.Find("auth_type")?.GetArgument(0);

        /// <summary><c>auth_pass</c> (keepalived keeps 8 characters).</summary>
        public string? AuthPass => Block.Find("auth_pass")?.GetArgument(0);
    }

    /// <summary>One line of a <c>virtual_ipaddress</c> block: an address and its options.</summary>
    public sealed class VirtualIpAddress
    {
        internal VirtualIpAddress(KeepalivedStatement statement) => Statement = statement;

        /// <summary>The line's statement, for raw access and edits.</summary>
        public KeepalivedStatement Statement { get; }

        /// <summary>The address as written, prefix included (<c>10.0.0.1/24</c>).</summary>
        public string Text => Statement.Keyword;

        /// <summary>The address without its prefix length.</summary>
        public string Address => Text.IndexOf('/') is int slash && slash >= 0 ? Text.Substring(0, slash) : Text;

        /// <summary>The prefix length, or null when none is written.</summary>
        public int? PrefixLength => Text.IndexOf('/') is int slash && slash >= 0 ? KeepalivedStatement.ParseInt(Text.Substring(slash + 1)) : null;

        /// <summary><c>dev IF</c>.</summary>
        public string? Device => Statement.GetOption("dev");

        /// <summary><c>label L</c>.</summary>
        public string? Label => Statement.GetOption("label");

        /// <summary><c>scope S</c>.</summary>
        public string? Scope => Statement.GetOption("scope");

        /// <summary><c>brd IP</c>.</summary>
        public string? Broadcast => Statement.GetOption("brd");

        /// <inheritdoc />
        public override string ToString() => Statement.ToString();
    }

    /// <summary>One line of a <c>track_*</c> block: a name and an optional <c>weight</c>.</summary>
    public sealed class TrackedObject
    {
        internal TrackedObject(KeepalivedStatement statement) => Statement = statement;

        /// <summary>The line's statement, for raw access.</summary>
        public KeepalivedStatement Statement { get; }

        /// <summary>The tracked script, interface, file or process.</summary>
        public string Name => Statement.Keyword;

        /// <summary>The <c>weight</c>, or null.</summary>
        public int? Weight => KeepalivedStatement.ParseInt(Statement.GetOption("weight"));

        /// <summary>Whether <c>reverse</c> is given.</summary>
        public bool Reverse => Statement.HasArgument("reverse");

        /// <inheritdoc />
        public override string ToString() => Statement.ToString();
    }
}
