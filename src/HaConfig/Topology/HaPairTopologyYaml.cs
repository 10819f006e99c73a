using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace HaConfig.Topology
{
    /// <summary>
    /// Reads and writes <see cref="HaPairTopology"/> as YAML (shape in <c>docs/building.md</c>). Reading is safe: the
    /// text is bounded (<see cref="MaxLength"/>), tags, anchors and aliases are refused, only the documented keys are
    /// accepted, and every error carries the line and column of the offending node.
    /// </summary>
    public static class HaPairTopologyYaml
    {
        /// <summary>The largest text accepted, in characters.</summary>
        public const int MaxLength = 256 * 1024;

        /// <summary>Reads a topology from YAML text.</summary>
        /// <exception cref="HaPairTopologyYamlException">The text is not a valid topology; the message says where and why.</exception>
        public static HaPairTopology Parse(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            if (text.Length > MaxLength) throw new HaPairTopologyYamlException($"the file is larger than {MaxLength} characters.", 1, 1);
            var root = ReadRoot(text);
            return HaPairTopologyReader.Read(root);
        }

        /// <summary>Reads a topology from a YAML file.</summary>
        public static HaPairTopology Load(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxLength * 4L) throw new HaPairTopologyYamlException($"the file is larger than {MaxLength} characters.", 1, 1);
            return Parse(File.ReadAllText(path));
        }

        /// <summary>Writes a topology as YAML, every key present, in the documented order.</summary>
        public static string Serialize(HaPairTopology topology)
        {
            if (topology is null) throw new ArgumentNullException(nameof(topology));
            var root = new YamlMappingNode
            {
                { "name", Text(topology.Name) },
                { "vip", Plain(topology.VirtualIp.ToString()) },
            };
            if (topology.PrefixLength is not null) root.Add("prefixLength", Number(topology.PrefixLength.Value));
            root.Add("interface", Text(topology.Interface));
            root.Add("virtualRouterId", Number(topology.VirtualRouterId));
            root.Add("authPass", Text(topology.AuthPass));
            root.Add("frontendPort", Number(topology.FrontendPort));
            root.Add("backendPort", Number(topology.BackendPort));
            root.Add("unicast", Plain(topology.Unicast ? "true" : "false"));
            root.Add("healthCheck", new YamlMappingNode
            {
                { "path", Text(topology.HealthCheck.Path) },
                { "interval", Plain(HaDuration.FromTimeSpan(topology.HealthCheck.Interval).ToString()) },
                { "fall", Number(topology.HealthCheck.Fall) },
                { "rise", Number(topology.HealthCheck.Rise) },
                { "weight", Number(topology.HealthCheck.Weight) },
            });
            var nodes = new YamlSequenceNode();
            foreach (var node in topology.Nodes)
            {
                nodes.Add(new YamlMappingNode
                {
                    { "name", Text(node.Name) },
                    { "address", Plain(node.Address.ToString()) },
                    { "priority", Number(node.Priority) },
                    { "state", Plain(node.State == VrrpState.Master ? "MASTER" : "BACKUP") },
                });
            }

            root.Add("nodes", nodes);
            var backends = new YamlSequenceNode();
            foreach (var backend in topology.Backends)
            {
                var entry = new YamlMappingNode { { "name", Text(backend.Name) }, { "address", Plain(backend.Address.ToString()) } };
                if (backend.Port is not null) entry.Add("port", Number(backend.Port.Value));
                backends.Add(entry);
            }

            root.Add("backends", backends);
            var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
            string yaml = writer.ToString().Replace("\r\n", "\n");
            return yaml.EndsWith("...\n", StringComparison.Ordinal) ? yaml.Substring(0, yaml.Length - 4) : yaml;
        }

        /// <summary>Writes a topology to a YAML file.</summary>
        public static void Save(HaPairTopology topology, string path) => File.WriteAllText(path, Serialize(topology));

        private static YamlNode ReadRoot(string text)
        {
            var last = new Mark(0, 1, 1);
            try
            {
                // First pass over the events: refuse what a plain settings file never needs and a hostile one might use.
                var parser = new Parser(new StringReader(text));
                int depth = 0;
                while (parser.MoveNext())
                {
                    var current = parser.Current!;
                    last = current.Start;
                    if (current is AnchorAlias) Fail("aliases are not allowed.", current.Start);
                    if (current is NodeEvent node)
                    {
                        if (!node.Anchor.IsEmpty) Fail("anchors are not allowed.", current.Start);
                        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific) Fail($"tags are not allowed ('{node.Tag}').", current.Start);
                    }

                    if (current is MappingStart or SequenceStart && ++depth > 8) Fail("the document is nested too deeply.", current.Start);
                    if (current is MappingEnd or SequenceEnd) depth--;
                }

                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                if (stream.Documents.Count != 1) throw new HaPairTopologyYamlException($"expected one YAML document, found {stream.Documents.Count}.", 1, 1);
                return stream.Documents[0].RootNode;
            }
            catch (YamlException e)
            {
                throw new HaPairTopologyYamlException(e.Message.Length > 0 ? FirstLine(e.Message) : "malformed YAML.", e.Start.Line, e.Start.Column, e);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // YamlDotNet throws these instead of a YamlException on some malformed input (": {\nh", ": \n : 1"; found
                // by fuzzing): the scanner, and the representation model on an event it did not expect.
                throw new HaPairTopologyYamlException("malformed YAML.", last.Line, last.Column, e);
            }
        }

        private static string FirstLine(string message)
        {
            int colon = message.IndexOf("): ", StringComparison.Ordinal);
            return colon >= 0 ? message.Substring(colon + 3) : message;
        }

        internal static void Fail(string reason, Mark mark) => throw new HaPairTopologyYamlException(reason, mark.Line, mark.Column);

        private static YamlScalarNode Text(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

        private static YamlScalarNode Plain(string value) => new(value) { Style = ScalarStyle.Plain };

        private static YamlScalarNode Number(int value) => Plain(value.ToString(CultureInfo.InvariantCulture));
    }
}
