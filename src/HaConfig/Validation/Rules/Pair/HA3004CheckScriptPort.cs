using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using HaConfig.Diagnostics;
using HaConfig.Text;
using HaConfig.Topology;

namespace HaConfig.Validation.Rules.Pair
{
    /// <summary>
    /// HA3004: the check script (read as text, never run) must request the port HAProxy listens on. Every <c>curl</c> or
    /// <c>wget</c> line is searched for <c>http(s)://HOST:PORT</c> with HOST localhost, a loopback address, a VIP or a
    /// shell variable (<c>${APISERVER_VIP}</c>); a variable port is resolved from a plain <c>NAME=value</c> assignment in
    /// the script, and left alone when it cannot be.
    /// </summary>
    public sealed class HA3004CheckScriptPort : ValidationRule<HaPair>
    {
        private static readonly Regex Url = new(@"https?://(?<host>\[[^\]\s]*\]|[^/:\s""'\[]+):(?<port>\d+|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?)[^\s""']*", RegexOptions.CultureInvariant);

        private static readonly Regex Assignment = new(@"^\s*(?:export\s+|readonly\s+|local\s+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<quote>['""]?)(?<value>[^'""\s;]*)\k<quote>\s*(?:;|#.*)?$", RegexOptions.CultureInvariant);

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.CheckScriptPortMismatch };

        /// <inheritdoc />
        public override void Analyze(HaPair target, ValidationContext context)
        {
            foreach (var node in PairView.Of(target, context).Nodes)
            {
                if (node.Node.CheckScript is not { } script) continue;
                var listening = new List<(int From, int To, string Where)>();
                foreach (var (proxy, bind) in node.Binds)
                {
                    foreach (var address in bind.Addresses)
                    {
                        if (address.Port is not { } port || address.ContainsVariables) continue;
                        string? host = address.IsWildcard ? null : PairView.Canonical(address.Host);
                        if (address.IsWildcard || (host is not null && (PairView.IsLoopback(host) || node.VipSet.Contains(host))))
                        {
                            listening.Add((port, address.PortEnd ?? port, $"{address.Text} ({proxy.Keyword} {proxy.Name})"));
                        }
                    }
                }

                if (listening.Count == 0) continue;
                var lines = script.Split('\n');
                var variables = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var line in lines)
                {
                    var match = Assignment.Match(line.TrimEnd('\r'));
                    if (match.Success) variables[match.Groups["name"].Value] = match.Groups["value"].Value;
                }

                for (int i = 0; i < lines.Length; i++)
                {
                    string line = lines[i].TrimEnd('\r');
                    string trimmed = line.TrimStart();
                    if (trimmed.StartsWith("#", StringComparison.Ordinal)) continue;
                    if (!Regex.IsMatch(line, @"(^|[\s;|&(])(curl|wget)\s")) continue;
                    foreach (Match url in Url.Matches(line))
                    {
                        if (!IsLocalOrVip(url.Groups["host"].Value, variables, node)) continue;
                        if (Resolve(url.Groups["port"].Value, variables) is not { } port) continue;
                        if (listening.Any(l => port >= l.From && port <= l.To)) break;
                        var group = url.Groups["port"];
                        var location = new SourceLocation(node.Node.CheckScriptPath, i + 1, group.Index + 1, i + 1, group.Index + group.Length + 1);
                        string where = string.Join(", ", listening.Select(l => l.Where).Distinct(StringComparer.Ordinal));
                        context.Report(RuleCatalogue.CheckScriptPortMismatch, location, node.Name, url.Value, port, where);
                        break;
                    }
                }
            }
        }

        private static bool IsLocalOrVip(string host, Dictionary<string, string> variables, NodeView node)
        {
            if (host.StartsWith("$", StringComparison.Ordinal))
            {
                string name = host.Trim('$', '{', '}');
                if (!variables.TryGetValue(name, out var value)) return true; // ${APISERVER_VIP} and the like: taken as the VIP
                host = value;
            }

            if (host == "localhost") return true;
            return PairView.Canonical(host) is { } canonical && (PairView.IsLoopback(canonical) || node.VipSet.Contains(canonical));
        }

        private static int? Resolve(string port, Dictionary<string, string> variables)
        {
            if (port.StartsWith("$", StringComparison.Ordinal))
            {
                if (!variables.TryGetValue(port.Trim('$', '{', '}'), out var value)) return null;
                port = value;
            }

            return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is > 0 and < 65536 ? number : null;
        }
    }
}
