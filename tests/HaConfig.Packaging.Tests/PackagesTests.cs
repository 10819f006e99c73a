using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using HaConfig.Analyzers.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Packaging.Tests
{
    /// <summary>
    /// Packs the three packable projects once into a local folder and inspects what a user would download: the three packages,
    /// their files, metadata and dependencies, and the haconfig tool installed from that folder.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public sealed class PackagesTests : IClassFixture<PackagesTests.PackedSolution>
    {
        private readonly PackedSolution _packed;

        public PackagesTests(PackedSolution packed) => _packed = packed;

        [Fact]
        public void Exactly_the_three_packages_and_their_symbols_are_produced()
        {
            Directory.GetFiles(_packed.Feed).Select(Path.GetFileName).Should().BeEquivalentTo(
                $"HaConfig.{_packed.Version}.nupkg", $"HaConfig.{_packed.Version}.snupkg",
                $"HaConfig.Testing.{_packed.Version}.nupkg", $"HaConfig.Testing.{_packed.Version}.snupkg",
                $"HaConfig.Tool.{_packed.Version}.nupkg", $"HaConfig.Tool.{_packed.Version}.snupkg");
        }

        [Fact]
        public void The_library_package_has_both_targets_docs_analyzers_and_the_readme()
        {
            var entries = Entries("HaConfig");
            entries.Should().Contain(new[]
            {
                "lib/netstandard2.0/HaConfig.dll", "lib/netstandard2.0/HaConfig.xml",
                "lib/net8.0/HaConfig.dll", "lib/net8.0/HaConfig.xml",
                "analyzers/dotnet/cs/HaConfig.Analyzers.dll", "analyzers/dotnet/cs/HaConfig.dll",
                "buildTransitive/HaConfig.props", "README.md",
            });
            entries.Should().NotContain(e => e.Contains("Tests") || e.Contains("Benchmark") || e.Contains("xunit", StringComparison.OrdinalIgnoreCase));
        }

        [Theory]
        [InlineData("HaConfig", new[] { "System.Memory", "YamlDotNet" })]
        [InlineData("HaConfig.Testing", new[] { "HaConfig", "FluentAssertions", "xunit.extensibility.core" })]
        [InlineData("HaConfig.Tool", new string[0])]
        public void Packages_depend_on_nothing_unexpected(string id, string[] allowed)
        {
            var nuspec = Nuspec(id);
            XNamespace ns = nuspec.Root!.Name.Namespace;
            var dependencies = nuspec.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).Distinct();
            dependencies.Should().BeSubsetOf(allowed, $"{id} must not pull in anything else");
        }

        [Theory]
        [InlineData("HaConfig")]
        [InlineData("HaConfig.Testing")]
        [InlineData("HaConfig.Tool")]
        public void Every_package_has_complete_metadata_and_the_same_version(string id)
        {
            var nuspec = Nuspec(id);
            XNamespace ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            foreach (var field in new[] { "id", "version", "authors", "description", "tags", "license", "projectUrl", "readme", "releaseNotes", "repository" })
            {
                metadata.Element(ns + field).Should().NotBeNull($"{id} needs <{field}>");
            }

            ((string)metadata.Element(ns + "version")!).Should().Be(_packed.Version);
            ((string)metadata.Element(ns + "license")!).Should().Be("Apache-2.0");
            Entries(id).Should().Contain("README.md");
        }

        [Fact]
        public void The_tool_installs_from_the_folder_and_lints_the_docs_example()
        {
            string tools = Path.Combine(_packed.Work, "tools");
            var install = DotnetCli.Run(_packed.Work, _packed.Packages, TimeSpan.FromMinutes(5),
                "tool", "install", "HaConfig.Tool", "--tool-path", tools, "--add-source", _packed.Feed, "--version", _packed.Version);
            install.ExitCode.Should().Be(0, install.Output);

            string haconfig = Path.Combine(tools, "haconfig");
            var version = Run(haconfig, "--version");
            version.ExitCode.Should().Be(0, version.Output);
            version.Output.Trim().Should().StartWith(_packed.Version);

            var lint = Run(haconfig, "lint", Path.Combine(PackedSolution.Root, "docs", "examples", "haproxy.cfg"));
            lint.ExitCode.Should().Be(0, lint.Output);
        }

        private IReadOnlyList<string> Entries(string id)
        {
            using var zip = ZipFile.OpenRead(Path.Combine(_packed.Feed, $"{id}.{_packed.Version}.nupkg"));
            return zip.Entries.Select(e => e.FullName).ToList();
        }

        private XDocument Nuspec(string id)
        {
            using var zip = ZipFile.OpenRead(Path.Combine(_packed.Feed, $"{id}.{_packed.Version}.nupkg"));
            using var stream = zip.Entries.Single(e => e.FullName == id + ".nuspec").Open();
            return XDocument.Load(stream);
        }

        private static (int ExitCode, string Output) Run(string file, params string[] arguments)
        {
            var start = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(60_000);
            return (process.ExitCode, output + error.Result);
        }

        /// <summary>Packs the solution once for all tests, into a scratch folder with its own package cache.</summary>
        public sealed class PackedSolution : IDisposable
        {
            public PackedSolution()
            {
                Work = Path.Combine(Path.GetTempPath(), "haconfig-pack-" + Guid.NewGuid().ToString("N").Substring(0, 12));
                Feed = Path.Combine(Work, "feed");
                Packages = Path.Combine(Work, "packages");
                Directory.CreateDirectory(Feed);
                Version = VersionFromProps();
                using var exclusive = DotnetCli.PackLock();
                string sources = DotnetCli.CopySourcesForPacking(Root, Path.Combine(Work, "src-copy"));
                foreach (var project in new[] { "src/HaConfig/HaConfig.csproj", "src/HaConfig.Testing/HaConfig.Testing.csproj", "src/HaConfig.Cli/HaConfig.Cli.csproj" })
                {
                    var pack = DotnetCli.Run(sources, Packages, TimeSpan.FromMinutes(8),
                        "pack", project, "-c", "Release", "-o", Feed, "-p:CI=true", "--disable-build-servers");
                    if (pack.ExitCode != 0) throw new InvalidOperationException($"dotnet pack {project} failed:\n" + pack.Output);
                }
            }

            public static string Root
            {
                get
                {
                    var directory = new DirectoryInfo(AppContext.BaseDirectory);
                    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HaConfig.sln"))) directory = directory.Parent;
                    return directory?.FullName ?? throw new InvalidOperationException("HaConfig.sln not found");
                }
            }

            public string Work { get; }

            public string Feed { get; }

            public string Packages { get; }

            public string Version { get; }

            public void Dispose()
            {
                try
                {
                    Directory.Delete(Work, true);
                }
                catch (IOException)
                {
                    // A leftover scratch folder must not fail the run.
                }
            }

            private static string VersionFromProps() =>
                (string)XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("Version").First();
        }
    }
}
