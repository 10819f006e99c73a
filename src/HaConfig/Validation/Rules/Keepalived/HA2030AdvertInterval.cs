using System;
using System.Collections.Generic;
using System.Globalization;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>
    /// HA2030-HA2031: <c>advert_int</c> is a number of seconds from 0.01 to 255 (keepalived ignores anything else); VRRP version 3
    /// counts centiseconds in 12 bits, so it must stay below 40.96 s; VRRP version 2 sends whole seconds and rounds a fraction.
    /// </summary>
    public sealed class HA2030AdvertInterval : ValidationRule<KeepalivedConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.AdvertIntOutOfRange, RuleCatalogue.AdvertIntRounded };

        /// <inheritdoc />
        internal override int RelativeCost => 2;

        /// <inheritdoc />
        public override void Analyze(KeepalivedConfig target, ValidationContext context)
        {
            var view = KeepalivedView.Of(target, context);
            foreach (var instance in view.VrrpInstances)
            {
                var statement = instance.FindRef("advert_int"); // read in place: a view is made only to report
                if (!statement.TryGetArgumentSpan(0, out var value)) continue;

                // Most values are fine: the strings and the location a message needs are made only to report.
                if (!KeepalivedView.TryParseDecimal(value, out double seconds))
                {
                    Report(RuleCatalogue.AdvertIntOutOfRange, "it is not a number; keepalived ignores it and uses 1 second");
                }
                else if (seconds < 0.01 || seconds > 255)
                {
                    Report(RuleCatalogue.AdvertIntOutOfRange, "must be between 0.01 and 255 seconds; keepalived ignores it and uses 1 second");
                }
                else if (view.VersionOf(instance) == 3)
                {
                    if (seconds >= 40.96) Report(RuleCatalogue.AdvertIntOutOfRange, "VRRP version 3 needs less than 40.96 seconds; keepalived uses 40.95");
                }
                else if (seconds != Math.Floor(seconds))
                {
                    double rounded = Math.Max(1, Math.Floor(seconds + 0.5));
                    Report(RuleCatalogue.AdvertIntRounded, rounded.ToString(CultureInfo.InvariantCulture));
                }

                void Report(DiagnosticDescriptor rule, string detail) =>
                    context.Report(rule, view.Locate(statement.View, 1), instance.Name ?? "?", statement.GetArgument(0), detail);
            }
        }
    }
}
