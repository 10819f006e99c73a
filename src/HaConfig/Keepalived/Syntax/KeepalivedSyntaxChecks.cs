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

        // The same sets looked up with spans: checking every node of a large file allocates nothing.
        private static readonly SpanKeyTable<bool> RootBlockSpans = SpanSet(RootBlocks);
        private static readonly SpanKeyTable<bool> NestedBlockSpans = SpanSet(NestedBlocks);
        private static readonly SpanKeyTable<bool> ListBlockSpans = SpanSet(ListBlocks);
        private static readonly SpanKeyTable<bool> NeedsParameterSpans = SpanSet(NeedsParameter);

        /// <summary>Known keywords, so that the keyword kept by each statement view is one shared string, not one per statement.</summary>
        private static readonly Lazy<SpanKeyTable<bool>> KnownKeywords = new(() =>
        {
            var all = new HashSet<string>(StringComparer.Ordinal);
            all.UnionWith(RootBlocks);
            all.UnionWith(NestedBlocks);
            all.UnionWith(ListBlocks);
            all.UnionWith(NeedsParameter);
            all.UnionWith(HaConfig.Validation.Rules.Keepalived.KeepalivedKeywordCatalogue.AllKeywords);
            return SpanSet(all);
        });

        private static SpanKeyTable<bool> SpanSet(IEnumerable<string> keys)
        {
            var pairs = new List<KeyValuePair<string, bool>>();
            foreach (var key in keys) pairs.Add(new KeyValuePair<string, bool>(key, true));
            return new SpanKeyTable<bool>(pairs);
        }

        public static void Check(SyntaxDocument document, KeepalivedTree tree)
        {
            for (int i = 0; i < tree.Nodes.Count; i++)
            {
                var node = tree.Nodes[i];
                if (node.TokenCount == 0) continue;
                if (node.Parent >= 0)
                {
                    var parent = tree.Nodes[node.Parent];
                    if (parent.TokenCount == 0 || ListBlockSpans.ContainsKey(document.GetTokenValueSpan(parent.Line, parent.TokenStart))) continue;
                }

                var keyword = document.GetTokenValueSpan(node.Line, node.TokenStart);
                bool blockKeyword = node.Parent < 0 ? RootBlockSpans.ContainsKey(keyword) : NestedBlockSpans.ContainsKey(keyword);
                if (blockKeyword && !node.IsBlock)
                {
                    tree.Diagnostics.Add(KeepalivedStructure.Make(RuleCatalogue.MissingOpenBrace, KeepalivedStructure.TokenLocation(document, node.Line, node.TokenStart), keyword.ToString()));
                }

                if (node.TokenCount == 1 && NeedsParameterSpans.ContainsKey(keyword) && !(node.Parent < 0 && keyword.SequenceEqual("real_server".AsSpan())))
                {
                    tree.Diagnostics.Add(KeepalivedStructure.Make(RuleCatalogue.MissingParameter, KeepalivedStructure.TokenLocation(document, node.Line, node.TokenStart), keyword.ToString()));
                }
            }
        }

        internal static string KeywordOf(SyntaxDocument document, NodeRecord node)
        {
            if (node.TokenCount == 0) return "{";
            var keyword = document.GetTokenValueSpan(node.Line, node.TokenStart);
            return KnownKeywords.Value.TryGetValue(keyword, out _, out var shared) ? shared : keyword.ToString();
        }

        /// <summary>Whether node <paramref name="node"/>'s keyword is <paramref name="keyword"/>, without allocating.</summary>
        internal static bool KeywordEquals(SyntaxDocument document, NodeRecord node, string keyword) =>
            node.TokenCount == 0 ? keyword == "{" : document.TokenValueEquals(node.Line, node.TokenStart, keyword);
    }
}
