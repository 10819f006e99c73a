using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2007-HA2008, HA2032, HA2036: auth_pass at most 8 characters; no authentication with VRRP version 3 or strict
    /// mode; AH only with IPv4, VRRP version 2 and, with state MASTER, on the address owner; and PASS, where keepalived
    /// uses it, sends the password in clear text (HA2036, info). Messages never show the password.
    /// </summary>
    public sealed class HA2007Authentication : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.AuthPassTooLong, RuleCatalogue.AuthenticationIgnored, RuleCatalogue.AhAuthenticationUnusable, RuleCatalogue.ClearTextVrrpPassword,
        };

        /// <inheritdoc />
        internal override int RelativeCost => 5;

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            foreach (var instance in view.VrrpInstances)
            {
                var block = instance.FindBlock("authentication");
                if (block is null) continue;
                // The settings are read in place (StatementRef): a view is made only for a statement reported.
                var pass = block.FindRef("auth_pass");
                if (pass.TryGetArgumentSpan(0, out var password) && password.Length > 8)
                {
                    context.Report(RuleCatalogue.AuthPassTooLong, view.Locate(pass.View, 1), password.Length);
                }

                // Values are compared in place; the instance's name is read for the message only.
                var type = block.FindRef("auth_type");
                bool ah = type.ArgumentEquals(0, "AH");
                if (view.IsStrict(instance))
                {
                    context.Report(RuleCatalogue.AuthenticationIgnored, view.Locate(block), instance.Name ?? "?", "Strict mode");
                }
                else if (ah && KeepalivedView.IsIPv6Instance(instance))
                {
                    context.Report(RuleCatalogue.AhAuthenticationUnusable, view.Locate(type.View, 1), instance.Name ?? "?", "Cannot use AH authentication with IPv6 (VRRP version 3 has no authentication); keepalived ignores it");
                }
                else if (view.VersionOf(instance) == 3)
                {
                    if (ah) context.Report(RuleCatalogue.AhAuthenticationUnusable, view.Locate(type.View, 1), instance.Name ?? "?", "VRRP version 3 does not support AH authentication; keepalived ignores it");
                    else context.Report(RuleCatalogue.AuthenticationIgnored, view.Locate(block), instance.Name ?? "?", "VRRP version 3");
                }
                else if (ah && instance.State == "MASTER" && (instance.FindRef("priority").GetArgument(0) ?? "255") != "255")
                {
                    context.Report(RuleCatalogue.AhAuthenticationUnusable, view.Locate(type.View, 1), instance.Name ?? "?", "Initial state master is incompatible with AH authentication - clearing (use state BACKUP, or priority 255 on the address owner)");
                }
                else if (type.ArgumentEquals(0, "PASS") && pass.TryGetArgumentSpan(0, out var value) && value.Length > 0)
                {
                    // Without a password keepalived ignores the block ("Authentication specified but no password given").
                    context.Report(RuleCatalogue.ClearTextVrrpPassword, view.Locate(type.View, 1), instance.Name ?? "?");
                }
            }
        }
    }
}
