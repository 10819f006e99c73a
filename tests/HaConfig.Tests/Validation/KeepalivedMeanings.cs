using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace HaConfig.Tests.Validation
{
    /// <summary>What a keepalived <c>-t</c> message means in our catalogue: the rule IDs that report the same problem.</summary>
    internal static class KeepalivedMeanings
    {
        /// <summary>keepalived message → the rule IDs that carry the same meaning.</summary>
        private static readonly (Regex Message, string[] Ids)[] Meanings =
        {
            (new Regex("outside range \\[1, 255\\]|VRID .* not valid|virtual router id must be set"), new[] { "HA2001", "HA2002", "HA2004" }),
            (new Regex("Priority not valid"), new[] { "HA2004" }),
            (new Regex("missing '}'s"), new[] { "HA0021" }),
            (new Regex("Extra '}'|Unknown keyword '}'"), new[] { "HA0020" }),
            (new Regex("track script .* not found|track_file .* not found|FILE_CHECK has no track_file|BFD .* not configured"), new[] { "HA2009" }),
            (new Regex("Unknown keyword|Unexpected '\\{'"), new[] { "HA2020", "HA2021", "HA2022", "HA0022" }),
            (new Regex("vrrp script|weight .* must be in|outside range \\[-253, 253\\]|outside range \\[1, 2147483647\\]|negative number '-1'"), new[] { "HA2010", "HA2018" }),
            (new Regex("Truncating auth_pass"), new[] { "HA2007" }),
            (new Regex("already defined"), new[] { "HA2025" }),
            (new Regex("lvs_scheduler|routing method|Unknown protocol|delay loop|invalid number|Real server weight|DNS check type|hex string"), new[] { "HA2018" }),
            (new Regex("no protocol set|no scheduler set|no forwarding method|protocol specified for fwmark|port will be ignored"), new[] { "HA2026" }),
            (new Regex("has no real servers"), new[] { "HA2027" }),
            (new Regex("Address family of virtual server"), new[] { "HA2019" }),
            (new Regex("Number of VIPs"), new[] { "HA2014" }),
            (new Regex("at least one is required"), new[] { "HA2015" }),
            (new Regex("Unterminated quote|Unmatched quote|missing terminating|routerid name missing"), new[] { "HA0001" }),
            (new Regex("State MASTER must match"), new[] { "HA2005" }),
            (new Regex("does not support authentication"), new[] { "HA2008" }),
            (new Regex("preempt_delay is incompatible"), new[] { "HA2006" }),
            (new Regex("interface eth0\\\\ for"), new[] { "HA2024" }),
            (new Regex("Unknown configuration entry"), new[] { "HA2017" }),
            (new Regex("Missing '\\{' at beginning"), new[] { "HA0023" }),
            (new Regex("VRRP parsed invalid IP"), new[] { "HA2035" }),
            (new Regex("Unknown keyword '\\{'|Unknown keyword '[^']*\\{"), new[] { "HA0023", "HA0031" }),
            (new Regex("unknown state|Version must be either|outside range \\[2, 3\\]|unknown authentication type"), new[] { "HA2034" }),
            (new Regex("Advert interval|advertisement interval|outside range \\[0.010000, 255.000000\\]|invalid number"), new[] { "HA2030", "HA2031" }),
            (new Regex("specified in sync group .* doesn't exist"), new[] { "HA2029" }),
            (new Regex("AH authentication|does not support authentication"), new[] { "HA2032" }),
            (new Regex("both use VRID|duplicate VRID"), new[] { "HA2003" }),
            (new Regex("missing a parameter"), new[] { "HA0024", "HA0001" }),
        };

        /// <summary>Every rule ID whose meaning matches <paramref name="message"/> (a message can mean more than one thing).</summary>
        public static IReadOnlyCollection<string> IdsFor(string message) =>
            Meanings.Where(m => m.Message.IsMatch(message)).SelectMany(m => m.Ids).Distinct(StringComparer.Ordinal).ToList();
    }
}
