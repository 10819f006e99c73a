using System.Linq;
using FluentAssertions;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Tests.Keepalived
{
    /// <summary>
    /// Validation reads a file that expands to itself directly, without expanding it: it must report exactly what the
    /// expanded path reports, on every corpus file (the fast path is refused for those that need expanding).
    /// </summary>
    public class KeepalivedExpansionFastPathTests
    {
        public static TheoryData<string> KeepalivedFiles() => Corpus.Theory("keepalived");

        [SkippableTheory]
        [MemberData(nameof(KeepalivedFiles))]
        public void Validating_without_expanding_reports_what_the_expanded_view_reports(string file)
        {
            var text = Corpus.ReadText(file);

            var fast = KeepalivedConfig.Parse(text, file).Validate(new ValidationOptions { ShowSecrets = true });
            var expanded = KeepalivedConfig.Parse(text, file).Validate(new ValidationOptions { ShowSecrets = true, AlwaysExpand = true });

            fast.Select(Describe).Should().Equal(expanded.Select(Describe));
        }

        [Fact]
        public void A_plain_file_expands_to_itself_and_one_with_expansion_features_does_not()
        {
            const string plain = "! comment\nvrrp_instance VI_1 {   # trailing\n    state MASTER\n    priority 100\n}\n";
            KeepalivedExpansion.ExpandsToItself(KeepalivedConfig.Parse(plain), new KeepalivedExpansionOptions()).Should().BeTrue();

            foreach (var text in new[] { "$IF=eth0\n", "@main priority 100\n", "~SEQ(i,1,3) x\n", "vrrp_script s {\n script \"a\\#b\"\n}\n", "include /etc/x.conf\n" })
            {
                KeepalivedExpansion.ExpandsToItself(KeepalivedConfig.Parse(text), new KeepalivedExpansionOptions()).Should().BeFalse(text);
            }
        }

        [Fact]
        public void A_file_over_the_expansion_cap_is_expanded_so_that_the_cap_still_applies()
        {
            var text = string.Concat(Enumerable.Repeat("vrrp_script s {\n    interval 2\n}\n", 5));
            KeepalivedExpansion.ExpandsToItself(KeepalivedConfig.Parse(text), new KeepalivedExpansionOptions { MaxGeneratedLines = 10 }).Should().BeFalse();
            KeepalivedExpansion.ExpandsToItself(KeepalivedConfig.Parse(text), new KeepalivedExpansionOptions { MaxGeneratedLines = 15 }).Should().BeTrue();
        }

        private static string Describe(HaConfig.Diagnostics.Diagnostic d) => $"{d.Id} {d.Severity} {d.Line}:{d.Column} {d.Message}";
    }
}
