using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HaConfig.Analyzers.CodeFixes
{
    /// <summary>
    /// Replaces an integer constant in builder code with the value the analyzer proposes in the diagnostic: an
    /// out-of-range priority, virtual_router_id or server weight clamped to the nearest valid value
    /// (<see cref="BuilderChainAnalyzer.ClampToProperty"/>), or a duplicate virtual_router_id renamed to the smallest free
    /// one (<see cref="BuilderChainAnalyzer.FreeRouterIdProperty"/>). Only literals are rewritten, never a named constant.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConstantValueCodeFix)), Shared]
    public sealed class ConstantValueCodeFix : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("HA1019", "HA2002", "HA2003", "HA2004", "HA9001");

        /// <inheritdoc />
        public override FixAllProvider? GetFixAllProvider() => null; // each free id depends on the others: one at a time

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node is ArgumentSyntax argument) node = argument.Expression;
                if (!(node is LiteralExpressionSyntax or PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax })) continue;

                string? title = null;
                string? value = null;
                if (diagnostic.Properties.TryGetValue(BuilderChainAnalyzer.ClampToProperty, out var clamp) && clamp is not null)
                {
                    value = clamp;
                    title = "Use " + clamp + ", the nearest valid value";
                }
                else if (diagnostic.Properties.TryGetValue(BuilderChainAnalyzer.FreeRouterIdProperty, out var free) && free is not null)
                {
                    value = free;
                    title = "Use the free virtual_router_id " + free;
                }

                if (value is null || title is null || !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int number)) continue;
                var target = (ExpressionSyntax)node;
                context.RegisterCodeFix(
                    CodeAction.Create(title, c => Replace(context.Document, target, number, c), title),
                    diagnostic);
            }
        }

        private static async Task<Document> Replace(Document document, ExpressionSyntax literal, int value, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null) return document;
            ExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));
            return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement.WithTriviaFrom(literal)));
        }
    }
}
