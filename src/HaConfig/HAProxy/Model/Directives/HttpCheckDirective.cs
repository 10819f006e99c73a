using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary>
    /// An <c>http-check</c> step (2.2+): <c>send</c>, <c>expect</c>, <c>connect</c>, <c>comment</c>,
    /// <c>disable-on-404</c>, <c>send-state</c>, <c>set-var(…)</c>, <c>unset-var(…)</c>.
    /// </summary>
    public sealed class HttpCheckDirective : HAProxyDirective
    {
        internal HttpCheckDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The step (<c>send</c>, <c>expect</c>, <c>connect</c>…), or null.</summary>
        public string? Action => GetArgument(0);

        /// <summary>The words after the step.</summary>
        public IReadOnlyList<string> ActionArguments
        {
            get
            {
                var result = new List<string>();
                for (int i = 2; i < Line.TokenCount; i++) result.Add(Line.GetValue(i));
                return result;
            }
        }

        /// <summary>For <c>send</c>/<c>connect</c>: the value after keyword <paramref name="name"/> (<c>meth</c>, <c>uri</c>, <c>ver</c>, <c>port</c>…), or null.</summary>
        public string? GetParameter(string name)
        {
            for (int i = 2; i + 1 < Line.TokenCount; i++)
            {
                if (Line.ValueEquals(i, name)) return Line.GetValue(i + 1);
            }

            return null;
        }

        /// <summary>For <c>send</c>: the method (<c>meth</c>), or null.</summary>
        public string? Method => Action == "send" ? GetParameter("meth") : null;

        /// <summary>For <c>send</c>: the URI (<c>uri</c> or <c>uri-lf</c>), or null.</summary>
        public string? Uri => Action == "send" ? GetParameter("uri") ?? GetParameter("uri-lf") : null;

        /// <summary>For <c>send</c>: the version (<c>ver</c>), or null.</summary>
        public string? Version => Action == "send" ? GetParameter("ver") : null;

        /// <summary>For <c>expect</c>: whether the match is negated with <c>!</c>.</summary>
        public bool IsNegated => Action == "expect" && MatcherIndex > 2 && Line.ValueEquals(MatcherIndex - 1, "!");

        /// <summary>For <c>expect</c>: the matcher (<c>status</c>, <c>rstatus</c>, <c>hdr</c>, <c>string</c>…), or null.</summary>
        public string? Matcher => Action == "expect" && MatcherIndex > 0 ? Line.GetValue(MatcherIndex) : null;

        /// <summary>For <c>expect</c>: the pattern after the matcher (<c>200</c>, <c>^2</c>…), or null.</summary>
        public string? Pattern => Action == "expect" && MatcherIndex > 0 && MatcherIndex + 1 < Line.TokenCount ? Line.GetValue(MatcherIndex + 1) : null;

        private int MatcherIndex
        {
            get
            {
                for (int i = 2; i < Line.TokenCount; i++)
                {
                    string word = Line.GetValue(i);
                    switch (word)
                    {
                        case "min-recv": case "comment": case "ok-status": case "error-status": case "tout-status":
                        case "on-success": case "on-error": case "status-code":
                            i++;
                            break;
                        case "!":
                            break;
                        default:
                            return i;
                    }
                }

                return -1;
            }
        }
    }
}
