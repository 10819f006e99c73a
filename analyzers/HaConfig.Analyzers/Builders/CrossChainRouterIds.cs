using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using HaConfig.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HaConfig.Analyzers.Builders
{
    /// <summary>
    /// HA9001 for one compilation: two different VRRP instances on one interface with one virtual_router_id, built in two
    /// chains of the same type (nested types apart). The findings of a type are worked out once, when the first of its
    /// chains with a router id is analysed, from every chain of the type: each is rooted at a <c>KeepalivedConfig.Create()</c>
    /// call, found in the type's syntax and followed outwards as the operation action would. Each chain then reports the
    /// findings on its own instances.
    /// </summary>
    /// <remarks>
    /// Collecting the router ids from the operation actions and comparing them in a symbol-end action would need a
    /// symbol-start action per type, and with it Roslyn tracks the completion of every type's members for this analyzer: in
    /// a 200-file build that bookkeeping cost as much CPU as the analyzer's own work, for a check only keepalived chains need.
    /// </remarks>
    internal sealed class CrossChainRouterIds
    {
        private const string CreateName = "Create";

        private readonly Compilation _compilation;
        private readonly BuilderKeywords _keywords;
        private readonly ConcurrentDictionary<INamedTypeSymbol, Lazy<ImmutableArray<CrossChainDuplicate>>> _byType =
            new(SymbolEqualityComparer.Default);

        public CrossChainRouterIds(Compilation compilation, BuilderKeywords keywords)
        {
            _compilation = compilation;
            _keywords = keywords;
        }

        /// <summary>Where a chain starts, as its findings name it: the file and offset of its outermost call.</summary>
        public static string Position(SyntaxNode outermost) =>
            outermost.SyntaxTree.FilePath + ":" + outermost.SpanStart.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The findings of the type holding <paramref name="analysed"/> (the outermost call of a keepalived chain, already
        /// folded to <paramref name="chain"/>), in the order they are reported.
        /// </summary>
        public ImmutableArray<CrossChainDuplicate> For(ISymbol containingSymbol, IInvocationOperation analysed, FoldedChain chain, CancellationToken cancellationToken)
        {
            if ((containingSymbol as INamedTypeSymbol ?? containingSymbol.ContainingType) is not { } type) return ImmutableArray<CrossChainDuplicate>.Empty;
            var findings = _byType.GetOrAdd(type, t => new Lazy<ImmutableArray<CrossChainDuplicate>>(
                () => Compute(t, analysed, chain, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
            try
            {
                return findings.Value;
            }
            catch (OperationCanceledException)
            {
                // A cancelled computation is not the type's answer: the next request computes it again.
                ((ICollection<KeyValuePair<INamedTypeSymbol, Lazy<ImmutableArray<CrossChainDuplicate>>>>)_byType)
                    .Remove(new KeyValuePair<INamedTypeSymbol, Lazy<ImmutableArray<CrossChainDuplicate>>>(type, findings));
                throw;
            }
        }

        private ImmutableArray<CrossChainDuplicate> Compute(INamedTypeSymbol type, IInvocationOperation analysed, FoldedChain analysedChain, CancellationToken cancellationToken)
        {
            var uses = new List<RouterIdUse>();
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                SemanticModel? model = null;
                foreach (var create in ParameterlessCreateCalls(declaration))
                {
                    model ??= ModelFor(declaration.SyntaxTree, analysed);
                    if (model.GetOperation(create, cancellationToken) is not IInvocationOperation root ||
                        ChainReader.RootFormat(root.TargetMethod) != ConfigFormat.Keepalived)
                    {
                        continue;
                    }

                    var outermost = ChainReader.Outermost(root);
                    var chain = outermost.Syntax == analysed.Syntax ? analysedChain : BuilderChainAnalyzer.ChainAt(outermost, _keywords);
                    if (chain is null) continue;
                    foreach (var use in RouterIds(chain, Position(outermost.Syntax)))
                    {
                        use.Hidden = GeneratedCodeFilter.Hides(use.Node, model, cancellationToken);
                        uses.Add(use);
                    }
                }
            }

            return Duplicates(uses);
        }

        private SemanticModel ModelFor(SyntaxTree tree, IInvocationOperation analysed)
        {
            if (analysed.SemanticModel is { } model && model.SyntaxTree == tree) return model;
#pragma warning disable RS1030 // Only the other parts of a partial type need a model of their own, and only once per type.
            return _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        }

        // Every `Create()` call with no arguments written in the declaration, outside nested types (they are types of their
        // own). What it calls is checked by the caller; the name alone keeps it from asking for most calls' symbols. The
        // name is looked for in the text and the syntax only read around each occurrence: walking every node of the type
        // cost more than the rest of this check. An identifier can spell its name with \u escapes; then every node is read.
        private static IEnumerable<InvocationExpressionSyntax> ParameterlessCreateCalls(SyntaxNode declaration)
        {
            var span = declaration.Span;
            string content = declaration.SyntaxTree.GetText().ToString(span); // one copy, searched by the runtime's own IndexOf
            if (content.IndexOf("\\u", StringComparison.Ordinal) >= 0 || content.IndexOf("\\U", StringComparison.Ordinal) >= 0)
            {
                foreach (var node in declaration.DescendantNodes(n => n == declaration || !IsOtherDeclaration(n)))
                {
                    if (node is InvocationExpressionSyntax invocation && IsParameterlessCreate(invocation)) yield return invocation;
                }

                yield break;
            }

            for (int found = content.IndexOf(CreateName, StringComparison.Ordinal); found >= 0; found = content.IndexOf(CreateName, found + CreateName.Length, StringComparison.Ordinal))
            {
                int at = span.Start + found;
                var token = declaration.FindToken(at);
                if (!token.IsKind(SyntaxKind.IdentifierToken) || !token.Span.Contains(at) || token.ValueText != CreateName || token.Parent is not SimpleNameSyntax name) continue;
                SyntaxNode callee = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                if (callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee &&
                    IsParameterlessCreate(invocation) && !IsInNestedDeclaration(invocation, declaration))
                {
                    yield return invocation;
                }
            }
        }

        private static bool IsParameterlessCreate(InvocationExpressionSyntax invocation) =>
            invocation.ArgumentList.Arguments.Count == 0 && CalleeName(invocation.Expression) == CreateName;

        private static bool IsOtherDeclaration(SyntaxNode node) =>
            node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax;

        private static bool IsInNestedDeclaration(SyntaxNode node, SyntaxNode declaration)
        {
            for (var current = node.Parent; current is not null && current != declaration; current = current.Parent)
            {
                if (IsOtherDeclaration(current)) return true;
            }

            return false;
        }

        private static string? CalleeName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>(instance, interface, id, argument) of every vrrp_instance of the chain whose name, interface and id are all constants.</summary>
        public static IEnumerable<RouterIdUse> RouterIds(FoldedChain chain, string position)
        {
            if (chain.Format != ConfigFormat.Keepalived) yield break;
            foreach (var header in chain.Root.Lines)
            {
                if (header.Child is null || header.Words.Count != 2 || header.Words[0].Text != "vrrp_instance" || !header.Words[1].Certain) continue;
                var id = Single(header.Child, "virtual_router_id");
                var device = Single(header.Child, "interface");
                if (id is null || device is null || !id.Certain || !device.Certain || id.Words.Count != 2 || device.Words.Count != 2) continue;
                if (!int.TryParse(id.Words[1].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) continue;
                var node = id.Words[1].Node ?? ChainReader.NameOf(id.Invocation);
                yield return new RouterIdUse(header.Words[1].Text, device.Words[1].Text, value, node, position);
            }
        }

        private static ModelLine? Single(ModelBlock block, string keyword)
        {
            ModelLine? found = null;
            foreach (var line in block.Lines)
            {
                if (line.Words.Count == 0 || line.Words[0].Text != keyword) continue;
                if (found is not null) return null;
                found = line;
            }

            return found;
        }

        // Within each (interface, id), every use after the first (by file and offset) that is another instance of another
        // chain is a finding. The same instance in two chains is the two nodes of one pair: that is how it should be. Each
        // finding proposes the smallest id no chain of the type uses and no earlier finding proposed.
        private static ImmutableArray<CrossChainDuplicate> Duplicates(List<RouterIdUse> found)
        {
            var uses = found.OrderBy(u => u.Node.SyntaxTree.FilePath, StringComparer.Ordinal).ThenBy(u => u.Node.SpanStart).ToList();
            if (uses.Select(u => u.ChainStart).Distinct(StringComparer.Ordinal).Count() < 2) return ImmutableArray<CrossChainDuplicate>.Empty;
            var used = new HashSet<int>(uses.Select(u => u.Id));
            var duplicates = ImmutableArray.CreateBuilder<CrossChainDuplicate>();
            foreach (var group in uses.GroupBy(u => (u.Interface, u.Id)))
            {
                var first = group.First();
                foreach (var other in group.Skip(1))
                {
                    if (other.ChainStart == first.ChainStart || other.Instance == first.Instance || other.Hidden) continue;
                    int free = Enumerable.Range(1, 255).FirstOrDefault(i => !used.Contains(i));
                    if (free != 0) used.Add(free);
                    duplicates.Add(new CrossChainDuplicate(other, first, free));
                }
            }

            return duplicates.ToImmutable();
        }
    }

    /// <summary>One HA9001 finding: <see cref="Other"/> repeats the router id of <see cref="First"/> on its interface.</summary>
    internal sealed class CrossChainDuplicate
    {
        public CrossChainDuplicate(RouterIdUse other, RouterIdUse first, int freeId)
        {
            Other = other;
            First = first;
            FreeId = freeId;
        }

        public RouterIdUse Other { get; }

        public RouterIdUse First { get; }

        /// <summary>The id a code fix may rename <see cref="Other"/> to; 0 when all 255 are taken.</summary>
        public int FreeId { get; }

        public string Message => string.Format(CultureInfo.InvariantCulture, RuleCatalogue.CrossChainDuplicateRouterId.MessageFormat,
            Other.Instance, First.Instance, Other.Id, Other.Interface);
    }

    /// <summary>A vrrp_instance of a chain whose name, interface and virtual_router_id are constants.</summary>
    internal sealed class RouterIdUse
    {
        public RouterIdUse(string instance, string @interface, int id, SyntaxNode node, string chainStart)
        {
            Instance = instance;
            Interface = @interface;
            Id = id;
            Node = node;
            ChainStart = chainStart;
        }

        public string Instance { get; }

        public string Interface { get; }

        public int Id { get; }

        /// <summary>The argument (or call) that wrote the virtual_router_id.</summary>
        public SyntaxNode Node { get; }

        /// <summary>The chain's <see cref="CrossChainRouterIds.Position"/>.</summary>
        public string ChainStart { get; }

        /// <summary>Whether Roslyn would drop a finding at <see cref="Node"/> (see <see cref="GeneratedCodeFilter"/>).</summary>
        public bool Hidden { get; set; }
    }
}
