using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
    /// HA1007 on builder code: adds <c>.Check()</c> to the server. <c>Server("a", "10.0.0.1:80")</c> becomes
    /// <c>Server("a", "10.0.0.1:80", s => s.Check())</c>; an existing <c>s => s.Weight(10)</c> becomes
    /// <c>s => s.Weight(10).Check()</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddHealthCheckCodeFix)), Shared]
    public sealed class AddHealthCheckCodeFix : CodeFixProvider
    {
        /// <summary>The title of the code action.</summary>
        public const string Title = "Add .Check() to the server";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("HA1007");

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var server = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                    .AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(IsServer);
                if (server is null || Fix(server) is null) continue;
                context.RegisterCodeFix(
                    CodeAction.Create(Title, c => Apply(context.Document, server, c), nameof(AddHealthCheckCodeFix)),
                    diagnostic);
            }
        }

        private static bool IsServer(InvocationExpressionSyntax invocation) =>
            invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Server" };

        private static async Task<Document> Apply(Document document, InvocationExpressionSyntax server, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var replacement = Fix(server);
            return root is null || replacement is null ? document : document.WithSyntaxRoot(root.ReplaceNode(server, replacement));
        }

        private static InvocationExpressionSyntax? Fix(InvocationExpressionSyntax server)
        {
            var arguments = server.ArgumentList.Arguments;
            var lambda = arguments.Select(a => a.Expression).OfType<SimpleLambdaExpressionSyntax>().FirstOrDefault();
            if (lambda is null)
            {
                var added = SyntaxFactory.Argument(SyntaxFactory.ParseExpression("s => s.Check()"));
                return server.WithArgumentList(server.ArgumentList.WithArguments(arguments.Add(added)));
            }

            if (!(lambda.Body is ExpressionSyntax body)) return null; // a block body: leave it to the developer
            var check = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression, body.WithoutTrivia(), SyntaxFactory.IdentifierName("Check")))
                .WithTriviaFrom(body);
            return server.ReplaceNode(body, check);
        }
    }
}
