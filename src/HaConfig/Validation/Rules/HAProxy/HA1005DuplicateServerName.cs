using System;
using System.Collections.Generic;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;

namespace HaConfig.Validation.Rules.HAProxy
{
    /// <summary>
    /// HA1005: server names are unique within a backend (HAProxy: <c>backend 'be', another server named 's1' was
    /// already defined at line 7, please use distinct names.</c>).
    /// </summary>
    public sealed class HA1005DuplicateServerName : ValidationRule<HAProxyConfig>
    {
        /// <inheritdoc />
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.DuplicateServerName };

        /// <summary>How many distinct names of a backend are compared in place before they go into a table.</summary>
        private const int SmallBackend = 16;

        /// <inheritdoc />
        internal override int RelativeCost => 4;

        /// <inheritdoc />
        public override void Analyze(HAProxyConfig target, ValidationContext context)
        {
            // A backend's first names are compared in place, each against those before it: most backends have a few
            // servers, and a string and two table lookups per server cost more. Past SmallBackend names, a table of them
            // (one reused for every backend: clearing keeps its buckets).
            var named = new List<(int Hash, ServerDirective Server)>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var section in target.Proxies)
            {
                if (!section.HasBackendCapability) continue;
                named.Clear();
                seen.Clear();
                foreach (var directive in section.DirectiveList)
                {
                    // A server directive of kind Server is a "server" line (its kind is read once per document version);
                    // it has a name when it has a second word.
                    if (directive is not ServerDirective { Kind: ServerKind.Server } server || server.Line.TokenCount < 2) continue;
                    var name = server.Line.GetValueSpan(1);
                    int hash = Syntax.SpanHash.Of(name);
                    int line = named.Count < SmallBackend ? LineOfSameName(named, name, hash) : LineOfSameName(seen, named, server);
                    if (line > 0)
                    {
                        context.Report(RuleCatalogue.DuplicateServerName, directive.Line.GetLocation(1), section.Keyword, section.Name, server.GetArgument(0), line);
                    }
                    else if (named.Count < SmallBackend)
                    {
                        named.Add((hash, server));
                    }
                }
            }
        }

        /// <summary>The line number of the server of <paramref name="named"/> called <paramref name="name"/>, or 0.</summary>
        /// <remarks>Names are compared by hash first: each other server's name is read again only when the hashes match.</remarks>
        private static int LineOfSameName(List<(int Hash, ServerDirective Server)> named, ReadOnlySpan<char> name, int hash)
        {
            foreach (var (otherHash, other) in named)
            {
                if (otherHash == hash && other.Line.GetValueSpan(1).SequenceEqual(name)) return other.Line.LineNumber;
            }

            return 0;
        }

        /// <summary>
        /// The line number of the first server named as <paramref name="server"/>, from the table (filled from
        /// <paramref name="named"/> on first use), or 0 after adding the name with its line.
        /// </summary>
        private static int LineOfSameName(Dictionary<string, int> seen, List<(int Hash, ServerDirective Server)> named, ServerDirective server)
        {
            if (seen.Count == 0)
            {
                foreach (var (_, other) in named) seen[other.Line.GetValue(1)] = other.Line.LineNumber;
            }

            string name = server.Line.GetValue(1);
            if (seen.TryGetValue(name, out int line)) return line;
            seen[name] = server.Line.LineNumber;
            return 0;
        }
    }
}
