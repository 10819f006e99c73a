#!/usr/bin/env python3
"""Generates the project measured by analyzer-build-time.sh: N C# files of HAProxy and keepalived builder chains and a
10,000-line haproxy.cfg as AdditionalFile, referencing HaConfig.dll and the analyzers from a local build folder."""
import os
import sys

work, files, binary = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(os.path.join(work, "src"), exist_ok=True)
with open(os.path.join(work, "Bench.csproj"), "w") as f:
    f.write(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <NoWarn>$(NoWarn);HA1007;HA1049;HA9001</NoWarn>
    <!-- Another build of the analyzers can be measured with -p:HaConfigAnalyzerDir=DIR. -->
    <HaConfigAnalyzerDir Condition="'$(HaConfigAnalyzerDir)' == ''">{binary}</HaConfigAnalyzerDir>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="{binary}/HaConfig.dll" />
    <Analyzer Include="$(HaConfigAnalyzerDir)/HaConfig.Analyzers.dll" Condition="'$(HaConfigAnalyzers)' != 'false'" />
    <Analyzer Include="$(HaConfigAnalyzerDir)/HaConfig.dll" Condition="'$(HaConfigAnalyzers)' != 'false'" />
    <Analyzer Include="$(HaConfigAnalyzerDir)/YamlDotNet.dll" Condition="Exists('$(HaConfigAnalyzerDir)/YamlDotNet.dll') And '$(HaConfigAnalyzers)' != 'false'" />
    <AdditionalFiles Include="haproxy.cfg" />
  </ItemGroup>
</Project>
""")

for i in range(files):
    with open(os.path.join(work, "src", f"Lb{i}.cs"), "w") as f:
        f.write(f"""using System.Net;
using HaConfig.HAProxy;
using HaConfig.Keepalived;

internal static class Lb{i}
{{
    public static HAProxyConfig Web() => HAProxyConfig.Create()
        .Defaults(d => d.Mode(ProxyMode.Http).Timeout(ProxyTimeout.Connect, TimeSpan.FromSeconds(5))
            .Timeout(ProxyTimeout.Client, TimeSpan.FromSeconds(30)).Timeout(ProxyTimeout.Server, TimeSpan.FromSeconds(30)))
        .Frontend("fe{i}", f => f.Bind(8000 + {i % 1000}).Acl("is_api", "path_beg", "/api")
            .UseBackend("api{i}", HaCondition.If("is_api")).DefaultBackend("web{i}"))
        .Backend("web{i}", b => b.Balance(BalanceAlgorithm.RoundRobin)
            .Server("w1", "10.0.{i % 250}.1:80", s => s.Check().Weight(10))
            .Server("w2", IPAddress.Parse("10.0.{i % 250}.2"), 80, s => s.Check()))
        .Backend("api{i}", b => b.Server("a1", "10.1.{i % 250}.1:8080", s => s.Check().Inter(TimeSpan.FromSeconds(2))))
        .Build();

    public static KeepalivedConfig Vrrp() => KeepalivedConfig.Create()
        .GlobalDefs(g => g.RouterId("lb{i}").EnableScriptSecurity().ScriptUser("root"))
        .VrrpScript("chk", s => s.Script("/usr/bin/true").Interval(TimeSpan.FromSeconds(2)))
        .VrrpInstance("VI_{i}", v => v.State(VrrpState.Backup).Interface("eth0").VirtualRouterId({i % 255 + 1}).Priority(100)
            .Authentication(VrrpAuthType.Pass, "k{i % 1000}").VirtualIpAddress(IPAddress.Parse("192.168.{i % 250}.10"), 24)
            .TrackScript("chk"))
        .Build();
}}
""")

with open(os.path.join(work, "Program.cs"), "w") as f:
    f.write("Console.WriteLine(Lb0.Web().ToString().Length);\n")

lines = ["global", "    maxconn 4096", "defaults", "    mode http", "    timeout connect 5s", "    timeout client 30s",
         "    timeout server 30s"]
n = 0
while len(lines) < 9994:
    lines += [f"frontend fe{n}", f"    bind :{10000 + n % 50000}", f"    default_backend be{n}",
              f"backend be{n}", f"    server s1 10.2.{n % 250}.1:80 check", f"    server s2 10.2.{n % 250}.2:80 check"]
    n += 1
with open(os.path.join(work, "haproxy.cfg"), "w") as f:
    lines += ["listen stats", "    bind :8404", "    mode http", "    stats enable", "    stats auth admin:secret", "    timeout client 30s"]
    f.write("\n".join(lines) + "\n")
