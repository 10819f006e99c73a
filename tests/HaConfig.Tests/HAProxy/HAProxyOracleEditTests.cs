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
            var files = AcceptedOn26();
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

                var environment = VTestEnvironment(original);
                if (!Oracle.CheckHAProxy(ForOracle(original), file, environment).Accepted)
                {
                    System.Threading.Interlocked.Increment(ref notAcceptedHere);
                    return;
                }

                var result = Oracle.CheckHAProxy(ForOracle(config.ToString()), file, environment);
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

        /// <summary>Files of <c>haproxy/</c> whose <c>rc_2.6_env</c> is 0 in <c>CHECK-2.6.tsv</c>.</summary>
        private static List<string> AcceptedOn26()
        {
            var lines = File.ReadAllLines(Corpus.FullPath(Path.Combine("haproxy", "CHECK-2.6.tsv")));
            var header = lines[0].Split('\t').ToList();
            int file = header.IndexOf("file"), rc = header.IndexOf("rc_2.6_env");
            return lines.Skip(1).Select(l => l.Split('\t')).Where(c => c.Length > rc && c[rc] == "0").Select(c => c[file]).ToList();
        }

        /// <summary>
        /// The environment the corpus check used (corpus README): <c>*_addr</c>, <c>*_port</c>, <c>*_sock</c>, <c>tmpdir</c>,
        /// <c>testdir</c> and the VTest <c>setenv</c> values.
        /// </summary>
        private static Dictionary<string, string> VTestEnvironment(string text)
        {
            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["VTC_SOCK_TYPE"] = "stream",
                ["tmpdir"] = Path.GetTempPath(),
                ["testdir"] = Path.GetTempPath(),
            };
            foreach (Match match in Regex.Matches(text, @"\$\{([A-Za-z0-9_]+)\}"))
            {
                string name = match.Groups[1].Value;
                if (name.EndsWith("_addr", StringComparison.Ordinal)) environment[name] = "127.0.0.1";
                else if (name.EndsWith("_port", StringComparison.Ordinal)) environment[name] = "8080";
                else if (name.EndsWith("_sock", StringComparison.Ordinal)) environment[name] = "127.0.0.1:8080";
            }

            return environment;
        }

        /// <summary>
        /// VTest hands listening sockets to <c>fd@${name}</c> binds; a child process started from .NET cannot inherit
        /// them, so such binds are rewritten to loopback addresses, identically in the original and the edited text.
        /// </summary>
        private static string ForOracle(string text) => Regex.Replace(text, @"(?:[a-z0-9]+\+)?fd@\$\{[A-Za-z0-9_]+\}", "127.0.0.1:18080");
    }
}
