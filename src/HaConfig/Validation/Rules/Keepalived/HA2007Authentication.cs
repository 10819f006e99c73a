using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>HA2007-HA2008: auth_pass at most 8 characters; no authentication with VRRP version 3 or strict mode.</summary>
    public sealed class HA2007Authentication : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.AuthPassTooLong, RuleCatalogue.AuthenticationIgnored };

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            foreach (var instance in view.Config.VrrpInstances)
            {
                var block = instance.FindBlock("authentication");
                if (block is null) continue;
                var pass = block.Find("auth_pass");
                if (pass?.GetArgument(0) is { Length: > 8 } password)
                {
                    context.Report(RuleCatalogue.AuthPassTooLong, view.Locate(pass, 1), password.Length);
                }

                if (view.IsStrict(instance)) context.Report(RuleCatalogue.AuthenticationIgnored, view.Locate(block), instance.Name, "Strict mode");
                else if (view.VersionOf(instance) == 3) context.Report(RuleCatalogue.AuthenticationIgnored, view.Locate(block), instance.Name, "VRRP version 3");
            }
        }
    }
}
