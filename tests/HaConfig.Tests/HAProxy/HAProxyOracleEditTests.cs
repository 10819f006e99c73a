using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace HaConfig.Tests.HAProxy
{
    public class HAProxyOracleEditTests
    {
        /// <summary>Servers edited per file, to keep the run short (one <c>haproxy -c</c> per file and version).</summary>
        private const int ServersPerFile = 20;

        private readonly ITestOutputHelper _output;

        public HAProxyOracleEditTests(ITestOutputHelper output) => _output = output;

        [SkippableFact]
        public void Changing_server_weights_in_files_haproxy_accepts_keeps_them_accepted()
        {
            Corpus.Require();
            Oracle.RequireHAProxy();
            var files = HAProxyCorpusOracle.AcceptedOn26();
            var failures = new ConcurrentBag<string>();
            int checkedFiles = 0, editedServers = 0, notAcceptedHere = 0;

            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
            {
                string original = Corpus.ReadText(Path.Combine("haproxy", file));
                var config = HAProxyConfig.Parse(original, file);
                // Weight is a backend-server parameter: peers and ring "server" lines take none.
                var servers = config.Proxies.Concat<HAProxySection>(config.Defaults).SelectMany(s => s.Directives).OfType<ServerDirective>().Take(ServersPerFile).ToList();
                if (servers.Count == 0) return;
                foreach (var server in servers) server.SetOption("weight", NextWeight(server.Weight).ToString(CultureInfo.InvariantCulture));

                var environment = HAProxyCorpusOracle.VTestEnvironment(original);
                if (!Oracle.CheckHAProxy(HAProxyCorpusOracle.ForOracle(original), file, environment).Accepted)
                {
                    System.Threading.Interlocked.Increment(ref notAcceptedHere);
                    return;
                }

                var result = Oracle.CheckHAProxy(HAProxyCorpusOracle.ForOracle(config.ToString()), file, environment);
                if (!result.Accepted) failures.Add(file + ": " + result);
                System.Threading.Interlocked.Increment(ref checkedFiles);
                System.Threading.Interlocked.Add(ref editedServers, servers.Count);
            });

            _output.WriteLine($"{files.Count} files accepted by 2.6 (env mode); {checkedFiles} checked with {editedServers} servers edited; {notAcceptedHere} not accepted unmodified in this environment; {failures.Count} failures");
            failures.Should().BeEmpty();
            checkedFiles.Should().BeGreaterThan(50, "the check must cover a real share of the corpus");
        }

        private static int NextWeight(int? weight) => weight switch
        {
            null => 2,
            >= 256 => 255,
            _ => weight.Value + 1,
        };
    }
}
