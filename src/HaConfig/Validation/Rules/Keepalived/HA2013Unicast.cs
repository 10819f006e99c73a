using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>HA2013: unicast keywords need peers, and the peers must share the instance's address family.</summary>
    public sealed class HA2013Unicast : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.UnicastInconsistent };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            foreach (var instance in view.VrrpInstances)
            {
                var peerBlock = instance.FindBlock("unicast_peer");
                bool hasPeers = peerBlock is not null && peerBlock.ChildSlice.Length > 0;
                if (!hasPeers)
                {
                    var keyword = instance.Find("unicast_src_ip") ?? instance.Find("unicast_ttl");
                    if (keyword is not null)
                    {
                        context.Report(RuleCatalogue.UnicastInconsistent, view.Locate(keyword), instance.Name,
                            $"'{keyword.Keyword}' is set without any unicast peers; keepalived falls back to multicast (deprecated usage)");
                    }

                    continue;
                }

                bool ipv6 = KeepalivedView.IsIPv6Instance(instance);
                foreach (var peer in peerBlock!.ChildSlice)
                {
                    if (!KeepalivedView.IsIPAddress(peer.Keyword) || KeepalivedView.IsIPv6(peer.Keyword) == ipv6) continue;
                    context.Report(RuleCatalogue.UnicastInconsistent, view.Locate(peer), instance.Name,
                        $"unicast peer {peer.Keyword} is not of the instance's family ({(ipv6 ? "IPv6" : "IPv4")}); keepalived skips it");
                }
            }
        }
    }
}
