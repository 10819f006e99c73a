using System.Collections.Generic;
using HaConfig.Keepalived;

namespace HaConfig.Validation.Rules.Keepalived
{
    /// <summary>The keepalived rules of the catalogue, in the order they run. A new rule is added here and nowhere else.</summary>
    public static class KeepalivedRules
    {
        /// <summary>Every keepalived rule.</summary>
        public static IReadOnlyList<ValidationRule<KeepalivedConfig>> All { get; } = new ValidationRule<KeepalivedConfig>[]
        {
            new HA2001VirtualRouterId(),
            new HA2004Priority(),
            new HA2007Authentication(),
            new HA2009UndefinedTracker(),
            new HA2010ScriptOptions(),
            new HA2011ScriptSecurity(),
            new HA2013Unicast(),
            new HA2014VirtualIpAddresses(),
            new HA2018VirtualServer(),
            new HA2020Keywords(),
            new HA2023LexerTraps(),
            new HA2029SyncGroups(),
            new HA2030AdvertInterval(),
            new HA2034InstanceValues(),
        };
    }
}
