using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HaConfig.Analyzers.Builders
{
    /// <summary>
    /// What Roslyn drops as "in generated code" for an analyzer that neither analyses nor reports on generated code, decided
    /// here so that Roslyn need not: its own check reads every token of each file a diagnostic is reported in (some versions
    /// declare every symbol of the file instead), 15-20 % of the analyzer's time in a new compiler process. The analyzer runs
    /// only on code Roslyn does not consider generated (a generated file, a hidden declaration, a symbol or container marked
    /// <c>[GeneratedCode]</c>), so what is left is a finding in a <c>#line hidden</c> region of analysed code and one inside a
    /// member declaration marked <c>[GeneratedCode]</c> (Roslyn looks at types, members and accessors, not at local
    /// functions or lambdas).
    /// </summary>
    internal static class GeneratedCodeFilter
    {
        /// <summary>True when Roslyn would not report a diagnostic located at <paramref name="node"/>.</summary>
        /// <remarks>
        /// Hidden is Roslyn's <c>IsHiddenPosition</c>: in a file with <c>#line hidden</c> regions, a position in one of them or
        /// before the file's first <c>#line</c> directive.
        /// </remarks>
        public static bool Hides(SyntaxNode node, SemanticModel? model, CancellationToken cancellationToken)
        {
            var tree = node.SyntaxTree;
            if (tree.HasHiddenRegions() && tree.GetLineVisibility(node.SpanStart, cancellationToken) != LineVisibility.Visible) return true;
            for (var current = node.Parent; current is not null; current = current.Parent)
            {
                // The attribute can only be where the syntax has attributes: most declarations have none.
                bool attributed = current switch
                {
                    MemberDeclarationSyntax member => member.AttributeLists.Count > 0,
                    AccessorDeclarationSyntax accessor => accessor.AttributeLists.Count > 0,
                    _ => false,
                };
                if (attributed && model is not null && IsMarkedGenerated(model.GetDeclaredSymbol(current, cancellationToken))) return true;
            }

            return false;
        }

        // Roslyn's test: the attribute on the symbol or on a symbol containing it.
        private static bool IsMarkedGenerated(ISymbol? symbol)
        {
            for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
            {
                foreach (var attribute in current.GetAttributes())
                {
                    if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingType: null } type &&
                        type.ContainingNamespace is { Name: "Compiler" } compiler && compiler.ContainingNamespace is { Name: "CodeDom" } codeDom &&
                        SymbolNames.IsNamespace(codeDom, "System", "CodeDom"))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
