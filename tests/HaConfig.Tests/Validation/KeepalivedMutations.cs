using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace HaConfig.Tests.Validation
{
    /// <summary>
    /// Small edits of a keepalived configuration that keepalived accepts, each aimed at the first <c>vrrp_instance</c>:
    /// the broken (or merely unusual) configurations the rejection agreement test feeds to <c>keepalived -t</c> and to us.
    /// A mutation returns null when the file has nothing it can apply to.
    /// </summary>
    internal static class KeepalivedMutations
    {
        public static IReadOnlyList<(string Name, Func<List<string>, List<string>?> Apply)> All { get; } = new (string, Func<List<string>, List<string>?>)[]
        {
            ("vrid-0", l => SetValue(l, "virtual_router_id", "0")),
            ("vrid-256", l => SetValue(l, "virtual_router_id", "256")),
            ("vrid-300", l => SetValue(l, "virtual_router_id", "300")),
            ("duplicate-vrid", l => CopyInstance(l, null)),
            ("duplicate-vip-other-vrid", l => CopyInstance(l, "254")),
            ("instance-closing-brace-removed", l => Edit(l, (c, s, e) => Do(() => c.RemoveAt(e)))),
            ("vip-closing-brace-removed", RemoveVipClosingBrace),
            ("extra-closing-brace", l => Edit(l, (c, s, e) => Do(() => c.Insert(e + 1, "}")))),
            ("unknown-keyword", l => Insert(l, "    bogus_keyword 1")),
            ("misplaced-lb_algo", l => Insert(l, "    lb_algo rr")),
            ("priority-0", l => SetValue(l, "priority", "0")),
            ("priority-256", l => SetValue(l, "priority", "256")),
            ("undefined-track_script", l => Insert(l, "    track_script {", "        chk_undefined_mutation", "    }")),
            ("auth_pass-9-characters", LongAuthPass),
            ("state-BOGUS", l => SetValue(l, "state", "BOGUS")),
            ("version-4", l => SetValue(l, "version", "4")),
            ("instance-opening-brace-removed", l => Edit(l, (c, s, e) => Replace(c, s, "{", string.Empty))),
            ("vip-opening-brace-removed", l => Edit(l, (c, s, e) => FirstLine(c, s, e, "virtual_ipaddress") is { } v && Replace(c, v, "{", string.Empty))),
            ("unterminated-quote", l => Edit(l, (c, s, e) => FirstLine(c, s, e, "interface") is { } i && Replace(c, i, "interface ", "interface \""))),
            ("advert_int-bogus", l => SetValue(l, "advert_int", "bogus")),
            ("advert_int-300", l => SetValue(l, "advert_int", "300")),
            ("advert_int-0", l => SetValue(l, "advert_int", "0")),
            ("advert_int-0.5", l => SetValue(l, "advert_int", "0.5")),
            ("sync-group-undefined-member", SyncGroupWithUndefinedMember),
        };

        /// <summary>The first <c>vrrp_instance NAME {</c> block: header line, closing line and name.</summary>
        public static (int Start, int End, string Name)? FirstInstance(List<string> lines)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                var header = Regex.Match(Code(lines[i]), "^\\s*vrrp_instance\\s+(\\S+)\\s*\\{\\s*$");
                if (!header.Success) continue;
                int depth = 0;
                for (int j = i; j < lines.Count; j++)
                {
                    string code = Code(lines[j]);
                    depth += code.Count(c => c == '{') - code.Count(c => c == '}');
                    if (depth == 0) return Code(lines[j]).Trim() == "}" ? (i, j, header.Groups[1].Value) : null;
                }

                return null;
            }

            return null;
        }

        private static bool Do(Action action)
        {
            action();
            return true;
        }

        private static bool Replace(List<string> lines, int index, string find, string replacement)
        {
            if (!lines[index].Contains(find, StringComparison.Ordinal)) return false;
            lines[index] = lines[index].Replace(find, replacement, StringComparison.Ordinal);
            return true;
        }

        private static string Code(string line)
        {
            int cut = line.IndexOfAny(new[] { '!', '#' });
            return cut >= 0 ? line.Substring(0, cut) : line;
        }

        private static int? FirstLine(List<string> lines, int start, int end, string keyword)
        {
            for (int i = start + 1; i < end; i++)
            {
                if (Regex.IsMatch(Code(lines[i]), "^\\s*" + keyword + "(\\s|$)")) return i;
            }

            return null;
        }

        /// <summary>Applies <paramref name="edit"/> (lines, header index, closing index) to a copy; null when it declines.</summary>
        private static List<string>? Edit(List<string> original, Func<List<string>, int, int, bool> edit)
        {
            var lines = new List<string>(original);
            if (FirstInstance(lines) is not { } instance) return null;
            return edit(lines, instance.Start, instance.End) ? lines : null;
        }

        private static List<string>? Insert(List<string> original, params string[] inserted)
        {
            var lines = new List<string>(original);
            if (FirstInstance(lines) is not { } instance) return null;
            lines.InsertRange(instance.Start + 1, inserted);
            return lines;
        }

        /// <summary>Sets <paramref name="keyword"/> of the first instance to <paramref name="value"/>, adding the line when absent.</summary>
        private static List<string>? SetValue(List<string> original, string keyword, string value)
        {
            var lines = new List<string>(original);
            if (FirstInstance(lines) is not { } instance) return null;
            if (FirstLine(lines, instance.Start, instance.End, keyword) is { } at)
            {
                lines[at] = Regex.Replace(lines[at], "^(\\s*" + keyword + "\\s+)\\S+", "${1}" + value);
                return lines;
            }

            lines.Insert(instance.Start + 1, "    " + keyword + " " + value);
            return lines;
        }

        private static List<string>? CopyInstance(List<string> original, string? vrid)
        {
            var lines = new List<string>(original);
            if (FirstInstance(lines) is not { } instance) return null;
            var copy = lines.GetRange(instance.Start, instance.End - instance.Start + 1);
            copy[0] = copy[0].Replace(instance.Name, instance.Name + "_COPY");
            if (vrid is not null)
            {
                for (int i = 0; i < copy.Count; i++) copy[i] = Regex.Replace(copy[i], "^(\\s*virtual_router_id\\s+)\\S+", "${1}" + vrid);
            }

            lines.InsertRange(instance.End + 1, copy);
            return lines;
        }

        private static List<string>? RemoveVipClosingBrace(List<string> original)
        {
            var lines = new List<string>(original);
            if (FirstInstance(lines) is not { } instance || FirstLine(lines, instance.Start, instance.End, "virtual_ipaddress") is not { } vip) return null;
            if (!Code(lines[vip]).Contains('{', StringComparison.Ordinal) || Code(lines[vip]).Contains('}', StringComparison.Ordinal)) return null;
            for (int i = vip + 1; i < instance.End; i++)
            {
                if (Code(lines[i]).Trim() != "}") continue;
                lines.RemoveAt(i);
                return lines;
            }

            return null;
        }

        private static List<string>? LongAuthPass(List<string> original)
        {
            var lines = new List<string>(original);
            if (FirstInstance(lines) is not { } instance) return null;
            if (FirstLine(lines, instance.Start, instance.End, "authentication") is { } block && FirstLine(lines, block, instance.End, "auth_pass") is { } pass)
            {
                lines[pass] = Regex.Replace(lines[pass], "^(\\s*auth_pass\\s+)\\S+", "${1}123456789");
                return lines;
            }

            lines.InsertRange(instance.Start + 1, new[] { "    authentication {", "        auth_type PASS", "        auth_pass 123456789", "    }" });
            return lines;
        }

        private static List<string>? SyncGroupWithUndefinedMember(List<string> original)
        {
            var lines = new List<string>(original);
            if (FirstInstance(lines) is not { } instance) return null;
            lines.AddRange(new[] { "vrrp_sync_group SG_MUTATION {", "    group {", "        VI_UNDEFINED_MUTATION", "    }", "}" });
            return lines;
        }
    }
}
