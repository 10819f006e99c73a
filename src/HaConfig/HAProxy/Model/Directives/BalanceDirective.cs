using System.Collections.Generic;
using HaConfig.HAProxy.Syntax;

namespace HaConfig.HAProxy
{
    /// <summary><c>balance algorithm [args]</c>, e.g. <c>balance roundrobin</c>, <c>balance hdr(host) use_domain_only</c>.</summary>
    public sealed class BalanceDirective : HAProxyDirective
    {
        internal BalanceDirective(HAProxySection section, HAProxyLine line)
            : base(section, line)
        {
        }

        /// <summary>The algorithm word as written (<c>hdr(host)</c>, <c>random(2)</c>), or null.</summary>
        public string? RawAlgorithm => GetArgument(0);

        /// <summary>The algorithm's name without its parenthesised argument (<c>hdr</c>, <c>random</c>), or null.</summary>
        public string? Algorithm
        {
            get
            {
                string? raw = RawAlgorithm;
                if (raw is null) return null;
                int paren = raw.IndexOf('(');
                return paren < 0 ? raw : raw.Substring(0, paren);
            }
        }

        /// <summary>The argument in parentheses (<c>host</c> for <c>hdr(host)</c>), or null.</summary>
        public string? AlgorithmArgument
        {
            get
            {
                string? raw = RawAlgorithm;
                int open = raw?.IndexOf('(') ?? -1;
                if (raw is null || open < 0) return null;
                int close = raw.LastIndexOf(')');
                return close > open ? raw.Substring(open + 1, close - open - 1) : raw.Substring(open + 1);
            }
        }

        /// <summary>The words after the algorithm (<c>len 10</c>, <c>whole</c>, <c>use_domain_only</c>…).</summary>
        public IReadOnlyList<string> AlgorithmArguments
        {
            get
            {
                var result = new List<string>();
                for (int i = 2; i < Line.TokenCount; i++) result.Add(Line.GetValue(i));
                return result;
            }
        }

        /// <summary>Replaces the algorithm word (its extra arguments stay).</summary>
        public void SetAlgorithm(string algorithm)
        {
            if (Line.TokenCount > 1) SetArgument(0, algorithm);
            else Line.InsertValues(1, algorithm);
        }
    }
}
