using System;
using System.Collections.Generic;
using System.Net;
using HaConfig.Building;

namespace HaConfig.Keepalived
{
    /// <summary>Builds <c>vrrp_instance</c>.</summary>
    public sealed class VrrpInstanceBuilder : KeepalivedBlockBuilder<VrrpInstanceBuilder>
    {
        private const string Format = "vrrp_instance";

        internal VrrpInstanceBuilder(KeepalivedBlock block)
            : base(block)
        {
        }

        /// <summary><c>state MASTER|BACKUP</c>: the state at start.</summary>
        [ConfigKeyword("state", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder State(VrrpState state) => Write("state", KeepalivedValues.Text(state));

        /// <summary><c>interface name</c>: where VRRP adverts are sent.</summary>
        [ConfigKeyword("interface", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder Interface(string name) => Write("interface", Required(name, nameof(name)));

        /// <summary><c>virtual_router_id N</c> (1..255): the same on every node of the pair, unique on the network segment.</summary>
        [ConfigKeyword("virtual_router_id", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder VirtualRouterId(int id) => Write("virtual_router_id", KeepalivedValues.Int(id));

        /// <summary><c>priority N</c> (1..255): the highest wins the election.</summary>
        [ConfigKeyword("priority", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder Priority(int priority) => Write("priority", KeepalivedValues.Int(priority));

        /// <summary><c>advert_int seconds</c> (decimal): the advert interval.</summary>
        [ConfigKeyword("advert_int", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder AdvertInt(TimeSpan interval) => Write("advert_int", KeepalivedValues.Seconds(interval));

        /// <summary><c>version 2|3</c>.</summary>
        [ConfigKeyword("version", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder Version(int version) => Write("version", KeepalivedValues.Int(version));

        /// <summary><c>nopreempt</c>: a higher-priority node coming back does not take the addresses over.</summary>
        [ConfigKeyword("nopreempt", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder NoPreempt() => Write("nopreempt");

        /// <summary><c>preempt_delay seconds</c> (0..1000).</summary>
        [ConfigKeyword("preempt_delay", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder PreemptDelay(TimeSpan delay) => Write("preempt_delay", KeepalivedValues.Seconds(delay));

        /// <summary>
        /// <c>authentication { auth_type T; auth_pass P }</c>. keepalived keeps the first 8 characters of a <c>PASS</c>
        /// password; characters that start a comment (<c>!</c>, <c>#</c>) are written inside double quotes.
        /// </summary>
        [ConfigKeyword("authentication", Format = ConfigFormat.Keepalived, Block = Format)]
        [ConfigKeyword("auth_type", Format = ConfigFormat.Keepalived, Block = "authentication")]
        [ConfigKeyword("auth_pass", Format = ConfigFormat.Keepalived, Block = "authentication")]
        public VrrpInstanceBuilder Authentication(VrrpAuthType type, string password)
        {
            var block = Block.AddBlock("authentication");
            block.Add("auth_type", KeepalivedValues.Text(type));
            block.Add("auth_pass", Required(password, nameof(password)));
            return this;
        }

        /// <summary>Adds <c>address[/prefix] [dev D] [label L]</c> to <c>virtual_ipaddress { }</c>.</summary>
        [ConfigKeyword("virtual_ipaddress", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder VirtualIpAddress(IPAddress address, int? prefixLength = null, string? device = null, string? label = null)
        {
            var words = new List<string> { KeepalivedValues.Prefix(address, prefixLength) };
            if (device is not null) words.AddRange(new[] { "dev", device });
            if (label is not null) words.AddRange(new[] { "label", label });
            return AddToList("virtual_ipaddress", words);
        }

        /// <summary><c>unicast_src_ip address</c>: the source of unicast adverts.</summary>
        [ConfigKeyword("unicast_src_ip", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder UnicastSourceIp(IPAddress address) => Write("unicast_src_ip", KeepalivedValues.Address(address));

        /// <summary>Adds peers to <c>unicast_peer { }</c>: adverts go to them instead of the multicast group.</summary>
        [ConfigKeyword("unicast_peer", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder UnicastPeer(params IPAddress[] peers)
        {
            foreach (var peer in peers ?? Array.Empty<IPAddress>()) AddToList("unicast_peer", new[] { KeepalivedValues.Address(peer) });
            return this;
        }

        /// <summary>Adds <c>name [weight W] [reverse]</c> to <c>track_script { }</c>.</summary>
        [ConfigKeyword("track_script", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder TrackScript(string name, int? weight = null, bool reverse = false) =>
            AddToList("track_script", Tracked(name, weight, reverse));

        /// <summary>Adds <c>name [weight W]</c> to <c>track_interface { }</c>.</summary>
        [ConfigKeyword("track_interface", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder TrackInterface(string name, int? weight = null) =>
            AddToList("track_interface", Tracked(name, weight, false));

        /// <summary><c>notify_master command</c>: run on becoming master.</summary>
        [ConfigKeyword("notify_master", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder NotifyMaster(string command) => Write("notify_master", Required(command, nameof(command)));

        /// <summary><c>notify_backup command</c>: run on becoming backup.</summary>
        [ConfigKeyword("notify_backup", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder NotifyBackup(string command) => Write("notify_backup", Required(command, nameof(command)));

        /// <summary><c>notify_fault command</c>: run on entering the fault state.</summary>
        [ConfigKeyword("notify_fault", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder NotifyFault(string command) => Write("notify_fault", Required(command, nameof(command)));

        /// <summary><c>notify_stop command</c>: run when the instance stops.</summary>
        [ConfigKeyword("notify_stop", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder NotifyStop(string command) => Write("notify_stop", Required(command, nameof(command)));

        /// <summary><c>notify command</c>: run on every change with the type, name and new state as arguments.</summary>
        [ConfigKeyword("notify", Format = ConfigFormat.Keepalived, Block = Format)]
        public VrrpInstanceBuilder Notify(string command) => Write("notify", Required(command, nameof(command)));
    }
}
