using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using HaConfig.Text;
using HaConfig.Validation;
using HaConfig.Validation.Rules.HAProxy;
using Xunit;

namespace HaConfig.Tests.Validation
{
    /// <summary>
    /// <c>Validate()</c> may run the rules on several threads (a large file, or <see cref="ValidationOptions.MaxDegreeOfParallelism"/>
    /// above 1): the findings must be exactly those of one thread, in the same order, on every file.
    /// </summary>
    public class ParallelValidationTests
    {
        private static readonly ValidationOptions OneThread = new() { MaxDegreeOfParallelism = 1, ShowSecrets = true };
        private static readonly ValidationOptions FourThreads = new() { MaxDegreeOfParallelism = 4, ShowSecrets = true };

        public static TheoryData<string> HAProxyFiles => Corpus.Theory("haproxy", ".cfg");

        public static TheoryData<string> KeepalivedFiles => Corpus.Theory("keepalived");

        [SkippableTheory]
        [MemberData(nameof(HAProxyFiles))]
        public void HAProxy_rules_on_several_threads_report_what_one_thread_reports(string file)
        {
            var text = Corpus.ReadText(file);

            var parallel = HAProxyConfig.Parse(text, file).Validate(FourThreads);
            var sequential = HAProxyConfig.Parse(text, file).Validate(OneThread);

            parallel.Select(Describe).Should().Equal(sequential.Select(Describe));
        }

        [SkippableTheory]
        [MemberData(nameof(KeepalivedFiles))]
        public void Keepalived_rules_on_several_threads_report_what_one_thread_reports(string file)
        {
            var text = Corpus.ReadText(file);

            foreach (bool alwaysExpand in new[] { false, true })
            {
                // The expanded path shares an expanded copy of the file between the rules: it is prepared too.
                var parallel = KeepalivedConfig.Parse(text, file).Validate(new ValidationOptions { MaxDegreeOfParallelism = 4, ShowSecrets = true, AlwaysExpand = alwaysExpand });
                var sequential = KeepalivedConfig.Parse(text, file).Validate(new ValidationOptions { MaxDegreeOfParallelism = 1, ShowSecrets = true, AlwaysExpand = alwaysExpand });

                parallel.Select(Describe).Should().Equal(sequential.Select(Describe), "AlwaysExpand = {0}", alwaysExpand);
            }
        }

        [Fact]
        public void A_large_faulty_haproxy_file_gets_the_same_findings_on_every_run_and_every_thread_count()
        {
            var text = FaultyHAProxy(backends: 600);
            var expected = HAProxyConfig.Parse(text, "big.cfg").Validate(OneThread).Select(Describe).ToList();
            expected.Should().Contain(d => d.StartsWith("HA1005", StringComparison.Ordinal), "the generated file has duplicate server names")
                .And.Contain(d => d.StartsWith("HA1003", StringComparison.Ordinal), "and references to missing backends")
                .And.Contain(d => d.StartsWith("HA1016", StringComparison.Ordinal), "and track lines to missing servers");

            foreach (var run in ConcurrentRuns(options => HAProxyConfig.Parse(text, "big.cfg").Validate(options))) run.Should().Equal(expected);
        }

        [Fact]
        public void A_large_faulty_keepalived_file_gets_the_same_findings_on_every_run_and_every_thread_count()
        {
            var text = FaultyKeepalived(instances: 400);
            var expected = KeepalivedConfig.Parse(text, "big.conf").Validate(OneThread).Select(Describe).ToList();
            expected.Should().Contain(d => d.StartsWith("HA2003", StringComparison.Ordinal), "the generated file reuses virtual_router_ids")
                .And.Contain(d => d.StartsWith("HA2009", StringComparison.Ordinal), "and tracks scripts it does not define");

            foreach (var run in ConcurrentRuns(options => KeepalivedConfig.Parse(text, "big.conf").Validate(options))) run.Should().Equal(expected);
        }

        [Fact]
        public void Findings_are_merged_in_rule_order_whatever_thread_finishes_first()
        {
            // The first rules take longest, so the later ones finish first on the other threads.
            var rules = Enumerable.Range(0, 12).Select(i => (ValidationRule<string>)new ReportingRule(i, delayMs: i < 3 ? 60 : 0)).ToList();
            var context = new ValidationContext(new ValidationOptions());

            RuleRunner.Run(rules, "target", context, _ => new SourceLocation(null, 1, 1, 1, 1), threads: 4, prepareForConcurrentReads: _ => { });

            context.Diagnostics.Select(d => d.Message).Should().Equal(Enumerable.Range(0, 12).SelectMany(i => new[] { Message($"rule {i} first"), Message($"rule {i} second") }));
        }

        [Fact]
        public void On_several_threads_the_costliest_rules_are_taken_first_and_findings_keep_the_catalogue_order()
        {
            var rules = Enumerable.Range(0, 8).Select(i => (ValidationRule<string>)new ReportingRule(i, 0, cost: i == 5 ? 9 : i == 2 ? 4 : 1)).ToList();
            var context = new ValidationContext(new ValidationOptions());

            RuleRunner.ExecutionOrder(rules).Should().Equal(5, 2, 0, 1, 3, 4, 6, 7);
            RuleRunner.Run(rules, "target", context, _ => new SourceLocation(null, 1, 1, 1, 1), threads: 2, prepareForConcurrentReads: _ => { });

            context.Diagnostics.Select(d => d.Message).Should().Equal(Enumerable.Range(0, 8).SelectMany(i => new[] { Message($"rule {i} first"), Message($"rule {i} second") }));
        }

        [Fact]
        public void The_HAProxy_rules_say_which_cost_most()
        {
            var order = RuleRunner.ExecutionOrder(HAProxyRules.All);

            HAProxyRules.All[order[0]].Should().BeOfType<HA1040UnknownKeyword>();
            HAProxyRules.All.Select(r => r.RelativeCost).Should().OnlyContain(c => c >= 1);
        }

        [Fact]
        public void A_rule_that_throws_on_a_worker_thread_is_reported_as_HA9998_in_its_place()
        {
            var rules = new List<ValidationRule<string>> { new ReportingRule(0, 0), new ThrowingRule(), new ReportingRule(2, 0) };
            var context = new ValidationContext(new ValidationOptions());

            RuleRunner.Run(rules, "target", context, _ => new SourceLocation("f.cfg", 1, 1, 1, 1), threads: 3, prepareForConcurrentReads: _ => { });

            context.Diagnostics.Select(d => d.Id).Should().Equal("HA1003", "HA1003", "HA9998", "HA1003", "HA1003");
            context.Diagnostics[2].Message.Should().Contain(nameof(ThrowingRule)).And.Contain("InvalidOperationException");
        }

        [Fact]
        public void The_model_is_prepared_before_rules_run_on_several_threads_and_not_for_one()
        {
            int prepared = 0;
            var rules = Enumerable.Range(0, 3).Select(i => (ValidationRule<string>)new ReportingRule(i, 0)).ToList();

            RuleRunner.Run(rules, "target", new ValidationContext(new ValidationOptions()), _ => new SourceLocation(null, 1, 1, 1, 1), threads: 1, prepareForConcurrentReads: _ => prepared++);
            prepared.Should().Be(0);
            RuleRunner.Run(rules, "target", new ValidationContext(new ValidationOptions()), _ => new SourceLocation(null, 1, 1, 1, 1), threads: 2, prepareForConcurrentReads: _ => prepared++);
            prepared.Should().Be(1);
        }

        [Fact]
        public void Automatic_parallelism_uses_every_processor_for_large_files_only()
        {
            var automatic = new ValidationOptions();

            automatic.MaxDegreeOfParallelism.Should().Be(0);
            automatic.ThreadsFor(ValidationOptions.ParallelThresholdLines - 1).Should().Be(1);
            automatic.ThreadsFor(ValidationOptions.ParallelThresholdLines).Should().Be(Environment.ProcessorCount);
            new ValidationOptions { MaxDegreeOfParallelism = 3 }.ThreadsFor(10).Should().Be(3);
            new ValidationOptions { MaxDegreeOfParallelism = 1 }.ThreadsFor(10_000_000).Should().Be(1);
        }

        [Fact]
        public void A_negative_degree_of_parallelism_is_refused()
        {
            var act = () => new ValidationOptions { MaxDegreeOfParallelism = -1 };

            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        }

        private static string Message(string argument) => RuleCatalogue.UndefinedBackend.FormatMessage("fe", "backend", argument);

        /// <summary>
        /// Eight validations, four at a time (as `haconfig lint` does with many files), each on 2 to 4 threads: a race in
        /// the model's lazily built parts would show as a missing, extra or reordered finding, or an HA9998.
        /// </summary>
        private static List<List<string>> ConcurrentRuns(Func<ValidationOptions, IReadOnlyList<Diagnostic>> validate) =>
            Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4)
                .Select(run => validate(new ValidationOptions { MaxDegreeOfParallelism = 2 + (run % 3), ShowSecrets = true }).Select(Describe).ToList())
                .ToList();

        private static string Describe(Diagnostic d) => $"{d.Id} {d.Severity} {d.Path}:{d.Line}:{d.Column}-{d.EndLine}:{d.EndColumn} {d.Message}";

        /// <summary>A file big enough for the automatic mode, with findings from many rules spread over it.</summary>
        private static string FaultyHAProxy(int backends)
        {
            var text = new StringBuilder();
            text.Append("global\n    log stdout format raw local0\n    stats socket /run/haproxy.sock mode 600 level admin\n\n");
            text.Append("defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n\n");
            text.Append("defaults tcpdefaults\n    mode tcp\n\n");
            text.Append("frontend fe_main\n    bind :80\n");
            for (int b = 0; b < backends; b++)
            {
                text.Append($"    acl host_{b} hdr(host) -i app{b}.example.com{(b % 50 == 7 ? " or" : string.Empty)}\n");
                text.Append($"    use_backend be_{(b % 97 == 5 ? "missing" + b : b.ToString())} if host_{(b % 89 == 3 ? "nowhere" : b.ToString())}\n");
            }

            text.Append("    default_backend be_0\n\n");
            for (int b = 0; b < backends; b++)
            {
                text.Append(b % 61 == 9 ? $"backend be_{b} from tcpdefaults\n" : $"backend be_{b}\n");
                if (b % 3 == 0) text.Append("    option httpchk GET /healthz\n    http-check expect status 200\n");
                text.Append("    balance roundrobin\n    cookie SRV insert\n");
                for (int s = 0; s < 6; s++)
                {
                    string name = b % 41 == 2 && s == 5 ? "s0" : "s" + s;
                    string check = b % 13 == 4 && s == 1 ? string.Empty : " check inter 2s fall 3 rise 2";
                    string cookie = b % 29 == 11 && s == 2 ? " cookie c1" : $" cookie c{s}";
                    string track = b % 37 == 6 && s == 3 ? $" track be_{(b + 1) % backends}/nosuch" : string.Empty;
                    text.Append($"    server {name} 10.{b / 250}.{b % 250}.{s + 1}:6443{check}{cookie}{track} weight {(b % 71 == 8 ? 999 : 10 + s)}\n");
                }

                if (b % 53 == 1) text.Append("    http-request deny if { path_beg /admin }\n    timeout tunnel banana\n");
                text.Append('\n');
            }

            return text.ToString();
        }

        private static string FaultyKeepalived(int instances)
        {
            var text = new StringBuilder();
            text.Append("global_defs {\n    router_id LB1\n    enable_script_security\n    script_user root\n}\n\n");
            text.Append("vrrp_script chk_haproxy {\n    script \"/usr/bin/killall -0 haproxy\"\n    interval 2\n    weight -20\n}\n\n");
            for (int i = 0; i < instances; i++)
            {
                text.Append($"vrrp_instance VI_{i} {{\n    state {(i % 2 == 0 ? "MASTER" : "BACKUP")}\n    interface eth0\n");
                text.Append($"    virtual_router_id {(i % 250) + 1}\n    priority {(i % 43 == 5 ? 300 : 100 + (i % 50))}\n    advert_int 1\n");
                text.Append($"    authentication {{\n        auth_type PASS\n        auth_pass {(i % 31 == 4 ? "longerthan8chars" : "k8s-vip" + (i % 10))}\n    }}\n");
                text.Append($"    virtual_ipaddress {{\n        10.{i / 250}.{i % 250}.100/24\n    }}\n");
                text.Append($"    track_script {{\n        {(i % 47 == 3 ? "chk_missing" : "chk_haproxy")}\n    }}\n}}\n\n");
            }

            for (int v = 0; v < instances / 4; v++)
            {
                text.Append($"virtual_server 10.200.{v / 250}.{v % 250} 6443 {{\n    delay_loop 6\n    lb_algo rr\n    lb_kind NAT\n    protocol TCP\n");
                for (int r = 0; r < 3; r++)
                {
                    text.Append($"    real_server 10.201.{v % 250}.{r + 1} 6443 {{\n        weight 1\n        HTTP_GET {{\n            url {{\n              path /healthz\n              status_code 200\n            }}\n            connect_timeout 3\n        }}\n    }}\n");
                }

                text.Append("}\n\n");
            }

            return text.ToString();
        }

        private sealed class ReportingRule : ValidationRule<string>
        {
            private readonly int _number;
            private readonly int _delayMs;
            private readonly int _cost;

            public ReportingRule(int number, int delayMs, int cost = 1)
            {
                _number = number;
                _delayMs = delayMs;
                _cost = cost;
            }

            internal override int RelativeCost => _cost;

            public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.UndefinedBackend };

            public override void Analyze(string target, ValidationContext context)
            {
                context.Report(RuleCatalogue.UndefinedBackend, new SourceLocation(null, 1, 1, 1, 1), "fe", "backend", $"rule {_number} first");
                if (_delayMs > 0) Thread.Sleep(_delayMs);
                context.Report(RuleCatalogue.UndefinedBackend, new SourceLocation(null, 1, 1, 1, 1), "fe", "backend", $"rule {_number} second");
            }
        }

        private sealed class ThrowingRule : ValidationRule<string>
        {
            public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalogue.UndefinedBackend };

            public override void Analyze(string target, ValidationContext context) => throw new InvalidOperationException("boom");
        }
    }
}
