using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Tests.Infrastructure;
using HaConfig.Validation;
using Xunit;
using Xunit.Abstractions;

namespace HaConfig.Tests.Validation
{
    /// <summary>
    /// Rejection agreement with haproxy 2.6: accepted corpus files are broken in known ways, haproxy -c decides which
    /// mutants are broken, and for each one it rejects we must report an error on the line its first ALERT names.
    /// </summary>
    public class HAProxyRuleOracleTests
    {
        private const int Files = 10;

        /// <summary>Mutations we knowingly do not flag as errors, with the reason.</summary>
        private static readonly Dictionary<string, string> Skips = new(StringComparer.Ordinal)
        {
        };

        private static readonly Regex AlertLine = new(@"\[ALERT\][^\n]*?\[[^\]\n:]+:(\d+)\]", RegexOptions.Compiled);

        private readonly ITestOutputHelper _output;

        public HAProxyRuleOracleTests(ITestOutputHelper output) => _output = output;

        private delegate (string Text, int Line)? Mutation(string text, HAProxyConfig config);

        private static readonly (string Name, Mutation Apply)[] Mutations =
        {
            ("undefined backend", (t, c) => InsertInFrontend(t, c, "    use_backend no_such_backend_x if TRUE")),
            ("duplicate server", (t, c) => FirstServer(c) is { } s ? Insert(t, s.Line.LineNumber, s.Line.Text.TrimEnd('\r', '\n')) : null),
            ("bad unit", (t, c) => InsertInFrontend(t, c, "    timeout client 5S")),
            ("unknown keyword", (t, c) => InsertInFrontend(t, c, "    mxconn 100")),
            ("server in frontend", (t, c) => InsertInFrontend(t, c, "    server zz 127.0.0.1:80")),
            ("weight out of range", (t, c) => FirstServer(c) is { } s ? Replace(t, s.Line.LineNumber, s.Line.Text.TrimEnd('\r', '\n') + " weight 300") : null),
            ("inter 0", (t, c) => FirstServer(c) is { } s ? Replace(t, s.Line.LineNumber, s.Line.Text.TrimEnd('\r', '\n') + " inter 0") : null),
            ("duplicate proxy", (t, c) => c.Backends.FirstOrDefault() is { Name: { } n } ? (t + "backend " + n + "\n", CountLines(t) + 1) : null),
            ("missing final LF", (t, c) => t.EndsWith("\n", StringComparison.Ordinal) ? (t.TrimEnd('\n') + "\n    # last", CountLines(t) + 1) : null),
            ("unterminated quote", (t, c) => InsertInFrontend(t, c, "    acl q path_beg \"/x")),
            ("removed keyword", (t, c) => InsertInFrontend(t, c, "    reqadd X-Foo:\\ bar")),
            ("unknown option", (t, c) => InsertInFrontend(t, c, "    option httplgo")),
            ("unknown server parameter", (t, c) => FirstServer(c) is { } s ? Replace(t, s.Line.LineNumber, s.Line.Text.TrimEnd('\r', '\n') + " chek") : null),
            ("bind in defaults", (t, c) => c.Defaults.FirstOrDefault() is { } d ? Insert(t, d.Header.LineNumber, "    bind :1234") : null),
            ("undefined acl", (t, c) => InsertInFrontend(t, c, "    http-request deny if no_such_acl_q")),
            ("ssl without ca-file", (t, c) => FirstServer(c) is { } s ? Replace(t, s.Line.LineNumber, s.Line.Text.TrimEnd('\r', '\n') + " ssl") : null),
        };

        [SkippableFact]
        public void Mutants_haproxy_2_6_rejects_get_an_error_on_the_same_line()
        {
            Corpus.Require();
            Oracle.RequireHAProxy();
            var candidates = HAProxyRuleCorpusTests.AcceptedOn26()
                .Select(f => (File: f, Text: ForOracle(Corpus.ReadText(Path.Combine("haproxy", f)))))
                .Where(f => !f.Text.Contains("testdir") && !f.Text.Contains("tmpdir"))
                .Select(f => (f.File, f.Text, Config: HAProxyConfig.Parse(f.Text, f.File)))
                .Where(f => f.Config.Frontends.Any() && FirstServer(f.Config) is not null)
                .Take(Files)
                .ToList();

            var rejected = new ConcurrentBag<string>();
            var misses = new ConcurrentBag<string>();
            var skipped = new ConcurrentBag<string>();
            int accepted = 0;
            var work = candidates.SelectMany(f => Mutations.Select(m => (f.File, f.Text, f.Config, m.Name, m.Apply))).ToList();
            Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 2 }, item =>
            {
                if (item.Apply(item.Text, item.Config) is not { } mutant) return;
                var environment = Environment(item.Text);
                if (!Oracle.CheckHAProxy(item.Text, item.File, environment).Accepted) return;
                var oracle = Oracle.CheckHAProxy(mutant.Text, item.File, environment);
                if (oracle.Accepted)
                {
                    System.Threading.Interlocked.Increment(ref accepted);
                    return;
                }

                var match = AlertLine.Match(oracle.Output);
                int line = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : mutant.Line;
                var errors = HAProxyConfig.Parse(mutant.Text, item.File).Validate(new ValidationOptions { HAProxyVersion = new Version(2, 6) })
                    .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                string key = item.File + " / " + item.Name;
                rejected.Add(key);
                if (errors.Any(d => d.Line == line)) return;
                if (Skips.ContainsKey(item.Name)) skipped.Add(key);
                else misses.Add($"{key}: haproxy line {line}: {FirstAlert(oracle.Output)}; ours: {string.Join(" | ", errors.Select(e => e.Line + " " + e.Id))}");
            });

            int agreed = rejected.Count - misses.Count - skipped.Count;
            _output.WriteLine($"{candidates.Count} files x {Mutations.Length} mutations: haproxy rejected {rejected.Count}, accepted {accepted}; " +
                $"we agree on {agreed}/{rejected.Count} ({100.0 * agreed / Math.Max(1, rejected.Count):F1}%), {skipped.Count} skipped, {misses.Count} missed");
            foreach (var m in misses.OrderBy(m => m, StringComparer.Ordinal)) _output.WriteLine(m);
            rejected.Count.Should().BeGreaterThan(100);
            misses.Should().BeEmpty();
        }

        /// <summary>The corpus environment: VTest <c>*_addr</c>, <c>*_port</c>, <c>*_sock</c> macros as loopback values.</summary>
        private static Dictionary<string, string> Environment(string text)
        {
            var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["VTC_SOCK_TYPE"] = "stream" };
            foreach (Match match in Regex.Matches(text, @"\$\{([A-Za-z0-9_]+)\}"))
            {
                string name = match.Groups[1].Value;
                if (name.EndsWith("_addr", StringComparison.Ordinal)) environment[name] = "127.0.0.1";
                else if (name.EndsWith("_port", StringComparison.Ordinal)) environment[name] = "8080";
                else if (name.EndsWith("_sock", StringComparison.Ordinal)) environment[name] = "127.0.0.1:8080";
            }

            return environment;
        }

        /// <summary>VTest's <c>fd@${name}</c> listeners cannot be inherited from .NET; they become loopback addresses.</summary>
        private static string ForOracle(string text) => Regex.Replace(text, @"(?:[a-z0-9]+\+)?fd@\$\{[A-Za-z0-9_]+\}", "127.0.0.1:18080");

        private static string FirstAlert(string output) =>
            output.Split('\n').FirstOrDefault(l => l.Contains("[ALERT]"))?.Trim() ?? "(no alert)";

        private static ServerDirective? FirstServer(HAProxyConfig config) =>
            config.Proxies.Where(p => p.HasBackendCapability).SelectMany(p => p.Servers).FirstOrDefault(s => s.Name is not null);

        private static (string, int)? InsertInFrontend(string text, HAProxyConfig config, string line) =>
            config.Frontends.FirstOrDefault() is { } fe ? Insert(text, fe.Header.LineNumber, line) : null;

        private static int CountLines(string text) => text.Count(ch => ch == '\n');

        /// <summary>Inserts <paramref name="line"/> after line <paramref name="after"/> (1-based); returns the new line's number.</summary>
        private static (string, int) Insert(string text, int after, string line)
        {
            var lines = text.Split('\n').ToList();
            lines.Insert(after, line);
            return (string.Join("\n", lines), after + 1);
        }

        private static (string, int) Replace(string text, int number, string line)
        {
            var lines = text.Split('\n');
            lines[number - 1] = line;
            return (string.Join("\n", lines), number);
        }
    }
}
