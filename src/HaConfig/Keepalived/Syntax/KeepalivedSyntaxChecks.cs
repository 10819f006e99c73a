using System;
using System.Collections.Generic;
using HaConfig.Syntax;
using HaConfig.Validation;

namespace HaConfig.Keepalived.Syntax
{
    /// <summary>Structural checks that need the block tree: block keywords without <c>{</c>, keywords without their value.</summary>
    internal static class KeepalivedSyntaxChecks
    {
        /// <summary>Top-level keywords that always open a block.</summary>
        internal static readonly HashSet<string> RootBlocks = new(StringComparer.Ordinal)
        {
            "global_defs", "vrrp_instance", "vrrp_script", "vrrp_sync_group", "virtual_server", "virtual_server_group",
            "static_ipaddress", "static_routes", "static_rules", "track_file", "vrrp_track_file", "vrrp_track_process",
            "bfd_instance", "garp_group", "track_group", "linkbeat_interfaces", "interface_up_down_delays", "SSL",
        };

        /// <summary>Keywords that open a block wherever they appear.</summary>
        internal static readonly HashSet<string> NestedBlocks = new(StringComparer.Ordinal)
        {
            "authentication", "virtual_ipaddress", "virtual_ipaddress_excluded", "virtual_routes", "virtual_rules",
            "track_interface", "track_script", "track_process", "track_bfd", "unicast_peer", "notification_email",
            "real_server", "HTTP_GET", "SSL_GET", "TCP_CHECK", "SMTP_CHECK", "DNS_CHECK", "MISC_CHECK", "FILE_CHECK",
            "BFD_CHECK", "UDP_CHECK", "PING_CHECK", "url",
        };

        /// <summary>Blocks whose lines are values (addresses, names), not keywords.</summary>
        internal static readonly HashSet<string> ListBlocks = new(StringComparer.Ordinal)
        {
            "virtual_ipaddress", "virtual_ipaddress_excluded", "virtual_routes", "virtual_rules", "track_interface",
            "track_script", "track_process", "track_bfd", "track_file", "unicast_peer", "notification_email", "group",
            "static_ipaddress", "static_routes", "static_rules", "linkbeat_interfaces", "interface_up_down_delays",
            "virtual_server_group", "interfaces",
        };

        /// <summary>Keywords that keepalived refuses without a value (exit code 2 on 2.2).</summary>
        internal static readonly HashSet<string> NeedsParameter = new(StringComparer.Ordinal)
        {
            "state", "interface", "virtual_router_id", "priority", "advert_int", "router_id", "script", "interval", "rise", "fall",
            "auth_type", "auth_pass", "lb_algo", "lvs_sched", "lb_kind", "lvs_method", "protocol", "delay_loop", "connect_timeout",
            "connect_port", "sorry_server", "unicast_src_ip", "mcast_src_ip", "notify_master", "notify_backup", "notify_fault",
            "notify_stop", "notify", "preempt_delay", "smtp_server", "notification_email_from", "script_user", "vrrp_version",
            "version", "misc_path", "path", "status_code", "digest", "delay_before_retry", "neighbor_ip", "neighbour_ip",
            "file", "process", "include", "includer", "includem", "includew", "includeb", "includea",
            "vrrp_instance", "vrrp_script", "vrrp_sync_group", "virtual_server", "virtual_server_group", "real_server",
            "vrrp_track_process", "bfd_instance",
        };

        // What the checks ask of a keyword, one bit per set above: a node's keyword is looked up once, when the tree is
        // built, and every later question about it is a bit test.
        private const byte RootBlock = 1, NestedBlock = 2, ListBlock = 4, NeedsValue = 8;

        /// <summary>Every known keyword, indexed by <see cref="NodeRecord.Keyword"/>: a statement view keeps this string, one per keyword, not one per statement.</summary>
        internal static string[] KeywordText => Keywords.Value.Text;

        private static readonly Lazy<(SpanKeyTable<int, SampledHash> Ids, string[] Text, byte[] Flags)> Keywords = new(() =>
        {
            var all = new HashSet<string>(StringComparer.Ordinal);
            all.UnionWith(RootBlocks);
            all.UnionWith(NestedBlocks);
            all.UnionWith(ListBlocks);
            all.UnionWith(NeedsParameter);
            all.UnionWith(HaConfig.Validation.Rules.Keepalived.KeepalivedKeywordCatalogue.AllKeywords);
            var text = new string[all.Count];
            var flags = new byte[all.Count];
            var pairs = new List<KeyValuePair<string, int>>(all.Count);
            int id = 0;
            foreach (var keyword in all)
            {
                text[id] = keyword;
                pairs.Add(new KeyValuePair<string, int>(keyword, id));
                flags[id] = (byte)((RootBlocks.Contains(keyword) ? RootBlock : 0) | (NestedBlocks.Contains(keyword) ? NestedBlock : 0)
                    | (ListBlocks.Contains(keyword) ? ListBlock : 0) | (NeedsParameter.Contains(keyword) ? NeedsValue : 0));
                id++;
            }

            // Asked for every statement of every file: keepalived's keywords are long and differ in their length, ends and
            // middle, so the table hashes those characters only.
            return (new SpanKeyTable<int, SampledHash>(pairs), text, flags);
        });

        /// <summary>The <see cref="NodeRecord.Keyword"/> of a statement whose keyword is word <paramref name="token"/> of line <paramref name="line"/>.</summary>
        internal static int KeywordId(SyntaxDocument document, int line, int token) =>
            Keywords.Value.Ids.TryGetValue(document.GetTokenValueSpan(line, token), out int id) ? id : -1;

        /// <summary>The <see cref="NodeRecord.Keyword"/> a node whose keyword is <paramref name="keyword"/> has, or -1 (not a known keyword).</summary>
        internal static int KeywordId(string keyword) => Keywords.Value.Ids.TryGetValue(keyword.AsSpan(), out int id) ? id : -1;

        /// <summary><see cref="KeywordId(string)"/> of each keyword.</summary>
        internal static int[] KeywordIds(string[] keywords)
        {
            var ids = new int[keywords.Length];
            for (int k = 0; k < keywords.Length; k++) ids[k] = KeywordId(keywords[k]);
            return ids;
        }

        private static byte FlagsOf(in NodeRecord node, byte[] flags) => node.Keyword < 0 ? (byte)0 : flags[node.Keyword];

        public static void Check(SyntaxDocument document, KeepalivedTree tree)
        {
            var flags = Keywords.Value.Flags;
            for (int i = 0; i < tree.NodeCount; i++)
            {
                ref readonly var node = ref tree.Node(i);
                if (node.TokenCount == 0) continue;
                if (node.Parent >= 0)
                {
                    ref readonly var parent = ref tree.Node(node.Parent);
                    if (parent.TokenCount == 0 || (FlagsOf(parent, flags) & ListBlock) != 0) continue;
                }

                byte kind = FlagsOf(node, flags);
                bool blockKeyword = (kind & (node.Parent < 0 ? RootBlock : NestedBlock)) != 0;
                if (blockKeyword && !node.IsBlock)
                {
                    tree.Diagnostics.Add(KeepalivedStructure.Make(RuleCatalogue.MissingOpenBrace, KeepalivedStructure.TokenLocation(document, node.Line, node.TokenStart), KeywordOf(document, node)));
                }

                if (node.TokenCount == 1 && (kind & NeedsValue) != 0 && !(node.Parent < 0 && KeywordText[node.Keyword] == "real_server"))
                {
                    tree.Diagnostics.Add(KeepalivedStructure.Make(RuleCatalogue.MissingParameter, KeepalivedStructure.TokenLocation(document, node.Line, node.TokenStart), KeywordOf(document, node)));
                }
            }
        }

        internal static string KeywordOf(SyntaxDocument document, in NodeRecord node)
        {
            if (node.TokenCount == 0) return "{";
            return node.Keyword >= 0 ? KeywordText[node.Keyword] : document.GetTokenValue(node.Line, node.TokenStart);
        }

        /// <summary>Whether node <paramref name="node"/>'s keyword is <paramref name="keyword"/>, without allocating.</summary>
        internal static bool KeywordEquals(SyntaxDocument document, in NodeRecord node, string keyword) =>
            node.TokenCount == 0 ? keyword == "{" : document.TokenValueEquals(node.Line, node.TokenStart, keyword);
    }
}
