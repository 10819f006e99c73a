using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Catalogue;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// The checks driven by the keyword catalogue (<c>haproxy-keywords.tsv</c>), one pass over the global and proxy
    /// sections: unknown keywords, options and server/bind parameters with a "did you mean" hint (HA1040-HA1042),
    /// keywords newer than the target version (HA1043), removed (HA1021) and deprecated (HA1044) keywords, and keywords
    /// placed in a section that HAProxy refuses (HA1045) or ignores (HA1011). Lines inside <c>.if</c> blocks are only
    /// checked for placement and deprecation: HAProxy may never read them on the target version.
    /// </summary>
    public sealed class HA1040UnknownKeyword : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            RuleCatalogue.HAProxyUnknownKeyword, RuleCatalogue.UnknownOption, RuleCatalogue.UnknownParameter, RuleCatalogue.HAProxyKeywordTooNew,
            RuleCatalogue.RemovedKeyword, RuleCatalogue.DeprecatedKeyword, RuleCatalogue.KeywordNotAllowed, RuleCatalogue.KeywordIgnored,
        };

        /// <inheritdoc />
        internal override int RelativeCost => 20;

        /// <inheritdoc />
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var catalogue = HAProxyKeywordCatalogue.Instance;
            var version = context.Options.HAProxyVersion;
            var conditional = ConditionalLines(target);
            foreach (var section in target.Sections)
            {
                bool headerGuarded = conditional.Contains(section.Header.Index);
                if (catalogue.Find(KeywordKind.Section, section.Keyword) is { } sectionInfo)
                {
                    CheckVersion(context, sectionInfo, null, sectionInfo.Keyword, section.Header, 0, version, headerGuarded);
                }

                // Most files have no .if block: then no line is looked up (nor its index computed).
                bool anyConditional = conditional.Count > 0;
                if (section.Kind == HAProxySectionKind.Global)
                {
                    foreach (var directive in section.DirectiveList) CheckGlobal(context, catalogue, directive, version, anyConditional && conditional.Contains(directive.Line.Index));
                }
                else if (section is ProxySection proxy)
                {
                    var place = PlaceOf(proxy);
                    foreach (var directive in proxy.DirectiveList) CheckProxy(context, catalogue, proxy, place, directive, version, anyConditional && conditional.Contains(directive.Line.Index));
                }
            }
        }

        /// <summary>Indexes of the lines inside <c>.if</c> blocks.</summary>
        internal static HashSet<int> ConditionalLines(HAProxyConfig config)
        {
            // Read from the document directly: building a view per line (config.Lines) costs more than the whole check.
            var document = config.Document;
            var inside = new HashSet<int>();
            int depth = 0;
            for (int i = 0; i < document.LineCount; i++)
            {
                ref readonly var record = ref document.GetLine(i);
                if (record.Kind == (byte)HAProxyLineKind.Conditional)
                {
                    if (document.TokenValueEquals(i, 0, ".if")) depth++;
                    else if (document.TokenValueEquals(i, 0, ".endif") && depth > 0) depth--;
                    continue;
                }

                if (depth > 0) inside.Add(i);
            }

            return inside;
        }

        private static ProxyPlaces PlaceOf(ProxySection proxy) => proxy switch
        {
            DefaultsSection => ProxyPlaces.Defaults,
            FrontendSection => ProxyPlaces.Frontend,
            BackendSection => ProxyPlaces.Backend,
            _ => ProxyPlaces.Listen,
        };

        private static void CheckGlobal(ValidationContext context, HAProxyKeywordCatalogue catalogue, HAProxyDirective directive, Version version, bool guarded)
        {
            var line = directive.Line;
            int at = line.ValueEquals(0, "no") || line.ValueEquals(0, "default") ? 1 : 0;
            if (at >= line.TokenCount) return;
            if (catalogue.Find(KeywordKind.Global, line.GetValueSpan(at)) is { } info)
            {
                CheckVersion(context, info, null, info.Keyword, line, at, version, guarded);
            }
            else if (!guarded)
            {
                string keyword = line.GetValue(at);
                context.Report(RuleCatalogue.HAProxyUnknownKeyword, line.GetLocation(at), keyword, "global", Hint(catalogue.Suggest(KeywordKind.Global, keyword, version)));
            }
        }

        private static void CheckProxy(ValidationContext context, HAProxyKeywordCatalogue catalogue, ProxySection proxy, ProxyPlaces place, HAProxyDirective directive, Version version, bool guarded)
        {
            var line = directive.Line;
            var words = line.Words;
            int at = words.ValueEquals(0, "no") || words.ValueEquals(0, "default") ? 1 : 0;
            if (at >= words.Count) return;
            var first = words[at];
            var one = catalogue.Find(KeywordKind.Proxy, first, out bool startsLonger);
            KeywordInfo? info = null;
            if (at + 1 < words.Count && startsLonger)
            {
                // "keyword next" (e.g. "tcp-request content") looked up without building the string.
                var second = words[at + 1];
                int length = first.Length + 1 + second.Length;
                if (length <= 128)
                {
                    Span<char> buffer = stackalloc char[length];
                    first.CopyTo(buffer);
                    buffer[first.Length] = ' ';
                    second.CopyTo(buffer.Slice(first.Length + 1));
                    info = catalogue.Find(KeywordKind.Proxy, buffer);
                }
            }

            info ??= one;

            if (info is null)
            {
                if (!guarded)
                {
                    string keyword = line.GetValue(at);
                    context.Report(RuleCatalogue.HAProxyUnknownKeyword, line.GetLocation(at), keyword, proxy.Keyword, Hint(catalogue.Suggest(KeywordKind.Proxy, keyword, version)));
                }

                return;
            }

            // The catalogue's key is the name found: the one- or two-word keyword as written.
            string name = info.Keyword;
            if (!CheckVersion(context, info, null, name, line, at, version, guarded)) return;
            CheckPlacement(context, info, name, proxy, place, line, at);

            switch (directive)
            {
                case OptionDirective option:
                    CheckOption(context, catalogue, proxy, place, option, version, guarded);
                    break;
                case ServerDirective server when (info.Places & place) != 0:
                    CheckParameters(context, catalogue, KeywordKind.Server, server.FirstParameterIndex, directive, proxy, version, guarded);
                    break;
                case BindDirective bind when (info.Places & place) != 0:
                    CheckParameters(context, catalogue, KeywordKind.Bind, bind.FirstParameterIndex, directive, proxy, version, guarded);
                    break;
            }
        }

        /// <summary>How a parameter's owner is named in messages (built only when a message is reported).</summary>
        private static string OwnerOf(HAProxyDirective directive, ProxySection proxy) => directive is ServerDirective server
            ? ParameterOwner(server, proxy)
            : "bind " + (((BindDirective)directive).AddressText ?? string.Empty);

        private static string ParameterOwner(ServerDirective server, ProxySection proxy) =>
            server.Kind == ServerKind.DefaultServer ? "default-server" : server.Keyword + " " + (proxy.Name ?? proxy.Keyword) + "/" + server.Name;

        private static void CheckPlacement(ValidationContext context, KeywordInfo info, string name, ProxySection proxy, ProxyPlaces place, HAProxyLine line, int tokenIndex)
        {
            if ((info.Places & place) != 0) return;
            var location = line.GetLocation(tokenIndex);
            if (place == ProxyPlaces.Defaults)
            {
                context.Report(RuleCatalogue.KeywordNotAllowed, location, name, "'defaults' section", string.Empty);
                return;
            }

            string missing = place switch
            {
                ProxyPlaces.Frontend => "backend",
                ProxyPlaces.Backend => "frontend",
                _ => (info.Places & ProxyPlaces.Backend) == 0 ? "backend" : "frontend",
            };
            if (info.MisplacedIsError)
            {
                context.Report(RuleCatalogue.KeywordNotAllowed, location, name, proxy.Keyword + " '" + proxy.Name + "'", " because it has no " + missing + " capability");
            }
            else
            {
                context.Report(RuleCatalogue.KeywordIgnored, location, name, proxy.Keyword, proxy.Name, missing);
            }
        }

        private static void CheckOption(ValidationContext context, HAProxyKeywordCatalogue catalogue, ProxySection proxy, ProxyPlaces place, OptionDirective option, Version version, bool guarded)
        {
            int at = option.IsNegated || option.IsDefault ? 2 : 1;
            if (at >= option.Line.TokenCount) return;
            var nameSpan = option.Line.GetValueSpan(at);
            if (nameSpan.Length == 0) return;
            int locationIndex = Math.Min(at, option.Line.TokenCount - 1);
            if (catalogue.Find(KeywordKind.Option, nameSpan) is not { } info)
            {
                var location = option.Line.GetLocation(locationIndex);
                string unknown = option.Name;
                if (!guarded) context.Report(RuleCatalogue.UnknownOption, location, unknown, Hint(catalogue.Suggest(KeywordKind.Option, unknown, version)));
                return;
            }

            string name = info.Keyword;
            if (!CheckVersion(context, info, "option ", name, option.Line, locationIndex, version, guarded)) return;
            if ((info.Places & place) == 0 && place != ProxyPlaces.Defaults)
            {
                string missing = place == ProxyPlaces.Frontend ? "backend" : "frontend";
                context.Report(RuleCatalogue.KeywordIgnored, option.Line.GetLocation(locationIndex), "option " + name, proxy.Keyword, proxy.Name, missing);
            }
        }

        private static void CheckParameters(ValidationContext context, HAProxyKeywordCatalogue catalogue, KeywordKind kind, int start, HAProxyDirective directive, ProxySection proxy, Version version, bool guarded)
        {
            var line = directive.Line;
            var words = line.Words;
            int count = words.Count;
            int i = start;
            while (i < count)
            {
                var word = words[i];
                int paren = word.IndexOf('(');
                var key = paren > 0 ? word.Slice(0, paren) : word;
                var info = catalogue.Find(kind, key);
                if (info is null)
                {
                    if (!guarded)
                    {
                        string keyText = key.ToString();
                        context.Report(RuleCatalogue.UnknownParameter, line.GetLocation(i), OwnerOf(directive, proxy), word.ToString(), Hint(catalogue.Suggest(kind, keyText, version)));
                    }

                    i++;
                    continue;
                }

                CheckVersion(context, info, null, info.Keyword, line, i, version, guarded);
                if (info.Arguments >= 0)
                {
                    i += 1 + info.Arguments;
                    continue;
                }

                // source <addr>[:<port>] [usesrc <addr>|client|clientip|hdr_ip(...)] [interface <name>]
                int j = i + 2;
                while (j + 1 < count && (words.ValueEquals(j, "usesrc") || words.ValueEquals(j, "interface"))) j += 2;
                i = j;
            }
        }

        /// <summary>Reports removal, too-new or deprecation of <paramref name="info"/>; false when the target version refuses it.</summary>
        /// <remarks>The location is computed only when something is reported: this runs for every keyword and parameter.</remarks>
        private static bool CheckVersion(ValidationContext context, KeywordInfo info, string? prefix, string keyword, HAProxyLine line, int tokenIndex, Version version, bool guarded)
        {
            if (info.IsPlainIn(version)) return true;
            var location = line.GetLocation(tokenIndex);
            // The reported name ("option " + keyword for options) is built only when something is reported.
            string Name() => prefix is null ? keyword : prefix + keyword;

            if (info.Removed is { } removed && version >= removed)
            {
                if (!guarded) context.Report(RuleCatalogue.RemovedKeyword, location, Name(), Short(removed), info.Note ?? "remove it");
                return false;
            }

            if (info.Since is { } since && version < since)
            {
                if (!guarded) context.Report(RuleCatalogue.HAProxyKeywordTooNew, location, Name(), Short(since), Short(version));
                return false;
            }

            if (info.Deprecated is { } deprecated && version >= deprecated)
            {
                context.Report(RuleCatalogue.DeprecatedKeyword, location, Name(), Short(deprecated), info.Removed is { } r ? " in " + Short(r) : string.Empty, info.Note ?? "remove it");
            }

            return true;
        }

        private static string Short(Version version) => version.Major + "." + version.Minor;

        private static string Hint(string? suggestion) => suggestion is null ? string.Empty : "; did you mean '" + suggestion + "' maybe ?";
    }
}
