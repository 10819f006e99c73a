using System.Linq;
using HaConfig.HAProxy;

namespace HaConfig.Tests.HAProxy
{
    /// <summary>Reads every typed value of a directive or section, to prove no view throws on real input.</summary>
    internal static class ModelProbe
    {
        public static int Touch(HAProxyDirective directive)
        {
            int n = directive.Arguments.Count + directive.Keyword.Length;
            switch (directive)
            {
                case ServerDirective s:
                    n += s.OptionNames.Count + (s.Name?.Length ?? 0) + (s.Address?.Port ?? 0) + (s.HasCheck ? 1 : 0);
                    n += (s.Weight ?? 0) + (s.Rise ?? 0) + (s.Fall ?? 0) + (s.MaxConn ?? 0) + (s.Backup ? 1 : 0) + (s.Ssl ? 1 : 0);
                    n += (int)(s.Inter?.TotalMilliseconds ?? 0) + (int)(s.FastInter?.TotalMilliseconds ?? 0) + (int)(s.DownInter?.TotalMilliseconds ?? 0);
                    n += (s.Verify?.Length ?? 0) + (s.TemplateRange?.Length ?? 0) + (int)s.Kind;
                    break;
                case BindDirective b:
                    n += b.Addresses.Count + b.Certificates.Count + b.Alpn.Count + (b.Ssl ? 1 : 0) + (b.AcceptProxy ? 1 : 0) + b.OptionNames.Count + (b.Verify?.Length ?? 0);
                    break;
                case TimeoutDirective t:
                    n += (t.Name?.Length ?? 0) + (t.Value?.IsZero == true ? 1 : 0);
                    break;
                case HttpCheckOptionDirective h:
                    n += h.Method.Length + h.Uri.Length + h.Version.Length + (h.Host?.Length ?? 0) + (h.HidesHeadersInVersion ? 1 : 0);
                    break;
                case OptionDirective o:
                    n += o.Name.Length + o.OptionArguments.Count + (o.Enables ? 1 : 0);
                    break;
                case ModeDirective m:
                    n += (int)m.Mode;
                    break;
                case BalanceDirective b:
                    n += (b.Algorithm?.Length ?? 0) + (b.AlgorithmArgument?.Length ?? 0) + b.AlgorithmArguments.Count;
                    break;
                case AclDirective a:
                    n += (a.Name?.Length ?? 0) + (a.Criterion?.Length ?? 0) + a.Flags.Count + a.Patterns.Count;
                    break;
                case UseBackendDirective u:
                    n += (u.BackendName?.Length ?? 0) + (u.IsDynamic ? 1 : 0) + Condition(u.Condition);
                    break;
                case DefaultBackendDirective d:
                    n += d.BackendName?.Length ?? 0;
                    break;
                case RuleDirective r:
                    n += r.Ruleset.Length + (r.Action?.Length ?? 0) + r.ActionArguments.Count + Condition(r.Condition);
                    break;
                case HttpCheckDirective h:
                    n += (h.Action?.Length ?? 0) + h.ActionArguments.Count + (h.Method?.Length ?? 0) + (h.Uri?.Length ?? 0) + (h.Version?.Length ?? 0) + (h.Matcher?.Length ?? 0) + (h.Pattern?.Length ?? 0) + (h.IsNegated ? 1 : 0);
                    break;
                case LogDirective l:
                    n += (l.Target?.Length ?? 0) + (l.Length ?? 0) + (l.Format?.Length ?? 0) + (l.Facility?.Length ?? 0) + (l.Level?.Length ?? 0) + (l.MinLevel?.Length ?? 0);
                    break;
                case ErrorFileDirective e:
                    n += (e.StatusCode ?? 0) + (e.FilePath?.Length ?? 0);
                    break;
                case StatsDirective st:
                    n += (st.Setting?.Length ?? 0) + st.SettingArguments.Count + (st.SocketAddress?.Port ?? 0) + Condition(st.Condition);
                    break;
                case MaxConnDirective mc:
                    n += (int)((mc.Value ?? 0) & 0xFF) + (mc.IsStrictInteger ? 1 : 0);
                    break;
            }

            return n;
        }

        public static int Touch(ProxySection proxy) =>
            (proxy.Mode is null ? 0 : 1) + (proxy.Balance is null ? 0 : 1) + proxy.Options.Count + proxy.Timeouts.Count + proxy.Binds.Count
            + proxy.Servers.Count + (proxy.DefaultServer is null ? 0 : 1) + proxy.ServerTemplates.Count + proxy.Acls.Count + proxy.UseBackends.Count
            + (proxy.DefaultBackend is null ? 0 : 1) + proxy.Rules.Count + proxy.HttpChecks.Count + proxy.Stats.Count + proxy.Logs.Count
            + proxy.ErrorFiles.Count + (proxy.MaxConn is null ? 0 : 1) + (proxy.HttpCheckOption is null ? 0 : 1) + (proxy.IsOptionEnabled("httplog") ? 1 : 0);

        private static int Condition(RuleCondition? condition) =>
            condition is null ? 0 : condition.Alternatives.Count + condition.AclNames.Count + condition.Terms.Count(t => t.IsAnonymous);
    }
}
