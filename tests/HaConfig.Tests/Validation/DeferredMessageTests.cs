using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.Text;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Tests.Validation
{
    /// <summary>
    /// A reported finding formats its message when the message is first read. It must read exactly as formatting at
    /// once would have made it, fail as formatting at once did on too few arguments, and not change when an argument
    /// object changes afterwards.
    /// </summary>
    public class DeferredMessageTests
    {
        private static readonly SourceLocation Somewhere = new("f.conf", 3, 5, 3, 9);

        public static TheoryData<string> RuleIds()
        {
            var data = new TheoryData<string>();
            foreach (var rule in RuleCatalogue.All) data.Add(rule.Id);
            return data;
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Every_rule_s_message_reads_as_formatting_it_at_once_gives(string id)
        {
            var rule = RuleCatalogue.All.Single(r => r.Id == id);
            object?[] args = Enumerable.Range(0, rule.ArgumentCount)
                .Select(i => (object?)(i % 3 == 0 ? "value" + i : i % 3 == 1 ? (object)(i * 1000.5) : (long)i))
                .ToArray();
            var context = new ValidationContext(new ValidationOptions { ShowSecrets = true });

            context.Report(rule, Somewhere, args);

            context.Diagnostics.Single().Message.Should().Be(rule.FormatMessage(args));
        }

        [Theory]
        [InlineData("no placeholder", 0)]
        [InlineData("{0}", 1)]
        [InlineData("{1} before {0}", 2)]
        [InlineData("{2:D} and {0,5}", 3)]
        [InlineData("{{0}} is escaped", 0)]
        [InlineData("{{{0}}}", 1)]
        [InlineData("{12}", 13)]
        public void The_argument_count_is_the_highest_placeholder_plus_one(string format, int count)
        {
            new DiagnosticDescriptor("HA0000", "t", format, DiagnosticSeverity.Info, "f", RuleCategory.Syntax).ArgumentCount.Should().Be(count);
        }

        [Fact]
        public void Too_few_arguments_fail_when_reported_as_formatting_at_once_did()
        {
            var rule = RuleCatalogue.All.First(r => r.ArgumentCount >= 2);
            var context = new ValidationContext(new ValidationOptions());

            var report = () => context.Report(rule, Somewhere, "only one");

            report.Should().Throw<FormatException>().WithMessage("*" + rule.Id + "*");
        }

        [Fact]
        public void No_arguments_give_the_format_as_written_as_formatting_at_once_did()
        {
            var rule = RuleCatalogue.All.First(r => r.ArgumentCount >= 1);
            var context = new ValidationContext(new ValidationOptions());

            context.Report(rule, Somewhere);

            context.Diagnostics.Single().Message.Should().Be(rule.FormatMessage()).And.Be(rule.MessageFormat);
        }

        [Fact]
        public void An_argument_changed_after_the_report_does_not_change_the_message()
        {
            var rule = RuleCatalogue.All.First(r => r.ArgumentCount >= 1);
            var mutable = new StringBuilder("before");
            object?[] args = Enumerable.Range(0, rule.ArgumentCount).Select(_ => (object?)mutable).ToArray();
            var context = new ValidationContext(new ValidationOptions { ShowSecrets = true });

            context.Report(rule, Somewhere, args);
            mutable.Clear().Append("after");

            var message = context.Diagnostics.Single().Message;
            message.Should().Contain("before").And.NotContain("after");
        }

        [Fact]
        public void Threads_reading_a_message_at_once_read_the_same_text()
        {
            var rule = RuleCatalogue.All.First(r => r.ArgumentCount >= 1);
            var context = new ValidationContext(new ValidationOptions { ShowSecrets = true });
            context.Report(rule, Somewhere, Enumerable.Range(0, rule.ArgumentCount).Select(i => (object?)("a" + i)).ToArray());
            var diagnostic = context.Diagnostics.Single();

            var messages = new string[16];
            Parallel.For(0, messages.Length, i => messages[i] = diagnostic.Message);

            messages.Distinct().Should().ContainSingle().Which.Should().Be(diagnostic.Message);
        }

        [Fact]
        public void A_severity_override_keeps_the_message()
        {
            var rule = RuleCatalogue.All.First(r => r.ArgumentCount >= 1);
            var options = new ValidationOptions { ShowSecrets = true };
            options.SeverityOverrides[rule.Id] = DiagnosticSeverity.Error;
            var context = new ValidationContext(options);
            object?[] args = Enumerable.Range(0, rule.ArgumentCount).Select(i => (object?)("w" + i)).ToArray();

            context.Report(rule, Somewhere, args);

            var diagnostic = context.Diagnostics.Single();
            diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
            diagnostic.Message.Should().Be(rule.FormatMessage(args));
            diagnostic.WithSeverity(DiagnosticSeverity.Info).Message.Should().Be(diagnostic.Message);
        }
    }
}
