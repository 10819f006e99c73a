using System.Collections.Generic;

namespace HaConfig.HAProxy
{
    /// <summary>One term of a condition: a named ACL (<c>is_api</c>, <c>!is_api</c>) or an anonymous one (<c>{ path_beg /api }</c>).</summary>
    public sealed class AclTerm
    {
        internal AclTerm(string? name, bool negated, IReadOnlyList<string>? expression)
        {
            Name = name;
            IsNegated = negated;
            Expression = expression ?? System.Array.Empty<string>();
        }

        /// <summary>The ACL's name, or null for an anonymous ACL.</summary>
        public string? Name { get; }

        /// <summary>Whether the term is negated with <c>!</c>.</summary>
        public bool IsNegated { get; }

        /// <summary>Whether the term is an anonymous <c>{ … }</c> ACL.</summary>
        public bool IsAnonymous => Name is null;

        /// <summary>For an anonymous ACL, the words between the braces (criterion, flags, patterns).</summary>
        public IReadOnlyList<string> Expression { get; }

        /// <inheritdoc />
        public override string ToString() => (IsNegated ? "!" : string.Empty) + (Name ?? "{ " + string.Join(" ", Expression) + " }");
    }
}
