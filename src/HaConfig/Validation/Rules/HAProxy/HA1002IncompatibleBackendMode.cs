using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HA1002: an HTTP frontend cannot hand its traffic to a TCP backend (HAProxy: <c>http frontend 'fe' (f:5) tries to
    /// use incompatible tcp backend 'be' (f:9) as its default backend (see 'mode').</c>). TCP to HTTP is an allowed upgrade.
    /// </summary>
    public sealed class HA1002IncompatibleBackendMode : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.IncompatibleBackendMode };

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            var inheritance = ProxyInheritance.For(target, context);
            var backends = new Dictionary<string, ProxySection>(StringComparer.Ordinal);
            foreach (var proxy in target.Proxies)
            {
                if (proxy.HasBackendCapability && proxy.Name is { } name && !backends.ContainsKey(name)) backends[name] = proxy;
            }

            foreach (var proxy in target.Proxies)
            {
                if (!proxy.HasFrontendCapability || inheritance.ModeOf(proxy) != ProxyMode.Http) continue;
                foreach (var directive in proxy.DirectiveList)
                {
                    string? name;
                    string role;
                    // A dynamic name (IsDynamic: "%[" in it) is skipped below: not asked here, which read the name twice more.
                    if (directive is UseBackendDirective use)
                    {
                        name = use.BackendName;
                        role = "'use_backend' rule";
                    }
                    else if (directive is DefaultBackendDirective)
                    {
                        name = directive.GetArgument(0);
                        role = "default backend";
                    }
                    else
                    {
                        continue;
                    }

                    if (name is null || name.IndexOf("%[", StringComparison.Ordinal) >= 0 || !backends.TryGetValue(name, out var backend) || backend == proxy) continue;
                    if (inheritance.ModeOf(backend) != ProxyMode.Tcp) continue;
                    context.Report(RuleCatalogue.IncompatibleBackendMode, directive.Line.GetLocation(1), proxy.Keyword, proxy.Name, name, role);
                }
            }
        }
    }
}
