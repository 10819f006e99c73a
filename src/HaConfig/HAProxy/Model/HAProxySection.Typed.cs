using System.Collections.Generic;
using System.Linq;

namespace HaConfig.HAProxy
{
    /// <summary>Typed access shared by every section kind (each call reads the current lines; nothing is cached).</summary>
    public partial class HAProxySection
    {
        /// <summary>The directives of type <typeparamref name="T"/>, in order.</summary>
        public IReadOnlyList<T> DirectivesOf<T>()
            where T : HAProxyDirective
        {
            var result = new List<T>();
            foreach (var directive in DirectiveList)
            {
                if (directive is T typed) result.Add(typed);
            }

            return result;
        }

        /// <summary>The last directive of type <typeparamref name="T"/>, or null.</summary>
        private protected T? LastOf<T>()
            where T : HAProxyDirective
        {
            var directives = DirectiveList;
            for (int i = directives.Length - 1; i >= 0; i--)
            {
                if (directives[i] is T typed) return typed;
            }

            return null;
        }

        /// <summary>The <c>log</c> and <c>no log</c> lines.</summary>
        public IReadOnlyList<LogDirective> Logs => DirectivesOf<LogDirective>();

        /// <summary>The <c>stats</c> lines.</summary>
        public IReadOnlyList<StatsDirective> Stats => DirectivesOf<StatsDirective>();

        /// <summary>The <c>errorfile</c> lines.</summary>
        public IReadOnlyList<ErrorFileDirective> ErrorFiles => DirectivesOf<ErrorFileDirective>();

        /// <summary>The last <c>maxconn</c> line (the one HAProxy keeps), or null.</summary>
        public MaxConnDirective? MaxConn => LastOf<MaxConnDirective>();

        /// <summary>Sets <c>maxconn</c>: rewrites the value of the last line, or adds one.</summary>
        public MaxConnDirective SetMaxConn(long value)
        {
            var existing = MaxConn;
            if (existing is not null)
            {
                existing.SetValue(value);
                return existing;
            }

            return (MaxConnDirective)Add("maxconn", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
