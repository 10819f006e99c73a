using System;
using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;
using HaConfig.Text;
using HaConfig.Topology;

namespace HaConfig.Validation.Rules.Pair
{
    /// <summary>
    /// HA3007 to HA3012: the nodes' VRRP instances must form one router. Compared with the first node that has the
    /// instance: distinct priorities (HA3007), at most one initial MASTER (HA3008), the same virtual_router_id (HA3009),
    /// the same authentication (HA3010), the same VIPs (HA3011); a different interface name is allowed, and only
    /// reported as a warning (HA3012). Each diagnostic is located on the node that differs.
    /// </summary>
    public sealed class HA3007AcrossNodes : ValidationRule<HaPair>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.SamePriority, RuleCatalogue.SeveralMasters, RuleCatalogue.RouterIdDiffers,
            RuleCatalogue.AuthenticationDiffers, RuleCatalogue.VipSetDiffers, RuleCatalogue.InterfaceDiffers,
        };

        /// <inheritdoc />
        public override void Analyze(HaPair target, ValidationContext context)
        {
            var view = PairView.Of(target, context);
            if (view.Nodes.Count < 2) return;
            foreach (var (name, members) in view.InstanceGroups())
            {
                if (members.Count < 2) continue;
                var (firstNode, first) = members[0];
                string? firstMaster = null;
                for (int m = 0; m < members.Count; m++)
                {
                    var (node, instance) = members[m];
                    if (instance.State == "MASTER")
                    {
                        if (firstMaster is null) firstMaster = node.Name;
                        else context.Report(RuleCatalogue.SeveralMasters, At(node, instance, "state"), name, firstMaster, node.Name);
                    }

                    int priority = instance.Priority ?? 100;
                    for (int earlier = 0; earlier < m; earlier++)
                    {
                        if ((members[earlier].Instance.Priority ?? 100) == priority)
                        {
                            context.Report(RuleCatalogue.SamePriority, At(node, instance, "priority"), name, members[earlier].Node.Name, node.Name, priority);
                            break;
                        }
                    }

                    if (m == 0) continue;
                    if (instance.VirtualRouterId is { } vrid && first.VirtualRouterId is { } firstVrid && vrid != firstVrid)
                    {
                        context.Report(RuleCatalogue.RouterIdDiffers, At(node, instance, "virtual_router_id"), name, node.Name, vrid, firstNode.Name, firstVrid);
                    }

                    var (type, pass) = Authentication(instance);
                    var (firstType, firstPass) = Authentication(first);
                    if (type != firstType || pass != firstPass)
                    {
                        string mine = Describe(type, pass, context.Options.ShowSecrets);
                        string theirs = type == firstType && !context.Options.ShowSecrets ? $"{firstType} with another auth_pass" : Describe(firstType, firstPass, context.Options.ShowSecrets);
                        var location = instance.FindBlock("authentication") is { } block ? node.Keepalived.Locate(block) : node.Keepalived.Locate(instance, 1);
                        context.Report(RuleCatalogue.AuthenticationDiffers, location, name, node.Name, mine, firstNode.Name, theirs);
                    }

                    string vips = VipSet(instance), firstVips = VipSet(first);
                    if (vips != firstVips)
                    {
                        var location = instance.FindBlock("virtual_ipaddress") is { } block ? node.Keepalived.Locate(block) : node.Keepalived.Locate(instance, 1);
                        context.Report(RuleCatalogue.VipSetDiffers, location, name, node.Name, vips, firstNode.Name, firstVips);
                    }

                    if (instance.Interface is { } nic && first.Interface is { } firstNic && nic != firstNic)
                    {
                        context.Report(RuleCatalogue.InterfaceDiffers, At(node, instance, "interface"), name, node.Name, nic, firstNode.Name, firstNic);
                    }
                }
            }
        }

        private static SourceLocation At(NodeView node, VrrpInstance instance, string keyword) =>
            instance.Find(keyword) is { } statement ? node.Keepalived.Locate(statement, 1) : node.Keepalived.Locate(instance, 1);

        private static (string? Type, string? Pass) Authentication(VrrpInstance instance)
        {
            var auth = instance.Authentication;
            if (auth is null) return (null, null);
            string? pass = auth.AuthPass;
            return (auth.AuthType, pass is { Length: > 8 } ? pass.Substring(0, 8) : pass);
        }

        private static string Describe(string? type, string? pass, bool showSecrets) =>
            type is null && pass is null ? "no authentication" : $"{type ?? "(no auth_type)"} auth_pass {(pass is null ? "(none)" : showSecrets ? "'" + pass + "'" : HaConfig.Syntax.SecretWords.Placeholder)}";

        private static string VipSet(VrrpInstance instance)
        {
            var addresses = instance.VirtualIpAddresses.Select(v => (PairView.Canonical(v.Address) ?? v.Address) + (v.PrefixLength is { } p ? "/" + p : string.Empty))
                .Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
            return addresses.Count == 0 ? "no VIP" : string.Join(", ", addresses);
        }
    }
}
