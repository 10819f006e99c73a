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
            KeepalivedExpansion.ExpandsToItself(KeepalivedConfig.Parse(plain)).Should().BeTrue();

            foreach (var text in new[] { "$IF=eth0\n", "@main priority 100\n", "~SEQ(i,1,3) x\n", "vrrp_script s {\n script \"a\\#b\"\n}\n", "include /etc/x.conf\n" })
            {
                KeepalivedExpansion.ExpandsToItself(KeepalivedConfig.Parse(text)).Should().BeFalse(text);
            }
        }

        [Fact]
        public void A_plain_file_longer_than_the_generated_line_cap_is_read_whole()
        {
            // The cap bounds what ~SEQ/~LST and definitions add; lines written in the file never count against it.
            var text = string.Concat(Enumerable.Repeat("vrrp_script s {\n    interval 0\n}\n", 50));
            var config = KeepalivedConfig.Parse(text);

            KeepalivedExpansion.ExpandsToItself(config).Should().BeTrue();
            var expansion = KeepalivedExpansion.Expand(config, new KeepalivedExpansionOptions { MaxGeneratedLines = 10 });
            expansion.Lines.Should().HaveCount(150);
            expansion.Diagnostics.Should().BeEmpty();
        }

        [Fact]
        public void A_file_over_100k_lines_that_needs_expansion_is_validated_without_hitting_the_cap()
        {
            // A definition forces the expansion path (not the read-the-source-directly one).
            var text = "$PRIO=100\n" + string.Concat(Enumerable.Repeat("global_defs {\n}\n", 50_005));

            KeepalivedConfig.Parse(text).Validate().Select(d => d.Id).Should().NotContain("HA0029");
        }

        [Fact]
        public void Only_generated_lines_count_against_the_cap()
        {
            string plain = string.Concat(Enumerable.Repeat("global_defs {\n}\n", 20));
            var config = KeepalivedConfig.Parse(plain + "~SEQ(i, 1, 100) x $i\n");

            var expansion = KeepalivedExpansion.Expand(config, new KeepalivedExpansionOptions { MaxGeneratedLines = 30 });

            // 40 written lines, the sequence's first line, then 30 generated ones before the cap.
            expansion.Lines.Should().HaveCount(40 + 1 + 30);
            expansion.Diagnostics.Select(d => d.Id).Should().Equal("HA0029");
        }

        private static string Describe(HaConfig.Diagnostics.Diagnostic d) => $"{d.Id} {d.Severity} {d.Line}:{d.Column} {d.Message}";
    }
}
