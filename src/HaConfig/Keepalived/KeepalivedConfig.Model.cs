using System.Collections.Generic;

namespace HaConfig.Keepalived
{
    public sealed partial class KeepalivedConfig
    {
        /// <summary>The last <c>global_defs</c> block (included files count), or null.</summary>
        public GlobalDefs? GlobalDefs
        {
            get
            {
                GlobalDefs? last = null;
                foreach (var block in OfType<GlobalDefs>()) last = block;
                return last;
            }
        }

        /// <summary>Every <c>vrrp_script</c>.</summary>
        public IEnumerable<VrrpScript> VrrpScripts => OfType<VrrpScript>();

        /// <summary>Every <c>vrrp_instance</c>.</summary>
        public IEnumerable<VrrpInstance> VrrpInstances => OfType<VrrpInstance>();

        /// <summary>Every <c>vrrp_sync_group</c>.</summary>
        public IEnumerable<VrrpSyncGroup> VrrpSyncGroups => OfType<VrrpSyncGroup>();

        /// <summary>Every <c>virtual_server_group</c>.</summary>
        public IEnumerable<VirtualServerGroup> VirtualServerGroups => OfType<VirtualServerGroup>();

        /// <summary>Every <c>virtual_server</c>.</summary>
        public IEnumerable<VirtualServer> VirtualServers => OfType<VirtualServer>();

        /// <summary>Every top-level <c>track_file</c> (and <c>vrrp_track_file</c>).</summary>
        public IEnumerable<TrackFile> TrackFiles => OfType<TrackFile>();

        /// <summary>Every <c>vrrp_track_process</c>.</summary>
        public IEnumerable<VrrpTrackProcess> TrackProcesses => OfType<VrrpTrackProcess>();

        /// <summary>Every <c>bfd_instance</c>.</summary>
        public IEnumerable<BfdInstance> BfdInstances => OfType<BfdInstance>();

        /// <summary>Every <c>garp_group</c>.</summary>
        public IEnumerable<GarpGroup> GarpGroups => OfType<GarpGroup>();

        /// <summary>Every top-level <c>static_ipaddress</c> block.</summary>
        public IEnumerable<KeepalivedBlock> StaticIpAddresses => Blocks("static_ipaddress");

        /// <summary>Every top-level <c>static_routes</c> block.</summary>
        public IEnumerable<KeepalivedBlock> StaticRoutes => Blocks("static_routes");

        /// <summary>Every top-level <c>static_rules</c> block.</summary>
        public IEnumerable<KeepalivedBlock> StaticRules => Blocks("static_rules");

        /// <summary>The <c>vrrp_instance</c> with this name, or null.</summary>
        public VrrpInstance? FindVrrpInstance(string name)
        {
            foreach (var instance in VrrpInstances)
            {
                if (instance.Name == name) return instance;
            }

            return null;
        }

        /// <summary>The first <c>vrrp_script</c> with this name, or null.</summary>
        public VrrpScript? FindVrrpScript(string name)
        {
            foreach (var script in VrrpScripts)
            {
                if (script.Name == name) return script;
            }

            return null;
        }

        private IEnumerable<T> OfType<T>()
            where T : KeepalivedBlock
        {
            foreach (var statement in AllStatements)
            {
                if (statement is T typed) yield return typed;
            }
        }

        private IEnumerable<KeepalivedBlock> Blocks(string keyword)
        {
            foreach (var statement in AllStatements)
            {
                if (statement is KeepalivedBlock block && block.Keyword == keyword) yield return block;
            }
        }
    }
}
