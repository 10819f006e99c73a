using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace HaConfig.Analyzers.Tests
{
    /// <summary>
    /// The analyzers run inside the compiler and the IDE on whatever is being typed. On half-typed, broken or hostile C#
    /// and on any additional file they must never throw (AD0001) and never catch one of their own exceptions (HA9999:
    /// that is a bug, reported instead of a crash). Many variants share one compilation, so the whole class stays quick.
    /// </summary>
    public class AnalyzerSafetyTests
    {
        // Each variant gets its own namespace, so that the class of one does not merge with the class of another.
        private static int _isolated;

        /// <summary>Builder chains of both formats that compile and draw diagnostics: the text the variants cut up.</summary>
        internal const string Chains = """
            using System;
            using System.Net;
            using HaConfig.HAProxy;
            using HaConfig.Keepalived;

            internal static class Configs
            {
                private const string Backend = "web";
                private const int Weight = 300;

                public static HAProxyConfig Web() => HAProxyConfig.Create()
                    .Defaults(d => d.Mode(ProxyMode.Http)
                        .Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
                        .Timeout(ProxyTimeout.Client, HaDuration.FromSeconds(30))
                        .Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30)))
                    .Frontend("fe", f => f.Bind(80)
                        .Acl("is_api", "path_beg", "/api")
                        .UseBackend("apii", HaCondition.If("is_api"))
                        .DefaultBackend(Backend))
                    .Backend(Backend, b => b.Balance(BalanceAlgorithm.RoundRobin)
                        .Server("web1", "10.0.0.1:80", s => s.Check().Weight(Weight))
                        .Server("web2", IPAddress.Parse("10.0.0.2"), 80, s => s.Check())
                        .Server("web3", "10.0.0.3:80"))
                    .Build();

                public static KeepalivedConfig Lb() => KeepalivedConfig.Create()
                    .GlobalDefs(g => g.RouterId("lb1").EnableScriptSecurity().ScriptUser("root"))
                    .VrrpScript("check_apiserver", s => s.Script("/etc/keepalived/check_apiserver.sh").Interval(TimeSpan.FromSeconds(3)))
                    .VrrpInstance("VI_1", i => i.State(VrrpState.Master).Interface("eth0").VirtualRouterId(51).Priority(300)
                        .Authentication(VrrpAuthType.Pass, "longer-than-8").VirtualIpAddress(IPAddress.Parse("192.168.1.10"), 24)
                        .TrackScript("check_apiservr"))
                    .VrrpInstance("VI_2", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId(51).Priority(100)
                        .VirtualIpAddress(IPAddress.Parse("192.168.1.11")))
                    .Build();
            }
            """;

        [Fact]
        public async Task The_intact_chains_compile_and_draw_builder_diagnostics()
        {
            var result = await RunBuilder(new[] { Chains });

            result.Diagnostics.Select(d => d.Id).Should().Contain(new[] { "HA1003", "HA1007", "HA1019", "HA2003", "HA2004", "HA2007", "HA2009" },
                "the variants below start from code the analyzer really folds");
        }

        [Fact]
        public async Task Builder_code_cut_at_every_token_boundary_and_every_13th_character_never_crashes_the_analyzer()
        {
            var cuts = CSharpSyntaxTree.ParseText(Chains).GetRoot().DescendantTokens().Select(t => t.FullSpan.End)
                .Concat(Enumerable.Range(1, Chains.Length / 13).Select(i => i * 13))
                .Distinct().OrderBy(n => n).ToList();

            var result = await RunBuilder(cuts.Select(cut => Chains.Substring(0, cut)).Select(Isolate));

            cuts.Count.Should().BeGreaterThan(400);
            result.ShouldBeSafe();
        }

        [Fact]
        public async Task Builder_code_missing_any_one_brace_parenthesis_semicolon_comma_or_dot_never_crashes_the_analyzer()
        {
            var punctuation = CSharpSyntaxTree.ParseText(Chains).GetRoot().DescendantTokens()
                .Where(t => t.Text is "{" or "}" or "(" or ")" or ";" or "," or "." or "=>")
                .ToList();

            var result = await RunBuilder(punctuation.Select(t => Chains.Remove(t.SpanStart, t.Span.Length)).Select(Isolate));

            punctuation.Count.Should().BeGreaterThan(150);
            result.ShouldBeSafe();
        }

        [Fact]
        public async Task Random_token_soup_from_builder_code_never_crashes_the_analyzer()
        {
            var tokens = CSharpSyntaxTree.ParseText(Chains).GetRoot().DescendantTokens().Select(t => t.Text).ToArray();
            var random = new Random(20261127);
            var soups = new List<string>();
            for (int i = 0; i < 100; i++)
            {
                var soup = new StringBuilder("using System; using System.Net; using HaConfig.HAProxy; using HaConfig.Keepalived;\n");
                soup.Append(i % 2 == 0 ? "class C { object M() => HAProxyConfig.Create()" : "class C { object M() => KeepalivedConfig.Create()");
                int length = random.Next(5, 120);
                for (int j = 0; j < length; j++) soup.Append(' ').Append(tokens[random.Next(tokens.Length)]);
                soups.Add(Isolate(soup.ToString()));
            }

            (await RunBuilder(soups)).ShouldBeSafe();
        }

        [Fact]
        public async Task Builder_calls_with_wrong_or_strange_arguments_never_crash_the_analyzer()
        {
            var result = await RunBuilder(HostileBuilderCode.Sources);

            result.ShouldBeSafe();
            result.Diagnostics.Should().Contain(d => d.Id == "HA2004", "constants from another file and unchecked arithmetic are folded");
        }

        [Fact]
        public async Task Random_bytes_and_truncated_real_files_as_additional_files_never_crash_the_analyzer()
        {
            var random = new Random(7);
            var files = new List<(string, string)>();
            for (int i = 0; i < 40; i++)
            {
                var bytes = new byte[random.Next(0, 5000)];
                random.NextBytes(bytes);
                string text = i % 2 == 0 ? Encoding.Latin1.GetString(bytes) : Encoding.UTF8.GetString(bytes);
                files.Add(($"/src/r{i}/{(i % 4 < 2 ? "haproxy.cfg" : "keepalived.conf")}", text));
            }

            foreach (var (name, text) in RealFiles().Where((_, i) => i % 8 == 0))
            {
                foreach (int percent in new[] { 13, 50, 87 })
                {
                    files.Add(($"/src/cut{percent}/{files.Count}/{name}", text.Substring(0, text.Length * percent / 100)));
                }
            }

            files.Add(("/src/huge/haproxy.cfg", "global\n    log " + new string('x', 3_000_000) + " local0\n"));
            files.Add(("/src/huge/keepalived.conf", "global_defs {\n    router_id " + new string('{', 1_000_000) + "\n}\n"));

            var result = await AnalyzerRunner.RunAsync(new ConfigFileAnalyzer(), files);

            files.Count.Should().BeGreaterThan(80);
            result.ShouldBeSafe();
        }

        [Fact]
        public async Task A_pathological_5_MB_configuration_is_linted_within_a_minute()
        {
            // Long lines, unclosed variables, deep nesting, sequences, stray braces and quotes: each bounded by a limit.
            var keepalived = new StringBuilder("$X=~SEQ(i,1,1000000) x\n");
            while (keepalived.Length < 5_000_000)
            {
                keepalived.Append("vrrp_instance VI_${X ${UNCLOSED ").Append('"', 50).Append(" {\n");
                keepalived.Append("~SEQ(i,1,2000000000) virtual_router_id $i\n").Append("@x {").Append('}', 3).Append('\n');
            }

            var haproxy = new StringBuilder();
            while (haproxy.Length < 5_000_000) haproxy.Append(".if defined(X)\nbackend b").Append(haproxy.Length).Append("\n    server s ${X}:80 check weight 999\n    use_backend x if { ").Append('!', 200).Append('\n');

            var watch = Stopwatch.StartNew();
            var result = await AnalyzerRunner.RunAsync(new ConfigFileAnalyzer(), new[]
            {
                ("/src/big/keepalived.conf", keepalived.ToString()),
                ("/src/big/haproxy.cfg", haproxy.ToString()),
            });

            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "a hang guard, not a speed claim (benchmarks/ measures speed)");
            result.ShouldBeSafe();
        }

        private static Task<AnalyzerRunner.Result> RunBuilder(IEnumerable<string> sources) =>
            AnalyzerRunner.RunAsync(new BuilderChainAnalyzer(), sources, Array.Empty<(string, string)>(), BuilderReferences.All);

        private static string Isolate(string source) =>
            $"namespace V{System.Threading.Interlocked.Increment(ref _isolated)} {{\n{source}";

        private static IEnumerable<(string Name, string Text)> RealFiles()
        {
            var examples = Path.Combine(Repository.Root, "docs", "examples");
            var corpus = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpus"));
            var roots = Directory.Exists(corpus) ? new[] { examples, corpus } : new[] { examples };
            foreach (var file in roots.SelectMany(r => Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories)).OrderBy(f => f, StringComparer.Ordinal))
            {
                var format = ConfigFormatDetector.FromFileName(file);
                if (format == ConfigFormat.Unknown) continue;
                yield return (format == ConfigFormat.HAProxy ? "haproxy.cfg" : "keepalived.conf", File.ReadAllText(file));
            }
        }
    }

    internal static class SafetyAssertions
    {
        /// <summary>No analyzer exception reached the host (AD0001) and none was caught by the analyzer itself (HA9999).</summary>
        public static void ShouldBeSafe(this AnalyzerRunner.Result result)
        {
            result.Exceptions.Should().BeEmpty();
            result.Diagnostics.Where(d => d.Id is "AD0001" or "HA9999").Select(Describe).Should().BeEmpty();
        }

        private static string Describe(Diagnostic diagnostic)
        {
            var span = diagnostic.Location.GetLineSpan();
            string source = diagnostic.Location.SourceTree?.ToString() ?? string.Empty;
            string excerpt = source.Length > 400 ? "..." + source.Substring(source.Length - 400) : source;
            return $"{span.Path}({span.StartLinePosition.Line + 1}): {diagnostic.Id} {diagnostic.GetMessage()}\n{excerpt}";
        }
    }
}
