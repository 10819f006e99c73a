using System.Collections.Generic;
using System.Linq;

namespace HaConfig.HAProxy
{
    /// <summary>Typed access to the <c>global</c> section.</summary>
    public sealed partial class GlobalSection
    {
        /// <summary>The <c>stats socket</c> lines.</summary>
        public IReadOnlyList<StatsDirective> StatsSockets => Stats.Where(s => s.Setting == "socket").ToList();

        /// <summary>Whether the section has a line with keyword <paramref name="keyword"/> (<c>daemon</c>, <c>master-worker</c>…).</summary>
        public bool Has(string keyword) => Find(keyword) is not null;
    }
}
