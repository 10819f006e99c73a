using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HaConfig.Tests.Infrastructure
{
    /// <summary>Running the HAProxy corpus through <c>haproxy -c</c> the way the corpus check did (corpus README).</summary>
    public static class HAProxyCorpusOracle
    {
        /// <summary>Files of <c>haproxy/</c> whose <c>rc_2.6_env</c> is 0 in <c>CHECK-2.6.tsv</c>.</summary>
        public static List<string> AcceptedOn26()
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
        public static Dictionary<string, string> VTestEnvironment(string text)
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
        public static string ForOracle(string text) => Regex.Replace(text, @"(?:[a-z0-9]+\+)?fd@\$\{[A-Za-z0-9_]+\}", "127.0.0.1:18080");
    }
}
