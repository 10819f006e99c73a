using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.HAProxy;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace HaConfig.Testing.Tests
{
    public class HaConfigFilesTests
    {
        [Theory]
        [HaConfigFiles("Fixtures/deploy")]
        public void Every_fixture_config_is_valid(ConfigFile file) => file.Should().BeValid();

        [Fact]
        public void The_fixture_folder_yields_every_config_sorted_with_its_kind() =>
            HaConfigFilesAttribute.Find("Fixtures/deploy").Select(f => $"{f} {f.Kind} {f.Path}").Should().Equal(
                "edge.cfg HAProxy Fixtures/deploy/edge.cfg",
                "haproxy.cfg HAProxy Fixtures/deploy/haproxy.cfg",
                "nested/keepalived-backup.conf Keepalived Fixtures/deploy/nested/keepalived-backup.conf");

        [Fact]
        public void A_temporary_folder_yields_named_and_detected_files_and_skips_the_rest()
        {
            using var folder = new TemporaryFolder();
            folder.Write("haproxy-edge.cfg", "# named: no content check\n");
            folder.Write("keepalived.conf", "vrrp_instance VI_1 {\n}\n");
            folder.Write("lb/main.conf", "global_defs {\n}\n");
            folder.Write("lb/site.cfg", "frontend web\n    bind :80\n");
            folder.Write("notes.cfg", "just some words\n");
            folder.Write("haproxy.txt", "global\n");

            var data = new HaConfigFilesAttribute(folder.Path).GetData(typeof(HaConfigFilesTests).GetMethod(nameof(Every_fixture_config_is_valid))!).ToList();

            data.Select(row => (ConfigFile)row.Single()).Select(f => $"{f} {f.Kind}").Should().Equal(
                "haproxy-edge.cfg HAProxy",
                "keepalived.conf Keepalived",
                "lb/main.conf Keepalived",
                "lb/site.cfg HAProxy");
        }

        [Fact]
        public void Only_restricts_the_files_to_one_format()
        {
            var attribute = new HaConfigFilesAttribute("Fixtures/deploy") { Only = ConfigFormat.Keepalived };

            attribute.GetData(typeof(HaConfigFilesTests).GetMethod(nameof(Every_fixture_config_is_valid))!)
                .Select(row => row.Single().ToString()).Should().Equal("nested/keepalived-backup.conf");
        }

        [Fact]
        public void An_absolute_folder_gives_absolute_paths()
        {
            using var folder = new TemporaryFolder();
            string full = folder.Write("haproxy.cfg", "global\n");

            HaConfigFilesAttribute.Find(folder.Path).Single().Path.Should().Be(full);
        }

        [Fact]
        public void A_missing_folder_fails_with_where_it_looked()
        {
            var act = () => new HaConfigFilesAttribute("no/such/folder").GetData(typeof(HaConfigFilesTests).GetMethod(nameof(Every_fixture_config_is_valid))!);

            act.Should().Throw<DirectoryNotFoundException>().WithMessage(
                $"HaConfigFiles: folder 'no/such/folder' does not exist (looked in {Path.GetFullPath("no/such/folder")}).");
        }

        [Fact]
        public void A_folder_without_configs_fails_rather_than_running_nothing()
        {
            using var folder = new TemporaryFolder();
            folder.Write("notes.txt", "nothing here\n");

            var act = () => new HaConfigFilesAttribute(folder.Path).GetData(typeof(HaConfigFilesTests).GetMethod(nameof(Every_fixture_config_is_valid))!).ToList();

            act.Should().Throw<InvalidOperationException>().WithMessage(
                $"HaConfigFiles: no haproxy or keepalived configuration under '{folder.Path}' (looked in {folder.Path}).");
        }

        [Fact]
        public void A_config_file_survives_xunit_serialization()
        {
            var file = HaConfigFilesAttribute.Find("Fixtures/deploy").Single(f => f.RelativePath == "haproxy.cfg");

            var copy = SerializationHelper.Deserialize<ConfigFile>(SerializationHelper.Serialize(file));

            (copy.Path, copy.RelativePath, copy.Kind).Should().Be((file.Path, file.RelativePath, file.Kind));
            copy.ToString().Should().Be("haproxy.cfg");
            copy.HAProxy.FindBackend("apiserver").Should().NotBeNull();
        }

        [Fact]
        public void A_config_file_exposes_its_parsed_configuration()
        {
            var files = HaConfigFilesAttribute.Find("Fixtures/deploy");

            files[1].Config.Should().BeOfType<HAProxyConfig>().Which.Path.Should().Be("Fixtures/deploy/haproxy.cfg");
            files[2].Keepalived.FindVrrpInstance("VI_1")!.Priority.Should().Be(100);
            files[2].Text.Should().Be(File.ReadAllText("Fixtures/deploy/nested/keepalived-backup.conf"));
        }

        [Fact]
        public void Asking_a_keepalived_file_for_its_HAProxy_config_throws() =>
            FluentActions.Invoking(() => HaConfigFilesAttribute.Find("Fixtures/deploy")[2].HAProxy)
                .Should().Throw<InvalidOperationException>().WithMessage("nested/keepalived-backup.conf is a keepalived configuration, not an HAProxy one.");

        [Fact]
        public void BeValid_on_a_file_names_its_path()
        {
            using var folder = new TemporaryFolder();
            folder.Write("keepalived.conf", "vrrp_instance VI_1 {\n    virtual_router_id 0\n}\n");
            var file = HaConfigFilesAttribute.Find(folder.Path).Single();

            Samples.FailureOf(() => file.Should().BeValid()).Should().StartWith(
                $"Expected {file.Path} to be valid, but found ").And.Contain($"{file.Path}(2,23): HA2002 ");
        }

        [Fact]
        public void HaveNoWarnings_on_a_file_lists_its_warnings()
        {
            using var folder = new TemporaryFolder();
            folder.Write("keepalived.conf", Samples.KeepalivedText);
            var file = HaConfigFilesAttribute.Find(folder.Path).Single();

            Samples.FailureOf(() => file.Should().HaveNoWarnings()).Should().StartWith(
                $"Expected {file.Path} to have no warnings, but found 1 warning:\n  {file.Path}(2,5): HA2011 ");
        }
    }
}
