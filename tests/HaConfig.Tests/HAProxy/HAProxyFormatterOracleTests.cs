using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyFormatterOracleTests
    {
        private readonly ITestOutputHelper _output;

        public HAProxyFormatterOracleTests(ITestOutputHelper output) => _output = output;

        [SkippableFact]
        public void Haproxy_accepts_the_formatted_corpus_wherever_it_accepted_the_original()
        {
            Corpus.Require();
            Oracle.RequireHAProxy();
            var failures = new ConcurrentBag<string>();
            int compared = 0;
            Parallel.ForEach(HAProxyCorpusOracle.AcceptedOn26(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
            {
                string original = Corpus.ReadText(Path.Combine("haproxy", file));
                string formatted = HAProxyConfig.Parse(original, file).ToFormattedString();
                if (formatted == original) return;
                var environment = HAProxyCorpusOracle.VTestEnvironment(original);
                if (!Oracle.CheckHAProxy(HAProxyCorpusOracle.ForOracle(original), file, environment).Accepted) return;
                var result = Oracle.CheckHAProxy(HAProxyCorpusOracle.ForOracle(formatted), file, environment);
                if (!result.Accepted) failures.Add(file + ": " + result);
                Interlocked.Increment(ref compared);
            });

            _output.WriteLine($"{compared} formatted files checked; {failures.Count} rejected");
            failures.Should().BeEmpty();
            compared.Should().BeGreaterThan(30);
        }
    }
}
