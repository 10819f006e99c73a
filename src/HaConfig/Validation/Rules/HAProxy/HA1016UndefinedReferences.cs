using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// References to userlists, stick-tables, resolvers, peers, mailers and tracked servers that are not declared
    /// (HA1016, fatal in HAProxy), and <c>track</c> to a server without any check (HA1017, fatal in HAProxy).
    /// </summary>
    public sealed class HA1016UndefinedReferences : ValidationRule<HAProxyConfig>
    {
        private static readonly string[] StickKeywords = { "on", "match", "store-request", "store-response" };

        /// <summary>
        /// What a word needs for <see cref="ScanTokens"/> to act on it: a <c>track-sc</c> prefix, or a parenthesis (in
        /// <c>do-resolve(</c>, <c>http_auth(</c> and <c>http_auth_group(</c>). Lines holding neither are not scanned.
        /// </summary>
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.UndefinedSectionReference, RuleCatalogue.TrackWithoutCheck,
        };

        /// <inheritdoc />
        internal override int RelativeCost => 12;

        /// <inheritdoc />
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var names = new Names(target);
            var inheritance = ProxyInheritance.For(target, context);
            var servers = new Dictionary<ProxySection, Dictionary<string, ServerDirective>>();
            foreach (var section in target.Sections)
            {
                if (section is not ProxySection proxy) continue;
                // Whether the proxy declares a stick-table, looked up only for the few lines that use one.
                bool? hasTable = null;
                foreach (var directive in proxy.DirectiveList)
                {
                    var line = directive.Line;
                    // Most lines reference nothing: the words' lengths (and a search of the text for a parenthesis) rule them
                    // out before any word's text is compared.
                    var words = line.Words;
                    if (directive is ServerDirective server && words.IndexOfEither(1, "resolvers", "track") >= 0)
                    {
                        if (words.IndexOf(1, "resolvers") >= 0) CheckNamed(context, line, "resolvers", names.Resolvers, "server ", server);
                        if (server.Kind == ServerKind.Server && words.IndexOf(1, "track") >= 0) CheckTrack(context, proxy, server, target, inheritance, servers);
                    }
                    else
                    {
                        // The keyword compared as a span: directive.Keyword looks it up in the catalogue.
                        var keyword = line.GetValueSpan(0);
                        if (keyword.SequenceEqual("stick-table".AsSpan())) CheckNamed(context, line, "peers", names.Peers, "stick-table", null);
                        else if (keyword.SequenceEqual("email-alert".AsSpan()) && line.ValueEquals(1, "mailers") && line.TokenCount > 2)
                            Check(context, line, 2, "mailers", names.Mailers, "email-alert mailers");
                        else if (keyword.SequenceEqual("stick".AsSpan()) && line.TokenCount > 1 && Array.IndexOf(StickKeywords, line.GetValue(1)) >= 0)
                            CheckTable(context, proxy, ref hasTable, line, 2, "stick " + line.GetValue(1), names);
                    }

                    if (line.Search.MayContain("(") || words.IndexOfStartingWith(1, "track-sc") >= 0) ScanTokens(context, proxy, ref hasTable, line, names);
                }
            }
        }

        private static void ScanTokens(ValidationContext context, ProxySection proxy, ref bool? hasTable, HAProxyLine line, Names names)
        {
            var words = line.Words;
            for (int i = 1; i < words.Count; i++)
            {
                // Spans, not strings: few lines reference anything, and few of their words.
                var value = words[i];
                if (value.StartsWith("track-sc".AsSpan(), StringComparison.Ordinal)) CheckTable(context, proxy, ref hasTable, line, i + 1, value.ToString(), names);
                else if (value.StartsWith("do-resolve(".AsSpan(), StringComparison.Ordinal))
                {
                    var args = value.Slice(11).ToString().TrimEnd(')').Split(',');
                    if (args.Length > 1 && !names.Resolvers.Contains(args[1])) Report(context, line, i, "resolvers", args[1], "do-resolve");
                }

                if (value.IndexOf("http_auth".AsSpan(), StringComparison.Ordinal) < 0) continue;
                FindFunctionArgument(context, line, i, value, "http_auth_group(", names);
                FindFunctionArgument(context, line, i, value, "http_auth(", names);
            }
        }

        private static void FindFunctionArgument(ValidationContext context, HAProxyLine line, int index, ReadOnlySpan<char> value, string function, Names names)
        {
            int at = value.IndexOf(function.AsSpan(), StringComparison.Ordinal);
            if (at < 0 || (at > 0 && (char.IsLetterOrDigit(value[at - 1]) || value[at - 1] == '_'))) return;
            var rest = value.Slice(at + function.Length);
            int end = rest.IndexOfAny(')', ',');
            string name = (end < 0 ? rest : rest.Slice(0, end)).Trim().ToString();
            if (name.Length > 0 && !names.Userlists.Contains(name)) Report(context, line, index, "userlist", name, function.TrimEnd('('));
        }

        /// <summary>A <c>table &lt;name&gt;</c> after word <paramref name="from"/> (before any condition), or the proxy's own table.</summary>
        private static void CheckTable(ValidationContext context, ProxySection proxy, ref bool? hasTable, HAProxyLine line, int from, string user, Names names)
        {
            int end = RuleCondition.FindStart(line, from);
            if (end < 0) end = line.TokenCount;
            for (int i = from; i + 1 < end; i++)
            {
                if (!line.ValueEquals(i, "table")) continue;
                string table = line.GetValue(i + 1);
                if (!names.Tables.Contains(table)) Report(context, line, i + 1, "table", table, user);
                return;
            }

            hasTable ??= proxy.Find("stick-table") is not null;
            if (hasTable == false && proxy is not DefaultsSection && proxy.Name is { } name && !names.Tables.Contains(name))
                Report(context, line, 0, "stick-table", name, user + " (the proxy declares no stick-table)");
        }

        /// <summary>A server's name is added to <paramref name="user"/> only when something is reported (this runs for every server).</summary>
        private static void CheckNamed(ValidationContext context, HAProxyLine line, string option, HashSet<string> known, string user, ServerDirective? server)
        {
            var words = line.Words;
            for (int i = 1; i + 1 < words.Count; i++)
            {
                if (words.ValueEquals(i, option)) Check(context, line, i + 1, option, known, server is null ? user : user + (server.Name ?? "default-server"));
            }
        }

        private static void Check(ValidationContext context, HAProxyLine line, int index, string kind, HashSet<string> known, string user)
        {
            string name = line.GetValue(index);
            if (!known.Contains(name)) Report(context, line, index, kind, name, user);
        }

        private static void Report(ValidationContext context, HAProxyLine line, int index, string kind, string name, string user) =>
            context.Report(RuleCatalogue.UndefinedSectionReference, line.GetLocation(index), kind, name, user);

        private static void CheckTrack(ValidationContext context, ProxySection proxy, ServerDirective server, HAProxyConfig config,
            ProxyInheritance inheritance, Dictionary<ProxySection, Dictionary<string, ServerDirective>> servers)
        {
            var line = server.Line;
            var words = line.Words;
            for (int i = server.FirstParameterIndex; i + 1 < words.Count; i++)
            {
                if (!words.ValueEquals(i, "track")) continue;
                string reference = line.GetValue(i + 1);
                int slash = reference.IndexOf('/');
                string backendName = slash < 0 ? proxy.Name ?? string.Empty : reference.Substring(0, slash);
                string serverName = slash < 0 ? reference : reference.Substring(slash + 1);
                ProxySection? backend = slash < 0 ? proxy : config.FindBackend(backendName) ?? (ProxySection?)config.FindListen(backendName);
                if (backend is null)
                {
                    Report(context, line, i + 1, "backend", backendName, "track");
                    return;
                }

                if (!servers.TryGetValue(backend, out var byName))
                {
                    byName = new Dictionary<string, ServerDirective>(StringComparer.Ordinal);
                    foreach (var s in backend.Servers)
                    {
                        if (s.Name is { } n && !byName.ContainsKey(n)) byName[n] = s;
                    }

                    servers[backend] = byName;
                }

                if (!byName.TryGetValue(serverName, out var tracked))
                {
                    Report(context, line, i + 1, "server", backendName + "/" + serverName, "track");
                    return;
                }

                if (!HasCheck(tracked) && !(inheritance.DefaultServerOf(backend) is { } defaults && HasCheck(defaults)))
                    context.Report(RuleCatalogue.TrackWithoutCheck, line.GetLocation(i + 1), backendName, serverName);
                return;
            }
        }

        private static bool HasCheck(ServerDirective server) => server.HasOption("check") || server.HasOption("agent-check") || server.HasOption("track");

        private sealed class Names
        {
            public Names(HAProxyConfig config)
            {
                foreach (var section in config.Sections)
                {
                    if (section.Name is not { } name) continue;
                    switch (section.Kind)
                    {
                        case HAProxySectionKind.Userlist: Userlists.Add(name); break;
                        case HAProxySectionKind.Resolvers: Resolvers.Add(name); break;
                        case HAProxySectionKind.Mailers: Mailers.Add(name); break;
                        case HAProxySectionKind.Peers:
                            Peers.Add(name);
                            foreach (var table in section.FindAll("table"))
                            {
                                if (table.GetArgument(0) is { } t)
                                {
                                    Tables.Add(t);
                                    Tables.Add(name + "/" + t);
                                }
                            }

                            break;
                        default:
                            if (section is ProxySection && section.Find("stick-table") is not null) Tables.Add(name);
                            break;
                    }
                }
            }

            public HashSet<string> Userlists { get; } = new(StringComparer.Ordinal);

            public HashSet<string> Resolvers { get; } = new(StringComparer.Ordinal);

            public HashSet<string> Mailers { get; } = new(StringComparer.Ordinal);

            public HashSet<string> Peers { get; } = new(StringComparer.Ordinal);

            public HashSet<string> Tables { get; } = new(StringComparer.Ordinal);
        }
    }
}
