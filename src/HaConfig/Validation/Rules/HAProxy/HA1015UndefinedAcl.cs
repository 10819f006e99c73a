using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// ACL names in conditions: a name no <c>acl</c> line declares (HA1015, HAProxy: <c>no such ACL : 'a2'</c>) and an
    /// <c>acl</c> no condition uses (HA1050). A proxy sees its own ACLs, those of the defaults it inherits and the
    /// predefined ones (TRUE, HTTP, METH_GET ...).
    /// </summary>
    public sealed class HA1015UndefinedAcl : ValidationRule<HAProxyConfig>
    {
        private static readonly HashSet<string> Predefined = new(StringComparer.Ordinal)
        {
            "TRUE", "FALSE", "HTTP", "HTTP_1.0", "HTTP_1.1", "HTTP_2.0", "HTTP_3.0", "HTTP_CONTENT", "HTTP_URL_ABS", "HTTP_URL_SLASH",
            "HTTP_URL_STAR", "LOCALHOST", "METH_CONNECT", "METH_DELETE", "METH_GET", "METH_HEAD", "METH_OPTIONS", "METH_POST", "METH_PUT",
            "METH_TRACE", "RDP_COOKIE", "REQ_CONTENT", "WAIT_END",
        };

        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.UndefinedAcl, RuleCatalogue.UnusedAcl };

        /// <inheritdoc />
        internal override int RelativeCost => 6;

        /// <inheritdoc />
        [System.Runtime.CompilerServices.MethodImpl(ColdStart.Optimize)]
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var inheritance = ProxyInheritance.For(target, context);
            var declaredBy = new Dictionary<HAProxySection, Dictionary<string, AclDirective>>();
            // Reused for every condition; the tables of a proxy are made only when it declares or uses an ACL (most
            // backends do neither), and only a proxy declaring some is recorded: the others' tables would be empty.
            var names = new List<string>();
            var noAcls = new Dictionary<string, AclDirective>(StringComparer.Ordinal);
            foreach (var section in target.Sections)
            {
                if (section is not ProxySection proxy) continue;
                Dictionary<string, AclDirective>? declared = null;
                foreach (var directive in proxy.DirectiveList)
                {
                    if (directive is AclDirective acl && acl.Name is { } name)
                    {
                        declared ??= new Dictionary<string, AclDirective>(StringComparer.Ordinal);
                        if (!declared.ContainsKey(name)) declared[name] = acl;
                    }
                }

                var own = declared ?? noAcls;
                if (declared is not null) declaredBy[proxy] = declared;
                HashSet<string>? used = null;
                foreach (var directive in proxy.DirectiveList)
                {
                    if (directive is AclDirective) continue;
                    var line = directive.Line;
                    int at = RuleCondition.FindStart(line, 1);
                    if (at < 0) continue;
                    names.Clear();
                    RuleCondition.ReadAclNames(line, at, names);
                    foreach (var name in names)
                    {
                        (used ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                        if (own.ContainsKey(name) || Predefined.Contains(name) || IsInherited(inheritance, declaredBy, proxy, name)) continue;
                        if (proxy is DefaultsSection) continue;
                        context.Report(RuleCatalogue.UndefinedAcl, LocationOf(line, at, name), proxy.Keyword, proxy.Name, name);
                    }
                }

                if (proxy is DefaultsSection) continue;

                foreach (var pair in own)
                {
                    if (used is null || !used.Contains(pair.Key)) context.Report(RuleCatalogue.UnusedAcl, pair.Value.Line.GetLocation(1), pair.Key, proxy.Keyword, proxy.Name);
                }
            }
        }

        private static bool IsInherited(ProxyInheritance inheritance, Dictionary<HAProxySection, Dictionary<string, AclDirective>> declaredBy, ProxySection proxy, string name)
        {
            foreach (var p in inheritance.Chain(proxy))
            {
                if (p != proxy && declaredBy.TryGetValue(p, out var acls) && acls.ContainsKey(name)) return true;
            }

            return false;
        }

        private static Text.SourceLocation LocationOf(HaConfig.HAProxy.Syntax.HAProxyLine line, int from, string name)
        {
            for (int i = from + 1; i < line.TokenCount; i++)
            {
                string word = line.GetValue(i);
                if (word == name || word == "!" + name) return line.GetLocation(i);
            }

            return line.GetLocation(from);
        }
    }
}
