using HaConfig.Keepalived.Syntax;

namespace HaConfig.Keepalived
{
    /// <summary>Chooses the typed view of a node from its keyword and its parent's keyword.</summary>
    internal static class KeepalivedNodeFactory
    {
        public static KeepalivedStatement Create(KeepalivedConfig config, int lineId, in NodeRecord record, string keyword, string parentKeyword)
        {
            int start = record.TokenStart;
            if (!record.IsBlock) return new KeepalivedStatement(config, lineId, start);
            if (record.Parent < 0)
            {
                switch (keyword)
                {
                    case "global_defs": return new GlobalDefs(config, lineId, start);
                    case "vrrp_instance": return new VrrpInstance(config, lineId, start);
                    case "vrrp_script": return new VrrpScript(config, lineId, start);
                    case "vrrp_sync_group": return new VrrpSyncGroup(config, lineId, start);
                    case "virtual_server_group": return new VirtualServerGroup(config, lineId, start);
                    case "virtual_server": return new VirtualServer(config, lineId, start);
                    case "track_file":
                    case "vrrp_track_file": return new TrackFile(config, lineId, start);
                    case "vrrp_track_process": return new VrrpTrackProcess(config, lineId, start);
                    case "bfd_instance": return new BfdInstance(config, lineId, start);
                    case "garp_group": return new GarpGroup(config, lineId, start);
                }
            }
            else if (parentKeyword == "virtual_server" && keyword == "real_server")
            {
                return new RealServer(config, lineId, start);
            }
            else if (parentKeyword == "real_server" && Checker.KindOf(keyword) is { } kind)
            {
                return new Checker(config, lineId, start, kind);
            }

            return new KeepalivedBlock(config, lineId, start);
        }
    }
}
