using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>Chooses the typed view of a directive line from its keyword; unknown keywords stay untyped.</summary>
    internal static class DirectiveFactory
    {
        public static HAProxyDirective Create(HAProxySection section, HAProxyLine line)
        {
            switch (line.GetValueSpan(0))
            {
                case "server":
                case "default-server":
                case "server-template":
                    return new ServerDirective(section, line);
                case "bind":
                    return new BindDirective(section, line);
                case "timeout":
                    return new TimeoutDirective(section, line);
                case "option":
                    return OptionDirective.Create(section, line);
                case "no":
                case "default":
                    if (line.ValueEquals(1, "option")) return OptionDirective.Create(section, line);
                    if (line.ValueEquals(1, "log")) return new LogDirective(section, line);
                    break;
                case "mode":
                    return new ModeDirective(section, line);
                case "balance":
                    return new BalanceDirective(section, line);
                case "acl":
                    return new AclDirective(section, line);
                case "use_backend":
                    return new UseBackendDirective(section, line);
                case "default_backend":
                    return new DefaultBackendDirective(section, line);
                case "http-request":
                case "http-response":
                case "http-after-response":
                case "tcp-request":
                case "tcp-response":
                    return new RuleDirective(section, line);
                case "http-check":
                    return new HttpCheckDirective(section, line);
                case "log":
                    return new LogDirective(section, line);
                case "errorfile":
                    return new ErrorFileDirective(section, line);
                case "stats":
                    return new StatsDirective(section, line);
                case "maxconn":
                    return new MaxConnDirective(section, line);
            }

            return new HAProxyDirective(section, line);
        }
    }
}
