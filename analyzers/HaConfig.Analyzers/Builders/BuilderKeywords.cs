using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace HaConfig.Analyzers.Builders
{
    /// <summary>
    /// The <c>[ConfigKeyword]</c> of each method, read once per compilation: the analyzer asks for it on every builder call
    /// of every chain (thousands of calls to a few dozen methods), and reading attributes walks the method, its overridden
    /// methods and each attribute's type. Thread-safe.
    /// </summary>
    internal sealed class BuilderKeywords
    {
        private readonly ConcurrentDictionary<IMethodSymbol, string?> _byMethod = new(SymbolEqualityComparer.Default);

        /// <summary>See <see cref="ChainReader.Keyword"/>.</summary>
        public string? Of(IMethodSymbol method)
        {
            if (_byMethod.TryGetValue(method, out var keyword)) return keyword;
            keyword = ChainReader.Keyword(method);
            _byMethod.TryAdd(method, keyword);
            return keyword;
        }
    }
}
