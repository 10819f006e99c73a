using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FluentAssertions;
using HaConfig.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace HaConfig.Analyzers.Tests
{
    /// <summary>
    /// Packs HaConfig, builds a fresh net10.0 console project that references the package from a local folder, and checks
    /// what the real compiler reports for its haproxy.cfg. Slow (about a minute): filter with <c>Category!=EndToEnd</c>.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public sealed class EndToEndTests : IDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        private readonly ITestOutputHelper _output;
        private readonly string _root = Path.Combine(Path.GetTempPath(), "haconfig-e2e-" + Guid.NewGuid().ToString("N"));

        public EndToEndTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_root);
        }

        [Fact]
        public void A_consumer_build_reports_configuration_problems_in_its_haproxy_cfg_and_the_opt_out_silences_them()
        {
            string feed = Path.Combine(_root, "feed");
            string packages = Path.Combine(_root, "packages");
            string consumer = Path.Combine(_root, "consumer");

            DotnetCli.Result pack;
            using (DotnetCli.PackLock())
            {
                string sources = DotnetCli.CopySourcesForPacking(Repository.Root, Path.Combine(_root, "src-copy"));
                pack = Dotnet(sources, packages, "pack", Path.Combine(sources, "src", "HaConfig"), "-c", "Release", "-o", feed, "--disable-build-servers");
            }

            pack.ExitCode.Should().Be(0, pack.Output);
            string package = Directory.GetFiles(feed, "HaConfig.*.nupkg").Should().ContainSingle().Subject;
            string version = Path.GetFileNameWithoutExtension(package).Substring("HaConfig.".Length);
            CheckPackageLayout(package);

            WriteConsumer(consumer, feed, version);
            var build = Dotnet(consumer, packages, "build", "-v:minimal", "--disable-build-servers");

            build.ExitCode.Should().NotBe(0, "HA1003 and HA0004 are errors by default");
            string cfg = Path.Combine(consumer, "haproxy.cfg");
            build.Output.Should().Contain($"{cfg}(3,17): error HA1003: proxy 'fe': unable to find required use_backend: 'nope'");
            build.Output.Should().Contain($"{cfg}(9,32): error HA0004: missing LF on last line");
            build.Output.Should().Contain($"{Path.Combine(consumer, "lb", "edge.txt")}(3,17): error HA1003", "HaConfigKind metadata makes any file a configuration");
            build.Output.Should().NotContain(Path.Combine(consumer, "bin"), "files under bin/ and obj/ are not linted");
            foreach (string id in new[] { "AD0001", "CS8032", "CS8033", "CS9057" }) build.Output.Should().NotContain(id);

            // Builder code: exactly the two findings in Lb.cs, on the argument that causes each.
            string lb = Path.Combine(consumer, "Lb.cs");
            var builderFindings = build.Output.Split('\n').Where(l => l.Contains(lb, StringComparison.Ordinal) && l.Contains(": warning HA", StringComparison.Ordinal) || l.Contains(lb, StringComparison.Ordinal) && l.Contains(": error HA", StringComparison.Ordinal))
                .Select(l => l.Substring(l.IndexOf(lb, StringComparison.Ordinal) + lb.Length).Split(" (https")[0].Trim()).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();
            builderFindings.Should().Equal(
                "(10,85): warning HA1007: server 'web2' in backend 'web' has no 'check' and no health check of any kind",
                "(19,97): warning HA9001: vrrp_instance VI_DB uses virtual_router_id 51 on interface eth0, as vrrp_instance VI_API built elsewhere in this type does");

            var optedOut = Dotnet(consumer, packages, "build", "-v:minimal", "--disable-build-servers", "-p:HaConfigLintConfigFiles=false");
            optedOut.ExitCode.Should().Be(0, optedOut.Output);
            optedOut.Output.Should().NotContain("HA1003").And.NotContain("HA0004");
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // a file still held by an exiting build process; the temp folder is cleaned by the system
            }
        }

        private DotnetCli.Result Dotnet(string directory, string packages, params string[] arguments)
        {
            var started = DateTime.UtcNow;
            var result = DotnetCli.Run(directory, packages, Timeout, arguments);
            _output.WriteLine($"dotnet {string.Join(' ', arguments)} -> {result.ExitCode} in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
            _output.WriteLine(result.Output);
            return result;
        }

        private static void WriteConsumer(string consumer, string feed, string version)
        {
            Directory.CreateDirectory(Path.Combine(consumer, "lb"));
            Directory.CreateDirectory(Path.Combine(consumer, "bin", "old"));
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="HaConfig" Version="{version}" />
                    <AdditionalFiles Include="lb/edge.txt" HaConfigKind="haproxy" Condition="'$(HaConfigLintConfigFiles)' != 'false'" />
                  </ItemGroup>
                </Project>
                """);
            // The local feed is added to the user's sources (no <clear/>): the SDK's own packages still restore.
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="haconfig-e2e" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), "Console.WriteLine(\"consumer\");\n");
            File.WriteAllText(Path.Combine(consumer, "Lb.cs"), """
                using HaConfig.HAProxy;
                using HaConfig.Keepalived;

                internal static class Lb
                {
                    public static HAProxyConfig Web() => HAProxyConfig.Create()
                        .Defaults(d => d.Mode(ProxyMode.Http).Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
                            .Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(30)).Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30)))
                        .Frontend("fe", f => f.Bind(80).DefaultBackend("web"))
                        .Backend("web", b => b.Server("web1", "10.0.0.1:80", s => s.Check()).Server("web2", "10.0.0.2:80"))
                        .Build();

                    public static KeepalivedConfig Api() => KeepalivedConfig.Create()
                        .VrrpInstance("VI_API", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId(51).Priority(100)
                            .VirtualIpAddress(System.Net.IPAddress.Parse("192.168.1.10")))
                        .Build();

                    public static KeepalivedConfig Db() => KeepalivedConfig.Create()
                        .VrrpInstance("VI_DB", i => i.State(VrrpState.Backup).Interface("eth0").VirtualRouterId(51).Priority(100)
                            .VirtualIpAddress(System.Net.IPAddress.Parse("192.168.1.20")))
                        .Build();
                }
                """);
            const string Undefined = "frontend fe\n    bind :80\n    use_backend nope\n    default_backend web\n    timeout client 5s\nbackend web\n    timeout connect 5s\n    timeout server 5s\n    server s1 10.0.0.1:80 check";
            File.WriteAllText(Path.Combine(consumer, "haproxy.cfg"), Undefined);
            File.WriteAllText(Path.Combine(consumer, "lb", "edge.txt"), Undefined + "\n");
            File.WriteAllText(Path.Combine(consumer, "bin", "old", "haproxy.cfg"), "frontend fe\n    use_backend stale\n");
        }

        private static void CheckPackageLayout(string package)
        {
            using var zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            entries.Should().Contain(new[]
            {
                "lib/netstandard2.0/HaConfig.dll", "lib/net8.0/HaConfig.dll",
                "build/HaConfig.props", "buildTransitive/HaConfig.props",
            });
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal))
                .Should().BeEquivalentTo(
                    "analyzers/dotnet/cs/HaConfig.Analyzers.dll", "analyzers/dotnet/cs/HaConfig.Analyzers.CodeFixes.dll",
                    "analyzers/dotnet/cs/HaConfig.dll", "analyzers/dotnet/cs/YamlDotNet.dll");

            // The analyzer folder holds the netstandard2.0 build of the library, and nothing the compiler cannot load.
            Read(zip, "analyzers/dotnet/cs/HaConfig.dll").Should().Equal(Read(zip, "lib/netstandard2.0/HaConfig.dll"));
            foreach (string entry in new[] { "analyzers/dotnet/cs/HaConfig.Analyzers.dll", "analyzers/dotnet/cs/HaConfig.Analyzers.CodeFixes.dll", "analyzers/dotnet/cs/HaConfig.dll" })
            {
                foreach (var (name, assemblyVersion) in References(Read(zip, entry)))
                {
                    bool loadable = name is "netstandard" or "HaConfig" or "HaConfig.Analyzers" or "YamlDotNet" || name.StartsWith("System.", StringComparison.Ordinal)
                        || (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && assemblyVersion <= new Version(4, 8, 0, 0));
                    loadable.Should().BeTrue($"{entry} references {name} {assemblyVersion}, which the compiler does not provide");
                }
            }
        }

        private static byte[] Read(ZipArchive zip, string entry)
        {
            using var stream = zip.GetEntry(entry)!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        private static IEnumerable<(string Name, Version Version)> References(byte[] assembly)
        {
            using var pe = new PEReader(new MemoryStream(assembly));
            var reader = pe.GetMetadataReader();
            return reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h))
                .Select(r => (reader.GetString(r.Name), r.Version)).ToList();
        }
    }
}
