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
        internal override int RelativeCost => 7;

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var inheritance = ProxyInheritance.For(target, context);
            var explicitDefaults = new HashSet<DefaultsSection>();
            var implicitUses = new List<(ProxySection Proxy, DefaultsSection Defaults)>();
            var externalChecks = new List<(ProxySection Proxy, OptionDirective? Own)>();
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

                if (CheckProxy(proxy, inheritance, context) is { } externalCheck) externalChecks.Add(externalCheck);
            }

            foreach (var (proxy, defaults) in implicitUses)
            {
                if (explicitDefaults.Contains(defaults))
                    context.Report(RuleCatalogue.MixedDefaultsUse, proxy.Header.GetLocation(0), defaults.Name, defaults.Header.LineNumber, proxy.Keyword, proxy.Name);
            }

            if (forkWanted) return;
            foreach (var (proxy, own) in externalChecks)
            {
                var location = own is not null ? own.Line.GetLocation(0) : proxy.Header.GetLocation(0);
                context.Report(RuleCatalogue.ExternalCheckWithoutFork, location, proxy.Name);
            }
        }

        /// <summary>
        /// The checks of one proxy, from one pass over its directives: the ACL patterns are checked in it, and it gathers
        /// what the cookie, target and external-check checks need (each of them used to walk the directives again, and
        /// to compare keywords through a catalogue lookup per directive). Returns the proxy when it enables external
        /// checks (reported once the whole file shows no <c>insecure-fork-wanted</c>), with its own option line.
        /// </summary>
        private static (ProxySection Proxy, OptionDirective? Own)? CheckProxy(ProxySection proxy, ProxyInheritance inheritance, ValidationContext context)
        {
            bool isDefaults = proxy is DefaultsSection;
            bool defaultBackend = false, useBackend = false, answers = false, servers = false, cookies = false, table = false;
            OptionDirective? externalCheck = null;
            foreach (var directive in proxy.DirectiveList)
            {
                switch (directive)
                {
                    case AclDirective acl:
                        CheckPatterns(acl, context);
                        continue;
                    case ServerDirective server:
                        if (server.Kind == ServerKind.DefaultServer) continue;
                        servers = true;
                        // Most server lines set no cookie: the words' lengths rule them out.
                        cookies |= server.Kind == ServerKind.Server && server.Line.Words.IndexOf(1, "cookie") >= 0;
                        continue;
                    case RuleDirective rule:
                        answers = answers || Answers(rule);
                        continue;
                    case OptionDirective option:
                        if (option.NameEquals("external-check")) externalCheck = option;
                        continue;
                    case DefaultBackendDirective:
                        defaultBackend = true;
                        continue;
                    case UseBackendDirective:
                        useBackend = true;
                        continue;
                }

                switch (directive.Line.GetValueSpan(0))
                {
                    case "stats":
                    case "monitor-uri":
                    case "redirect":
                    case "errorloc":
                    case "errorloc302":
                    case "errorloc303":
                        answers = true;
                        break;
                    case "stick-table":
                    case "dispatch":
                    case "transparent":
                        table = true;
                        break;
                }
            }

            if (isDefaults) return null;
            if (cookies) CheckCookies(proxy, context);
            CheckTarget(proxy, context, inheritance.HasKeyword(proxy, "default_backend", defaultBackend) || useBackend || answers, servers || table);
            if (!proxy.HasBackendCapability || !inheritance.IsOptionEnabled(proxy, "external-check", externalCheck)) return null;
            return (proxy, externalCheck);
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

        /// <summary>
        /// A proxy that neither routes to a backend nor answers by itself (stats page, monitor URI, redirects, returns,
        /// services, denials) and, with backend capability, has no server (nor stick-table, dispatch or transparent: a
        /// backend holding only a stick-table is a table, not a destination; dispatch/transparent route without servers).
        /// </summary>
        private static void CheckTarget(ProxySection proxy, ValidationContext context, bool routesOrAnswers, bool hasDestination)
        {
            if (routesOrAnswers) return;
            if (proxy.HasBackendCapability)
            {
                if (hasDestination) return;
                context.Report(RuleCatalogue.ProxyWithoutTarget, proxy.Header.GetLocation(0), proxy.Keyword, proxy.Name, "no server");
                return;
            }

            context.Report(RuleCatalogue.ProxyWithoutTarget, proxy.Header.GetLocation(0), proxy.Keyword, proxy.Name, "no default_backend and no use_backend");
        }

        /// <summary>Whether a rule answers by itself (redirect, return, use-service, denials), its action read without a string.</summary>
        private static bool Answers(RuleDirective rule)
        {
            var action = rule.ActionSpan;
            int paren = action.IndexOf('(');
            if (paren >= 0) action = action.Slice(0, paren);
            foreach (var answering in Answering)
            {
                if (action.SequenceEqual(answering.AsSpan())) return true;
            }

            return false;
        }
    }
}
