using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using HaConfig.HAProxy.Catalogue;
using HaConfig.Syntax;
using Xunit;

namespace HaConfig.Tests.Text
{
    /// <summary>The span-keyed table finds exactly what a dictionary of the same keys finds, and nothing else.</summary>
    public class SpanKeyTableTests
    {
        // Few characters, so that keys share lengths, ends and middles, and lookups of near-misses are common.
        private static readonly Gen<string> Keys = Gen.String[Gen.Char["ab-."], 0, 9];

        [Fact]
        public void Lookups_with_either_hash_agree_with_a_dictionary_of_the_same_keys() =>
            Gen.Select(Keys.Array[0, 60], Keys.Array[0, 60], (keys, probes) => (keys, probes)).Sample(sample =>
            {
                var expected = new Dictionary<string, int>();
                foreach (var key in sample.keys) expected[key] = expected.Count;
                var allCharacters = new SpanKeyTable<int>(expected);
                var sampled = new SpanKeyTable<int, SampledHash>(expected);

                foreach (var probe in sample.probes.Concat(sample.keys))
                {
                    bool found = allCharacters.TryGetValue(probe.AsSpan(), out int value, out string stored);
                    bool foundSampled = sampled.TryGetValue(probe.AsSpan(), out int valueSampled, out string storedSampled);
                    found.Should().Be(expected.ContainsKey(probe), probe);
                    foundSampled.Should().Be(found, probe);
                    if (!found) continue;
                    value.Should().Be(expected[probe]);
                    stored.Should().Be(probe);
                    valueSampled.Should().Be(value);
                    storedSampled.Should().Be(probe);
                }
            }, iter: 2000);

        [Fact]
        public void Every_catalogue_keyword_is_found_by_its_span_as_by_its_string()
        {
            var catalogue = HAProxyKeywordCatalogue.Instance;
            foreach (var kind in new[] { KeywordKind.Global, KeywordKind.Proxy, KeywordKind.Option, KeywordKind.Server, KeywordKind.Bind, KeywordKind.Section })
            {
                var names = catalogue.All(kind).Select(k => k.Keyword).ToList();
                names.Should().NotBeEmpty();
                foreach (var name in names)
                {
                    // A copy, so that the span is not the table's own string.
                    catalogue.Find(kind, new string(name.ToCharArray()).AsSpan()).Should().BeSameAs(catalogue.Find(kind, name), name);
                    catalogue.Find(kind, (name + "x").AsSpan()).Should().BeSameAs(catalogue.Find(kind, name + "x"), name + "x");
                }
            }
        }
    }
}
