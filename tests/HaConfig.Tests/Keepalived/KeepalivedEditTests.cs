using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.Keepalived
{
    public class KeepalivedEditTests
    {
        public static TheoryData<string> FilesWithPriority() =>
            Corpus.Theory("keepalived", text => KeepalivedConfig.Parse(text).VrrpInstances.Any(i => i.Priority is not null));

        [SkippableTheory]
        [MemberData(nameof(FilesWithPriority))]
        public void Setting_priority_of_every_instance_changes_exactly_one_line(string file)
        {
            var text = Corpus.ReadText(file);
            var instances = KeepalivedConfig.Parse(text, file).VrrpInstances.Where(i => i.Priority is not null).ToList();
            instances.Should().NotBeEmpty();

            for (int n = 0; n < instances.Count; n++)
            {
                var config = KeepalivedConfig.Parse(text, file);
                var instance = config.VrrpInstances.Where(i => i.Priority is not null).ElementAt(n);

                instance.Priority = instance.Priority == 150 ? 151 : 150;

                ChangedLines(text, config.ToString()).Should().Be(1);
                KeepalivedConfig.Parse(config.ToString()).VrrpInstances.Where(i => i.Priority is not null).ElementAt(n).Priority.Should().Be(instance.Priority);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(FilesWithPriority))]
        public void Setting_priority_keeps_keepalived_accepting_what_it_accepted(string file)
        {
            var path = Corpus.FullPath(file);
            var config = KeepalivedConfig.Load(path);
            var instance = config.VrrpInstances.FirstOrDefault(i => i.Priority is not null);
            instance.Should().NotBeNull();
            using var directory = new TemporaryDirectory();
            var copy = System.IO.Path.Combine(directory.Path, System.IO.Path.GetFileName(path));
            File.Copy(path, copy);
            var before = Oracle.CheckKeepalivedFile(copy);

            instance!.Priority = 150;
            config.Save(copy);
            var after = Oracle.CheckKeepalivedFile(copy);

            (after.ExitCode == 0).Should().Be(before.ExitCode == 0, $"before: {before}; after: {after}");
        }

        [Fact]
        public void Adding_a_vip_copies_the_indentation_of_its_siblings()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n\tvirtual_ipaddress {\n\t\t10.0.0.1/24\n\t}\n}\n");

            config.VrrpInstances.Single().AddVirtualIpAddress("10.0.0.2/24", "dev", "eth0");

            config.ToString().Should().Be("vrrp_instance VI_1 {\n\tvirtual_ipaddress {\n\t\t10.0.0.1/24\n\t\t10.0.0.2/24 dev eth0\n\t}\n}\n");
            config.VrrpInstances.Single().VirtualIpAddresses.Select(v => v.Address).Should().Equal("10.0.0.1", "10.0.0.2");
        }

        [Fact]
        public void Adding_a_vip_to_a_one_line_block_moves_the_closing_brace_to_its_own_line()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n  virtual_ipaddress { 10.0.0.1/24 }\n}\n");

            config.VrrpInstances.Single().AddVirtualIpAddress("10.0.0.2/24");

            config.ToString().Should().Be("vrrp_instance VI_1 {\n  virtual_ipaddress { 10.0.0.1/24\n      10.0.0.2/24\n  }\n}\n");
            config.VrrpInstances.Single().VirtualIpAddresses.Should().HaveCount(2);
        }

        [Fact]
        public void Setting_a_missing_value_adds_a_line_with_sibling_indentation()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n   state BACKUP\n}\n");

            config.VrrpInstances.Single().Priority = 90;

            config.ToString().Should().Be("vrrp_instance VI_1 {\n   state BACKUP\n   priority 90\n}\n");
        }

        [Fact]
        public void Setting_a_value_in_a_one_line_block_rewrites_only_that_word()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 { priority 100 } # keep\n");

            config.VrrpInstances.Single().Priority = 101;

            config.ToString().Should().Be("vrrp_instance VI_1 { priority 101 } # keep\n");
        }

        [Fact]
        public void A_value_with_a_comment_character_is_quoted_so_keepalived_reads_it_back()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n  authentication {\n    auth_pass x\n  }\n}\n");
            var auth = config.VrrpInstances.Single().Authentication!.Block;

            auth.Find("auth_pass")!.SetArgument(0, "k@l!ve1");

            config.ToString().Should().Contain("auth_pass \"k@l!ve1\"\n");
            KeepalivedConfig.Parse(config.ToString()).VrrpInstances.Single().Authentication!.AuthPass.Should().Be("k@l!ve1");
        }

        [Fact]
        public void Removing_a_flag_removes_only_its_line()
        {
            var config = KeepalivedConfig.Parse("vrrp_instance VI_1 {\n  nopreempt\n  priority 100\n}\n");

            config.VrrpInstances.Single().Nopreempt = false;

            config.ToString().Should().Be("vrrp_instance VI_1 {\n  priority 100\n}\n");
        }

        private static int ChangedLines(string before, string after)
        {
            var a = before.Split('\n');
            var b = after.Split('\n');
            if (a.Length != b.Length) return Math.Abs(a.Length - b.Length) + 1000;
            return a.Where((line, i) => line != b[i]).Count();
        }
    }
}
