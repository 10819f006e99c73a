using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using HaConfig.Conversion;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Topology;

namespace HaConfig.Fuzz
{
    /// <summary>
    /// One thing fuzzed: a function of the input bytes that throws when an invariant breaks, the seeds it starts from
    /// (taken from a folder of real files, plus a built-in one so it runs without any), and the words its mutations insert.
    /// </summary>
    public sealed class FuzzTarget
    {
        private readonly Func<IReadOnlyList<(string Path, byte[] Bytes)>, IEnumerable<byte[]>> _seeds;

        /// <summary>A target of one's own (the harness's tests use one that fails on purpose); every file is a seed.</summary>
        public FuzzTarget(string name, Action<byte[]> run)
            : this(name, name, run, files => files.Select(f => f.Bytes))
        {
        }

        private FuzzTarget(string name, string description, Action<byte[]> run, Func<IReadOnlyList<(string Path, byte[] Bytes)>, IEnumerable<byte[]>> seeds, params string[] tokens)
        {
            Name = name;
            Description = description;
            Run = run;
            _seeds = seeds;
            Tokens = tokens.Select(t => Encoding.UTF8.GetBytes(t)).ToList();
        }

        /// <summary>Every target, in the order <c>all</c> runs them.</summary>
        public static IReadOnlyList<FuzzTarget> All { get; } = new[]
        {
            new FuzzTarget("haproxy", "haproxy.cfg: parse, round trip, validate, model, format and re-parse, document round trip", ConfigTargets.HAProxy,
                files => Configs(files, ConfigFormat.HAProxy).Append(Utf8(BuiltIn.HAProxy)),
                "global", "defaults", "frontend", "backend", "listen", "userlist", "peers", "resolvers", "server", "bind", "mode http", "mode tcp",
                "timeout client 5s", "option httpchk", "acl a path_beg /a", "use_backend", " if ", " unless ", "!", "{ ", " }", ".if", ".elif", ".else",
                ".endif", ".diag", "defined(X)", "${X}", "\"${X}\"", "check", "weight 300", "inter 2s", "ssl crt", "default-server", "server-template",
                "http-request deny", "stats auth a:b", "user u insecure-password p", "*:80", "[::1]:443", "0.0.0.0:1-65535", " #", "\\ ", "'", "\""),
            new FuzzTarget("keepalived", "keepalived.conf: parse, round trip, validate, expand, model, format and re-parse, document round trip", ConfigTargets.Keepalived,
                files => Configs(files, ConfigFormat.Keepalived).Append(Utf8(BuiltIn.Keepalived)),
                "global_defs", "vrrp_instance VI {", "vrrp_script chk {", "vrrp_sync_group G {", "virtual_server 10.0.0.1 80 {", "real_server",
                "state MASTER", "virtual_router_id 51", "priority 255", "authentication {", "auth_pass", "virtual_ipaddress {", "track_script {",
                "include ", "$X=1", "$X", "${X}", "@main ", "@^main ", "~SEQ(i,1,3)", "~LST(a,b,c)", "$(", "{", "}", " # ", " ! ", "\"", "\\\n",
                "10.0.0.1/24", "fe80::1/64", "dev eth0", "unicast_peer {", "notify_master", "script \"/bin/true\""),
            new FuzzTarget("json", "convert --from json: JSON documents to configurations", DocumentTargets.Json,
                files => Documents(files, DocumentFormat.Json, ".json"),
                "{", "}", "[", "]", "\"format\":", "\"haproxy\"", "\"keepalived\"", "\"version\": \"1\"", "\"lines\":", "\"words\":", "\"comment\":",
                "\"block\":", ":", ",", "null", "true", "1e999", "-0", "\"\\u0000\"", "\"\\ud800\"", "\"<redacted>\""),
            new FuzzTarget("yaml", "convert --from yaml: YAML documents to configurations", DocumentTargets.Yaml,
                files => Documents(files, DocumentFormat.Yaml, ".yaml", ".yml"),
                "format: haproxy", "format: keepalived", "version: '1'", "- ", ": ", "  ", "---", "...", "&a ", "*a", "!!str ", "!tag ", "<<: ", "? ",
                "[", "]", "{", "}", "|", ">", "'", "\"", "#", "~", "null", "<redacted>", "%YAML 1.2\n"),
            new FuzzTarget("topology", "generate: topology YAML read, validated, rendered and validated as a pair", DocumentTargets.Topology,
                files => Topologies(files),
                "name: ", "vip: ", "prefixLength: ", "interface: ", "virtualRouterId: ", "authPass: ", "frontendPort: ", "backendPort: ", "unicast: ",
                "healthCheck:", "  path: ", "  interval: ", "  fall: ", "  rise: ", "  weight: ", "nodes:", "- name: ", "  address: ", "  priority: ",
                "  state: MASTER", "backends:", "::1", "255.255.255.255", "-1", "99999999999", "1e3", "3ms", "&a ", "*a", "!!binary ", "'", "\"", "\\"),
        };

        /// <summary>The name used on the command line.</summary>
        public string Name { get; }

        /// <summary>What the target runs and checks.</summary>
        public string Description { get; }

        /// <summary>Runs the target on one input; throws (<see cref="FuzzFailure"/> or anything else) on a bug.</summary>
        public Action<byte[]> Run { get; }

        /// <summary>Words the mutations insert.</summary>
        public IReadOnlyList<byte[]> Tokens { get; }

        /// <summary>The target named <paramref name="name"/>, or null.</summary>
        public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

        /// <summary>
        /// The seeds for this target from the files below <paramref name="directory"/> (when given; files over 1 MiB are
        /// left out), plus a built-in one.
        /// </summary>
        public IReadOnlyList<byte[]> Seeds(string? directory)
        {
            var files = new List<(string, byte[])>();
            if (directory is not null)
            {
                foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
                {
                    if (new FileInfo(path).Length <= 1 << 20) files.Add((path, File.ReadAllBytes(path)));
                }
            }

            return _seeds(files).ToList();
        }

        /// <inheritdoc />
        public override string ToString() => Name;

        private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

        private static IEnumerable<byte[]> Configs(IReadOnlyList<(string Path, byte[] Bytes)> files, ConfigFormat format) =>
            files.Where(f => FormatOf(f.Path, f.Bytes) == format).Select(f => f.Bytes);

        private static ConfigFormat FormatOf(string path, byte[] bytes)
        {
            var byName = ConfigFormatDetector.FromFileName(path);
            return byName != ConfigFormat.Unknown ? byName : ConfigFormatDetector.FromContent(ConfigText.Decode(bytes).Text);
        }

        // Documents: files already in this form, and every configuration without syntax errors converted to it.
        private static IEnumerable<byte[]> Documents(IReadOnlyList<(string Path, byte[] Bytes)> files, DocumentFormat format, params string[] extensions)
        {
            var options = new ConversionOptions { ShowSecrets = true };
            foreach (var (path, bytes) in files)
            {
                if (extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return bytes;
                    continue;
                }

                string text = ConfigText.Decode(bytes).Text;
                switch (FormatOf(path, bytes))
                {
                    case ConfigFormat.HAProxy when HAProxyConfig.Parse(text) is { HasErrors: false } haproxy:
                        yield return Utf8(ConfigConverter.ToDocument(haproxy, format, options));
                        break;
                    case ConfigFormat.Keepalived when KeepalivedConfig.Parse(text) is { HasErrors: false } keepalived:
                        yield return Utf8(ConfigConverter.ToDocument(keepalived, format, options));
                        break;
                }
            }

            yield return Utf8(ConfigConverter.ToDocument(HAProxyConfig.Parse(BuiltIn.HAProxy), format, options));
            yield return Utf8(ConfigConverter.ToDocument(KeepalivedConfig.Parse(BuiltIn.Keepalived), format, options));
        }

        private static IEnumerable<byte[]> Topologies(IReadOnlyList<(string Path, byte[] Bytes)> files)
        {
            foreach (var (path, bytes) in files)
            {
                if (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) yield return bytes;
            }

            yield return Utf8(HaPairTopologyYaml.Serialize(BuiltIn.Topology(IPAddress.Parse("192.168.0.100"), unicast: false)));
            yield return Utf8(HaPairTopologyYaml.Serialize(BuiltIn.Topology(IPAddress.Parse("fd00::100"), unicast: true)));
        }
    }
}
