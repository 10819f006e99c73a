using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// A <c>stats</c> line: in proxies <c>stats enable|uri|realm|auth|refresh|admin|…</c>, in global
    /// <c>stats socket addr [params]</c>, <c>stats timeout</c>, <c>stats maxconn</c>.
    /// </summary>
    public sealed class StatsDirective : HAProxyDirective
    {
        internal StatsDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The sub-keyword (<c>enable</c>, <c>uri</c>, <c>socket</c>…), or null.</summary>
        public string? Setting => GetArgument(0);

        /// <summary>The words after the sub-keyword.</summary>
        public IReadOnlyList<string> SettingArguments
        {
            get
            {
                var result = new List<string>();
                for (int i = 2; i < Line.TokenCount; i++) result.Add(Line.GetValue(i));
                return result;
            }
        }

        /// <summary>The first word after the sub-keyword (the URI, realm, socket address…), or null.</summary>
        public string? Value => GetArgument(1);

        /// <summary>For <c>stats socket</c>: the socket's address, or null.</summary>
        public HAProxyAddress? SocketAddress => Setting == "socket" && HAProxyAddress.TryParse(Value, out var address) ? address : null;

        /// <summary>For <c>stats admin</c> and <c>stats http-request</c>: the condition, or null.</summary>
        public RuleCondition? Condition
        {
            get
            {
                int at = RuleCondition.FindStart(Line, 2);
                return at < 0 ? null : RuleCondition.Read(Line, at);
            }
        }
    }
}
