using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using HaConfig.Analyzers.Builders;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using HaDiagnostic = HaConfig.Diagnostics.Diagnostic;

namespace HaConfig.Analyzers
{
    /// <summary>
    /// Checks builder code. Each chain rooted at <c>HAProxyConfig.Create()</c> or <c>KeepalivedConfig.Create()</c>, with the
    /// lambdas that configure its sections, is folded (constant arguments only) into configuration text, validated with
    /// the same catalogue as files, and every diagnostic is reported on the C# argument or call that wrote the offending
    /// line. Unknown values never cause a report: a diagnostic on a line with a non-constant argument is dropped, and when
    /// anything in the chain is unknown only rules that look at a single line are kept. Across the chains of one type,
    /// two different VRRP instances on the same interface with the same virtual_router_id are reported as HA9001.
    /// </summary>
    [DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    public sealed class BuilderChainAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the value a code fix may clamp an out-of-range constant to.</summary>
        public const string ClampToProperty = "HaConfig.ClampTo";

        /// <summary>Diagnostic property: the smallest virtual_router_id not used in the chain or type.</summary>
        public const string FreeRouterIdProperty = "HaConfig.FreeRouterId";

        // Rules decided by one line alone: kept even when something else in the chain is unknown.
        private static readonly HashSet<string> LineLocalRules = new(StringComparer.Ordinal)
        {
            "HA1019", "HA1020", "HA1021", "HA1040", "HA1041", "HA1042", "HA1043", "HA1044", "HA1046",
            "HA2002", "HA2004", "HA2007", "HA2010", "HA2020", "HA2021", "HA2030", "HA2031", "HA2034",
        };

        // Ranges a code fix may clamp to, by rule and keyword (the rule's own message states the range).
        private static readonly Dictionary<(string Rule, string Keyword), (int Min, int Max)> ClampRanges = new()
        {
            [("HA2002", "virtual_router_id")] = (1, 255),
            [("HA2004", "priority")] = (1, 255),
            [("HA1019", "weight")] = (0, 256),
        };

        /// <summary>Chains kept by text across compilations (a compiler server or IDE analyses unchanged code again).</summary>
        private const int SharedCacheCapacity = 2048;

        private static readonly ValidationCache SharedCache = new(SharedCacheCapacity);

        private readonly Func<FoldedChain, RenderedModel, IReadOnlyList<HaDiagnostic>> _validate;
        private readonly ValidationCache _validated;

        /// <summary>Creates the analyzer over the catalogue's validation.</summary>
        public BuilderChainAnalyzer()
            : this(Validate, SharedCache)
        {
        }

        /// <summary>The analyzer over the catalogue's validation with an empty cache of its own, as a new compiler process has.</summary>
        internal static BuilderChainAnalyzer WithOwnCache() => new(Validate);

        /// <summary>Creates the analyzer over another validation (tests inject failures this way), with its own cache.</summary>
        internal BuilderChainAnalyzer(Func<FoldedChain, RenderedModel, IReadOnlyList<HaDiagnostic>> validate)
            : this(validate, new ValidationCache(SharedCacheCapacity))
        {
        }

        private BuilderChainAnalyzer(Func<FoldedChain, RenderedModel, IReadOnlyList<HaDiagnostic>> validate, ValidationCache cache)
        {
            _validate = validate;
            _validated = cache;
        }

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RoslynDescriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Generated code is not analysed; what Roslyn would drop of the findings in analysed code, GeneratedCodeFilter
            // drops (Roslyn's own check reads every token of each file a finding is in).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                // Nothing to do in a compilation that cannot see the builders.
                if (!CanSeeBuilders(start.Compilation)) return;
                var keywords = new BuilderKeywords();
                var crossChain = new CrossChainRouterIds(start.Compilation, keywords);
                start.RegisterOperationAction(c => AnalyzeInvocation(c, keywords, crossChain), OperationKind.Invocation);
            });
        }

        // A reference named HaConfig is the usual case and costs nothing to find. Only without one is the attribute looked up
        // by name, which loads the namespaces of every referenced assembly (a measurable part of a build).
        private static bool CanSeeBuilders(Compilation compilation)
        {
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                if (assembly.Name == "HaConfig") return true;
            }

            return compilation.GetTypeByMetadataName(ChainReader.AttributeName) is not null;
        }

        private void AnalyzeInvocation(OperationAnalysisContext context, BuilderKeywords keywords, CrossChainRouterIds crossChain)
        {
            var invocation = (IInvocationOperation)context.Operation;
            try
            {
                if (ChainReader.ContinuesChain(invocation)) return; // the outermost call of the chain does the work
                var chain = ChainAt(invocation, keywords);
                if (chain is null) return;
                context.CancellationToken.ThrowIfCancellationRequested();

                ReportCrossChainDuplicates(context, invocation, chain, crossChain);
                if (chain.Opaque) return; // nothing of an opaque chain is reported (see below), so it is not validated
                var rendered = RenderedModel.Render(chain.Root, chain.Format);
                var diagnostics = _validated.GetOrAdd(chain.Format, rendered.Text, () => _validate(chain, rendered));
                bool certain = chain.Certain;
                SortedSet<int>? freeIds = null; // computed when a diagnostic needs it
                foreach (var diagnostic in diagnostics)
                {
                    if (diagnostic.Id == RuleCatalogue.AnalyzerFailure.Id || diagnostic.Id == RuleCatalogue.RuleFailure.Id) continue;
                    if (!certain && (chain.Opaque || !LineLocalRules.Contains(diagnostic.Id))) continue;
                    var (line, word) = rendered.At(diagnostic.Line, diagnostic.Column);
                    if (line is null || !line.Certain || (word is not null && !word.Certain)) continue;

                    var node = word?.Node ?? ChainReader.NameOf(line.Invocation);
                    if (GeneratedCodeFilter.Hides(node, invocation.SemanticModel, context.CancellationToken)) continue;
                    var properties = Properties(diagnostic.Id, line, node, chain, ref freeIds);
                    context.ReportDiagnostic(Diagnostic.Create(
                        RoslynDescriptors.For(diagnostic.Descriptor), node.GetLocation(), properties, diagnostic.Message));
                }
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // nothing may escape into the compiler (it would be AD0001)
            catch (Exception exception)
#pragma warning restore CA1031
            {
                ReportFailure(context.ReportDiagnostic, invocation.Syntax, invocation.SemanticModel, exception);
            }
        }

        /// <summary>
        /// The chain whose outermost call is <paramref name="outermost"/>, folded; null when it is not one (the operation
        /// action and the cross-chain check decide this alike).
        /// </summary>
        internal static FoldedChain? ChainAt(IInvocationOperation outermost, BuilderKeywords keywords) =>
            IsChainCandidate(outermost, keywords) ? ChainReader.Read(outermost, keywords) : null;

        // Cheap filter before any walk: the outermost call must be a builder method (or Build) of a HaConfig builder type.
        private static bool IsChainCandidate(IInvocationOperation invocation, BuilderKeywords keywords)
        {
            var method = invocation.TargetMethod;
            var ns = method.ContainingNamespace;
            if (!SymbolNames.IsNamespace(ns, "HaConfig", "HAProxy") && !SymbolNames.IsNamespace(ns, "HaConfig", "Keepalived")) return false;
            return method.Name == "Build" || keywords.Of(method) is not null || ChainReader.RootFormat(method) != ConfigFormat.Unknown;
        }

        private static IReadOnlyList<HaDiagnostic> Validate(FoldedChain chain, RenderedModel rendered) =>
            chain.Format == ConfigFormat.HAProxy
                ? HAProxyConfig.Parse(rendered.Text).Validate()
                : KeepalivedConfig.Parse(rendered.Text).Validate();

        private static ImmutableDictionary<string, string?> Properties(string id, ModelLine line, SyntaxNode node, FoldedChain chain, ref SortedSet<int>? freeIds)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            string keyword = KeywordOf(line, node);
            if (ClampRanges.TryGetValue((id, keyword), out var range) && node is LiteralExpressionSyntax or PrefixUnaryExpressionSyntax &&
                line.Words.FirstOrDefault(w => w.Node == node) is { } word &&
                int.TryParse(word.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            {
                properties = properties.Add(ClampToProperty, Math.Min(Math.Max(value, range.Min), range.Max).ToString(CultureInfo.InvariantCulture));
            }

            if (id == RuleCatalogue.DuplicateVirtualRouterId.Id && (freeIds ??= FreeRouterIds(chain)).Count > 0)
            {
                properties = properties.Add(FreeRouterIdProperty, freeIds.Min.ToString(CultureInfo.InvariantCulture));
            }

            return properties;
        }

        // The keyword that precedes the word at node on the line ("weight" for the 300 in "server a b weight 300").
        private static string KeywordOf(ModelLine line, SyntaxNode node)
        {
            for (int i = 1; i < line.Words.Count; i++)
            {
                if (line.Words[i].Node == node) return line.Words[i - 1].Text;
            }

            return line.Words.Count > 0 ? line.Words[0].Text : string.Empty;
        }

        private static SortedSet<int> FreeRouterIds(FoldedChain chain)
        {
            var free = new SortedSet<int>(Enumerable.Range(1, 255));
            foreach (var use in CrossChainRouterIds.RouterIds(chain, string.Empty)) free.Remove(use.Id);
            return free;
        }

        // HA9001 on the instances of this chain that repeat another chain's router id in the same type.
        private static void ReportCrossChainDuplicates(OperationAnalysisContext context, IInvocationOperation invocation, FoldedChain chain, CrossChainRouterIds crossChain)
        {
            string position = CrossChainRouterIds.Position(invocation.Syntax);
            if (!CrossChainRouterIds.RouterIds(chain, position).Any()) return;
            foreach (var duplicate in crossChain.For(context.ContainingSymbol, invocation, chain, context.CancellationToken))
            {
                if (duplicate.Other.ChainStart != position) continue;
                var properties = duplicate.FreeId == 0
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(FreeRouterIdProperty, duplicate.FreeId.ToString(CultureInfo.InvariantCulture));
                context.ReportDiagnostic(Diagnostic.Create(
                    RoslynDescriptors.For(RuleCatalogue.CrossChainDuplicateRouterId), duplicate.Other.Node.GetLocation(),
                    new[] { duplicate.First.Node.GetLocation() }, properties, duplicate.Message));
            }
        }

        private static void ReportFailure(Action<Diagnostic> report, SyntaxNode node, SemanticModel? model, Exception exception)
        {
            try
            {
                if (GeneratedCodeFilter.Hides(node, model, CancellationToken.None)) return;
            }
#pragma warning disable CA1031
            catch (Exception)
#pragma warning restore CA1031
            {
                // report the failure even where Roslyn would have dropped it
            }

            ReportFailure(report, node.GetLocation(), exception);
        }

        private static void ReportFailure(Action<Diagnostic> report, Location location, Exception exception)
        {
            try
            {
                string reason = string.Format(CultureInfo.InvariantCulture, "{0}: {1}", exception.GetType().Name,
                    exception.Message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' '));
                report(Diagnostic.Create(RoslynDescriptors.AnalyzerFailure, location,
                    string.Format(CultureInfo.InvariantCulture, RuleCatalogue.AnalyzerFailure.MessageFormat, reason)));
            }
#pragma warning disable CA1031
            catch (Exception)
#pragma warning restore CA1031
            {
                // reporting itself failed; stay silent rather than crash the compiler
            }
        }
    }
}
