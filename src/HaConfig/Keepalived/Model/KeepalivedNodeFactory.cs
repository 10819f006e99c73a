using HaConfig.Keepalived.Syntax;

namespace HaConfig.Keepalived
{
    /// <summary>Chooses the typed view of a node from its keyword and its parent's keyword.</summary>
    internal static class KeepalivedNodeFactory
    {
        public static KeepalivedStatement Create(KeepalivedConfig config, KeepalivedLine line, in NodeRecord record, string keyword, string parentKeyword)
        {
            int start = record.TokenStart;
            if (!record.IsBlock) return new KeepalivedStatement(config, line, start);
            if (record.Parent < 0)
            {
                switch (keyword)
                {
                    case "global_defs": return new GlobalDefs(config, line, start);
                    case "vrrp_instance": return new VrrpInstance(config, line, start);
                    case "vrrp_script": return new VrrpScript(config, line, start);
                    case "vrrp_sync_group": return new VrrpSyncGroup(config, line, start);
                    case "virtual_server_group": return new VirtualServerGroup(config, line, start);
                    case "virtual_server": return new VirtualServer(config, line, start);
                    case "track_file":
                    case "vrrp_track_file": return new TrackFile(config, line, start);
                    case "vrrp_track_process": return new VrrpTrackProcess(config, line, start);
                    case "bfd_instance": return new BfdInstance(config, line, start);
                    case "garp_group": return new GarpGroup(config, line, start);
                }
            }
            else if (parentKeyword == "virtual_server" && keyword == "real_server")
            {
                return new RealServer(config, line, start);
            }
            else if (parentKeyword == "real_server" && Checker.KindOf(keyword) is { } kind)
            {
                return new Checker(config, line, start, kind);
            }

            return new KeepalivedBlock(config, line, start);
        }
    }
}
