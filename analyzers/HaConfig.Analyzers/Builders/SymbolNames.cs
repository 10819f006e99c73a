using Microsoft.CodeAnalysis;

namespace HaConfig.Analyzers.Builders
{
    /// <summary>
    /// Compares symbols with fully qualified names by walking their containers: no <c>ToDisplayString</c>, which builds
    /// and allocates the whole name on every call (the analyzer asks this of every invocation in a compilation).
    /// </summary>
    internal static class SymbolNames
    {
        /// <summary>True when <paramref name="ns"/> is the top-level-then-nested namespace <c>outer.inner</c>.</summary>
        public static bool IsNamespace(INamespaceSymbol? ns, string outer, string inner) =>
            ns is not null && ns.Name == inner &&
            ns.ContainingNamespace is { } parent && parent.Name == outer &&
            parent.ContainingNamespace is { IsGlobalNamespace: true };

        /// <summary>True when <paramref name="type"/> is the top-level type <c>outer.inner.name</c>.</summary>
        public static bool IsType(ITypeSymbol? type, string outer, string inner, string name) =>
            type is not null && type.Name == name && type.ContainingType is null && IsNamespace(type.ContainingNamespace, outer, inner);

        /// <summary>True when <paramref name="type"/> is the top-level type <c>System.name</c> or <c>System.Net.name</c>.</summary>
        public static bool IsSystemType(ITypeSymbol? type, string? subNamespace, string name)
        {
            if (type is null || type.Name != name || type.ContainingType is not null) return false;
            var ns = type.ContainingNamespace;
            if (subNamespace is null) return ns is { Name: "System" } && ns.ContainingNamespace is { IsGlobalNamespace: true };
            return IsNamespace(ns, "System", subNamespace);
        }
    }
}
