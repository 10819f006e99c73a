using System.Collections.Generic;
using System.Linq;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HTTP-only directives in a <c>mode tcp</c> proxy (HA1009, HAProxy warns and ignores them), a log format without any
    /// log target (HA1010, HAProxy warns) and the two http-request ordering traps HAProxy warns about (HA1014).
    /// </summary>
    public sealed class HA1009HttpDirectivesInTcpMode : ValidationRule<HAProxyConfig>
    {
        private static readonly string[] RuleKeywords = { "http-request", "http-response", "http-after-response", "redirect" };
        private static readonly string[] LogFormatOptions = { "httplog", "httpslog", "tcplog" };

        private static readonly HashSet<string> FinalActions = new(System.StringComparer.Ordinal)
        {
            "allow", "deny", "tarpit", "reject", "auth", "redirect", "return", "silent-drop", "use-service",
        };

        /// <summary>
        /// The log format option in force: the last of httplog/httpslog/tcplog in the nearest section of the chain that sets
        /// one (a frontend's own <c>option tcplog</c> replaces an inherited <c>option httplog</c>, so HAProxy does not warn).
        /// </summary>
        private static string? EffectiveLogFormat(ProxyInheritance inheritance, ProxySection proxy)
        {
            foreach (var section in inheritance.Chain(proxy))
            {
                string? last = null;
                foreach (var option in section.Options)
                {
                    if (option.Enables && System.Array.IndexOf(LogFormatOptions, option.Name) >= 0) last = option.Name;
                }

                if (last is not null) return last;
            }

            return null;
        }

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.HttpDirectiveInTcpMode, RuleCatalogue.LogFormatWithoutTarget, RuleCatalogue.RuleOrderTrap,
        };

        /// <inheritdoc />
        internal override int RelativeCost => 3;

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var inheritance = ProxyInheritance.For(target, context);
            bool globalLogs = target.Global is { } global && global.Directives.OfType<LogDirective>().Any(l => !l.IsNegated);
            foreach (var proxy in target.Proxies)
            {
                if (inheritance.ModeOf(proxy) == ProxyMode.Tcp && !UpgradesToHttp(proxy)) CheckTcpMode(proxy, inheritance, context);
                if (proxy.HasFrontendCapability) CheckLogFormat(proxy, inheritance, globalLogs, context);
                CheckOrder(proxy, context);
            }
        }

        /// <summary>A <c>tcp-request content switch-mode http</c> rule makes HTTP directives of a TCP frontend valid.</summary>
        private static bool UpgradesToHttp(ProxySection proxy)
        {
            foreach (var rule in proxy.Rules)
            {
                if (rule.Line.ValueEquals(0, "tcp-request") && rule.Action == "switch-mode") return true;
            }

            return false;
        }

        private static void CheckTcpMode(ProxySection proxy, ProxyInheritance inheritance, ValidationContext context)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var directive in proxy.DirectiveList)
            {
                string keyword = directive.Keyword;
                if (RuleKeywords.Contains(keyword) && seen.Add(keyword))
                {
                    string text = keyword == "redirect" ? "'redirect' rules" : $"'{keyword}' rules";
                    Report(context, directive.Line.GetLocation(0), $"{text} ignored for {proxy.Keyword} '{proxy.Name}' as they require HTTP mode", keyword);
                }
            }

            foreach (string option in new[] { "forwardfor", "originalto" })
            {
                if (!inheritance.IsOptionEnabled(proxy, option)) continue;
                Report(context, Where(proxy, inheritance, "option", option), $"'option {option}' ignored for {proxy.Keyword} '{proxy.Name}' as it requires HTTP mode", "option " + option);
            }

            if (proxy.HasFrontendCapability && EffectiveLogFormat(inheritance, proxy) == "httplog")
            {
                Report(context, Where(proxy, inheritance, "option", "httplog"),
                    $"'option httplog' not usable with {proxy.Keyword} '{proxy.Name}' (needs 'mode http'). Falling back to 'option tcplog'", "option httplog");
            }

            if (proxy.HasBackendCapability && inheritance.HasKeyword(proxy, "cookie"))
            {
                Report(context, Where(proxy, inheritance, "cookie", null), $"cookie will be ignored for {proxy.Keyword} '{proxy.Name}' (needs 'mode http')", "cookie");
            }
        }

        private static void Report(ValidationContext context, Text.SourceLocation location, string text, string directive) =>
            context.Report(RuleCatalogue.HttpDirectiveInTcpMode, location, text, directive);

        /// <summary>The proxy's own line for the keyword (or option), or its header when the setting is inherited.</summary>
        private static Text.SourceLocation Where(ProxySection proxy, ProxyInheritance inheritance, string keyword, string? option)
        {
            if (option is not null && proxy.FindOption(option) is { } own) return own.Line.GetLocation(0);
            if (option is null && proxy.FindLast(keyword) is { } line) return line.Line.GetLocation(0);
            return proxy.Header.GetLocation(0);
        }

        private static void CheckLogFormat(ProxySection proxy, ProxyInheritance inheritance, bool globalLogs, ValidationContext context)
        {
            HAProxyDirective? format = null;
            foreach (var p in inheritance.Chain(proxy))
            {
                format = p.FindLast("log-format") ?? (HAProxyDirective?)p.Options.LastOrDefault(o => o.Enables && LogFormatOptions.Contains(o.Name));
                if (format is not null) break;
            }

            if (format is null) return;
            foreach (var p in inheritance.Chain(proxy))
            {
                var logs = p.Directives.OfType<LogDirective>().ToList();
                if (logs.Count == 0) continue;
                if (logs.Any(l => l.IsNegated)) break;
                if (logs.Any(l => !l.IsGlobal || globalLogs)) return;
                break;
            }

            var location = format.Section == proxy ? format.Line.GetLocation(0) : proxy.Header.GetLocation(0);
            string what = format is OptionDirective option ? "option " + option.Name : "log-format";
            context.Report(RuleCatalogue.LogFormatWithoutTarget, location, proxy.Keyword, proxy.Name, what);
        }

        private static void CheckOrder(ProxySection proxy, ValidationContext context)
        {
            bool afterUseBackend = false, warnedUseBackend = false;
            bool previousFinal = false;
            // The body read from the document's records: BodyLines made an array of views of every line, and only the
            // http-request lines need one.
            var config = proxy.Config;
            var document = config.Document;
            int end = config.SectionEnd(proxy);
            for (int index = proxy.Header.Index + 1; index < end; index++)
            {
                byte kind = document.GetLine(index).Kind;
                if (kind == (byte)HAProxyLineKind.Conditional)
                {
                    previousFinal = false;
                    continue;
                }

                if (kind != (byte)HAProxyLineKind.Directive) continue;
                var words = document.GetWords(index);
                if (words.Count == 0) continue;
                if (words.ValueEquals(0, "use_backend"))
                {
                    afterUseBackend = true;
                    continue;
                }

                if (!words.ValueEquals(0, "http-request")) continue;
                var line = config.LineAt(index);
                if (afterUseBackend && !warnedUseBackend)
                {
                    warnedUseBackend = true;
                    context.Report(RuleCatalogue.RuleOrderTrap, line.GetLocation(0),
                        "a 'http-request' rule placed after a 'use_backend' rule will still be processed before; move it above the 'use_backend' rules");
                }

                if (previousFinal)
                {
                    context.Report(RuleCatalogue.RuleOrderTrap, line.GetLocation(0),
                        "previous 'http-request' action is final and has no condition attached, further entries are NOOP; add a condition to it or remove this rule");
                }

                previousFinal = line.TokenCount > 1 && FinalActions.Contains(line.GetValue(1)) && RuleCondition.FindStart(line, 2) < 0;
            }
        }
    }
}
