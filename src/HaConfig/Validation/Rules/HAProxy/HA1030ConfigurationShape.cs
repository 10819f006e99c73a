using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// Whole-configuration shape checks: operators inside ACL pattern lists (HA1030), a named defaults used both with and
    /// without <c>from</c> (HA1031), a global section after other sections (HA1032), external checks without
    /// <c>insecure-fork-wanted</c> (HA1034), two non-backup servers with the same cookie (HA1035), and proxies that can
    /// only answer 503 (HA1037).
    /// </summary>
    public sealed class HA1030ConfigurationShape : ValidationRule<HAProxyConfig>
    {
        private static readonly string[] Answering = { "redirect", "return", "use-service", "deny", "tarpit", "reject", "silent-drop" };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.OperatorInAclPatterns, RuleCatalogue.MixedDefaultsUse, RuleCatalogue.GlobalAfterProxies,
            RuleCatalogue.ExternalCheckWithoutFork, RuleCatalogue.DuplicateServerCookie, RuleCatalogue.ProxyWithoutTarget,
        };

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var inheritance = ProxyInheritance.For(target, context);
            var explicitDefaults = new HashSet<DefaultsSection>();
            var implicitUses = new List<(ProxySection Proxy, DefaultsSection Defaults)>();
            bool forkWanted = false;
            HAProxySection? firstOther = null;
            foreach (var section in target.Sections)
            {
                if (section is GlobalSection global)
                {
                    if (firstOther is not null)
                        context.Report(RuleCatalogue.GlobalAfterProxies, global.Header.GetLocation(0), firstOther.ToString(), firstOther.Header.LineNumber);
                    foreach (var directive in global.DirectiveList)
                    {
                        if (directive.Line.ValueEquals(0, "insecure-fork-wanted")) forkWanted = true;
                        else if (directive.Line.ValueEquals(0, "no") && directive.Line.ValueEquals(1, "insecure-fork-wanted")) forkWanted = false;
                    }

                    continue;
                }

                firstOther ??= section;
                if (section is not ProxySection proxy) continue;
                if (inheritance.ParentOf(proxy) is { } parent)
                {
                    if (proxy.From is not null) explicitDefaults.Add(parent);
                    else if (parent.Name is not null) implicitUses.Add((proxy, parent));
                }

                foreach (var acl in proxy.Acls) CheckPatterns(acl, context);
                if (proxy is DefaultsSection) continue;
                CheckCookies(proxy, context);
                CheckTarget(proxy, inheritance, context);
            }

            foreach (var (proxy, defaults) in implicitUses)
            {
                if (explicitDefaults.Contains(defaults))
                    context.Report(RuleCatalogue.MixedDefaultsUse, proxy.Header.GetLocation(0), defaults.Name, defaults.Header.LineNumber, proxy.Keyword, proxy.Name);
            }

            if (forkWanted) return;
            foreach (var proxy in target.Proxies)
            {
                if (!proxy.HasBackendCapability || !inheritance.IsOptionEnabled(proxy, "external-check")) continue;
                var location = proxy.FindOption("external-check") is { } own ? own.Line.GetLocation(0) : proxy.Header.GetLocation(0);
                context.Report(RuleCatalogue.ExternalCheckWithoutFork, location, proxy.Name);
            }
        }

        private static void CheckPatterns(AclDirective acl, ValidationContext context)
        {
            var line = acl.Line;
            for (int i = 3; i < line.TokenCount; i++)
            {
                var value = line.GetValueSpan(i);
                if (value.Length > 0 && value[0] == '-' && !value.SequenceEqual("--".AsSpan())) continue;
                if (value.SequenceEqual("or".AsSpan()) || value.SequenceEqual("||".AsSpan()) || (value.Length > 0 && value[0] == '#'))
                    context.Report(RuleCatalogue.OperatorInAclPatterns, line.GetLocation(i), value.ToString(), acl.Name);
            }
        }

        private static void CheckCookies(ProxySection proxy, ValidationContext context)
        {
            Dictionary<string, string>? seen = null;
            foreach (var server in proxy.DirectiveList)
            {
                if (server is not ServerDirective { Kind: ServerKind.Server } s || s.Backup || s.GetOption("cookie") is not { Length: > 0 } cookie) continue;
                seen ??= new Dictionary<string, string>(StringComparer.Ordinal);
                if (seen.TryGetValue(cookie, out var previous))
                {
                    int at = IndexOf(s, "cookie");
                    context.Report(RuleCatalogue.DuplicateServerCookie, s.Line.GetLocation(at + 1), s.Name, cookie, previous);
                }
                else
                {
                    seen[cookie] = s.Name ?? string.Empty;
                }
            }
        }

        private static int IndexOf(ServerDirective server, string option)
        {
            for (int i = server.FirstParameterIndex; i < server.Line.TokenCount; i++)
            {
                if (server.Line.ValueEquals(i, option)) return i;
            }

            return 0;
        }

        private static void CheckTarget(ProxySection proxy, ProxyInheritance inheritance, ValidationContext context)
        {
            bool routes = inheritance.HasKeyword(proxy, "default_backend") || proxy.Find("use_backend") is not null;
            if (routes || Answers(proxy)) return;
            if (proxy.HasBackendCapability)
            {
                foreach (var directive in proxy.DirectiveList)
                {
                    if (directive is ServerDirective { Kind: ServerKind.Server or ServerKind.ServerTemplate }) return;
                }

                // A backend holding only a stick-table is a table, not a destination; dispatch/transparent route without servers.
                if (proxy.Find("stick-table") is not null || proxy.Find("dispatch") is not null || proxy.Find("transparent") is not null) return;
                context.Report(RuleCatalogue.ProxyWithoutTarget, proxy.Header.GetLocation(0), proxy.Keyword, proxy.Name, "no server");
                return;
            }

            context.Report(RuleCatalogue.ProxyWithoutTarget, proxy.Header.GetLocation(0), proxy.Keyword, proxy.Name, "no default_backend and no use_backend");
        }

        /// <summary>Whether the proxy answers by itself: stats page, monitor URI, redirects, returns, services, denials.</summary>
        private static bool Answers(ProxySection proxy)
        {
            foreach (var directive in proxy.DirectiveList)
            {
                string keyword = directive.Keyword;
                if (keyword is "stats" or "monitor-uri" or "redirect" or "errorloc" or "errorloc302" or "errorloc303") return true;
                if (directive is RuleDirective rule && rule.Action is { } action && Array.IndexOf(Answering, action.Split('(')[0]) >= 0) return true;
            }

            return false;
        }
    }
}
