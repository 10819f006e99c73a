using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Tests.Infrastructure;
using HaConfig.Validation;
using Xunit;
using Xunit.Abstractions;

namespace HaConfig.Tests.Validation
{
    /// <summary>The HAProxy rules against the corpus: what haproxy 2.6 accepts, we accept (no errors), and no rule ever fails.</summary>
    public class HAProxyRuleCorpusTests
    {
        private static readonly ValidationOptions On26 = new() { HAProxyVersion = new Version(2, 6) };

        private readonly ITestOutputHelper _output;

        public HAProxyRuleCorpusTests(ITestOutputHelper output) => _output = output;

        [SkippableFact]
        public void Files_haproxy_2_6_accepts_get_no_error_when_targeting_2_6()
        {
            var accepted = AcceptedOn26();
            var falseErrors = new List<string>();
            foreach (var file in accepted)
            {
                var config = HAProxyConfig.Parse(Corpus.ReadText(Path.Combine("haproxy", file)), file);
                foreach (var d in config.Validate(On26).Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    falseErrors.Add($"{file}:{d.Line}:{d.Column} {d.Id} {d.Message}");
                }
            }

            _output.WriteLine($"{accepted.Count} files accepted by haproxy 2.6 (rc_2.6_env = 0); {falseErrors.Count} false errors");
            foreach (var e in falseErrors) _output.WriteLine(e);
            accepted.Count.Should().BeGreaterThan(100);
            falseErrors.Should().BeEmpty();
        }

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void No_rule_fails_on_a_corpus_file(string file)
        {
            var config = HAProxyConfig.Parse(Corpus.ReadText(file), file);
            foreach (var version in new[] { ValidationOptions.OldestHAProxy, new Version(2, 6), ValidationOptions.NewestHAProxy })
            {
                config.Validate(new ValidationOptions { HAProxyVersion = version }).Should().NotContain(d => d.Id == "HA9998");
            }
        }

        public static TheoryData<string> HAProxyFiles => Corpus.Theory("haproxy", ".cfg");

        /// <summary>Files of <c>haproxy/</c> whose <c>rc_2.6_env</c> is 0 in <c>CHECK-2.6.tsv</c>.</summary>
        internal static List<string> AcceptedOn26()
        {
            var lines = File.ReadAllLines(Corpus.FullPath(Path.Combine("haproxy", "CHECK-2.6.tsv")));
            var header = lines[0].Split('\t').ToList();
            int file = header.IndexOf("file"), rc = header.IndexOf("rc_2.6_env");
            return lines.Skip(1).Select(l => l.Split('\t')).Where(c => c.Length > rc && c[rc] == "0").Select(c => c[file]).ToList();
        }
    }
}
