using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using HaConfig.Topology;
using Xunit;

namespace HaConfig.Tests.Robustness
{
    /// <summary>
    /// The library reads configurations; it never runs what they name and never touches the network. Proved two ways:
    /// configurations whose scripts would leave a marker file go through every operation and no marker appears, and the
    /// library's metadata references no API that starts processes, resolves names or opens connections.
    /// </summary>
    public class NoExecutionTests
    {
        private static readonly string[] ForbiddenTypes =
        {
            "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo", "System.Net.Dns", "System.Net.Sockets.Socket",
            "System.Net.Sockets.TcpClient", "System.Net.Sockets.UdpClient", "System.Net.Http.HttpClient", "System.Net.WebClient",
            "System.Net.WebRequest",
        };

        [Fact]
        public void Scripts_named_by_configurations_are_never_run()
        {
            using var directory = new TemporaryDirectory();
            string marker = Path.Combine(directory.Path, "ran");
            string touch = $"/usr/bin/touch {marker}";
            string keepalived =
                "global_defs {\n    enable_script_security\n    script_user root\n}\n" +
                $"vrrp_script chk {{\n    script \"{touch}\"\n    interval 1\n}}\n" +
                $"vrrp_instance VI_1 {{\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n    priority 101\n    notify_master \"{touch}\"\n" +
                "    virtual_ipaddress {\n        192.168.0.100\n    }\n    track_script {\n        chk\n    }\n}\n" +
                $"virtual_server 192.168.0.100 80 {{\n    real_server 192.168.0.11 80 {{\n        MISC_CHECK {{\n            misc_path \"{touch}\"\n        }}\n    }}\n}}\n";
            string haproxy =
                $"global\n    external-check\n    insecure-fork-wanted\n\nprogram touch\n    command {touch}\n\n" +
                $"backend be\n    option external-check\n    external-check command {touch}\n    server s1 never-resolve.invalid:80 check\n";
            string keepalivedPath = Path.Combine(directory.Path, "keepalived.conf");
            string haproxyPath = Path.Combine(directory.Path, "haproxy.cfg");
            File.WriteAllText(keepalivedPath, keepalived);
            File.WriteAllText(haproxyPath, haproxy);

            var k = KeepalivedConfig.Load(keepalivedPath);
            k.Validate();
            k.ToFormattedString();
            HaConfig.Conversion.ConfigConverter.ToDocument(k, HaConfig.Conversion.DocumentFormat.Json);
            var h = HAProxyConfig.Load(haproxyPath);
            h.Validate(new HaConfig.Validation.ValidationOptions { FileCheckBaseDirectory = directory.Path });
            h.ToFormattedString();
            HaConfig.Conversion.ConfigConverter.ToDocument(h, HaConfig.Conversion.DocumentFormat.Yaml);
            ConfigLinter.Lint(keepalived, keepalivedPath, ConfigFormat.Keepalived);
            ConfigLinter.Lint(haproxy, haproxyPath, ConfigFormat.HAProxy);
            new HaPair(new[] { new HaPairNodeConfig("lb1", k, h) }).Validate();

            File.Exists(marker).Should().BeFalse("nothing a configuration names is ever executed");
        }

        [Fact]
        public void The_library_references_no_process_name_resolution_or_network_api()
        {
            string assembly = typeof(HAProxyConfig).Assembly.Location;
            using var pe = new PEReader(File.OpenRead(assembly));
            var reader = pe.GetMetadataReader();
            var referenced = new HashSet<string>(StringComparer.Ordinal);
            foreach (var handle in reader.TypeReferences)
            {
                var type = reader.GetTypeReference(handle);
                referenced.Add(reader.GetString(type.Namespace) + "." + reader.GetString(type.Name));
            }

            referenced.Intersect(ForbiddenTypes).Should().BeEmpty("HaConfig must never run a script, resolve a name or open a connection");
        }
    }
}
