using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HaConfig.Topology
{
    /// <summary>Maps the YAML representation onto <see cref="HaPairTopology"/>, key by key, with positions in every error.</summary>
    internal static class HaPairTopologyReader
    {
        public static HaPairTopology Read(YamlNode root)
        {
            var topology = new HaPairTopology();
            var map = Mapping(root, "the document");
            foreach (var (key, value) in Entries(map))
            {
                switch (key)
                {
                    case "name": topology.Name = Scalar(value, key); break;
                    case "vip": topology.VirtualIp = Address(value, key); break;
                    case "prefixLength": topology.PrefixLength = Int(value, key); break;
                    case "interface": topology.Interface = Scalar(value, key); break;
                    case "virtualRouterId": topology.VirtualRouterId = Int(value, key); break;
                    case "authPass": topology.AuthPass = Scalar(value, key); break;
                    case "frontendPort": topology.FrontendPort = Int(value, key); break;
                    case "backendPort": topology.BackendPort = Int(value, key); break;
                    case "unicast": topology.Unicast = Bool(value, key); break;
                    case "healthCheck": topology.HealthCheck = HealthCheck(value); break;
                    case "nodes": topology.Nodes = List(value, key, Node); break;
                    case "backends": topology.Backends = List(value, key, Backend); break;
                    default: throw Unknown(key, value);
                }
            }

            Require(map, "vip", "authPass", "nodes", "backends");
            return topology;
        }

        private static HaPairHealthCheck HealthCheck(YamlNode node)
        {
            var check = new HaPairHealthCheck();
            foreach (var (key, value) in Entries(Mapping(node, "healthCheck")))
            {
                switch (key)
                {
                    case "path": check.Path = Scalar(value, key); break;
                    case "interval": check.Interval = Duration(value, key); break;
                    case "fall": check.Fall = Int(value, key); break;
                    case "rise": check.Rise = Int(value, key); break;
                    case "weight": check.Weight = Int(value, key); break;
                    default: throw Unknown(key, value);
                }
            }

            return check;
        }

        private static HaPairNode Node(YamlNode node)
        {
            var map = Mapping(node, "a node");
            var result = new HaPairNode();
            foreach (var (key, value) in Entries(map))
            {
                switch (key)
                {
                    case "name": result.Name = Scalar(value, key); break;
                    case "address": result.Address = Address(value, key); break;
                    case "priority": result.Priority = Int(value, key); break;
                    case "state": result.State = State(value, key); break;
                    default: throw Unknown(key, value);
                }
            }

            Require(map, "name", "address", "priority");
            return result;
        }

        private static HaPairBackend Backend(YamlNode node)
        {
            var map = Mapping(node, "a backend");
            var result = new HaPairBackend();
            foreach (var (key, value) in Entries(map))
            {
                switch (key)
                {
                    case "name": result.Name = Scalar(value, key); break;
                    case "address": result.Address = Address(value, key); break;
                    case "port": result.Port = Int(value, key); break;
                    default: throw Unknown(key, value);
                }
            }

            Require(map, "name", "address");
            return result;
        }

        private static YamlMappingNode Mapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error($"{what} must be a mapping of keys to values.", node);

        private static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode map)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in map.Children)
            {
                string key = Scalar(pair.Key, "a key");
                if (!seen.Add(key)) throw Error($"key '{key}' appears twice.", pair.Key);
                yield return (key, pair.Value);
            }
        }

        private static void Require(YamlMappingNode map, params string[] keys)
        {
            foreach (var key in keys)
            {
                if (!map.Children.ContainsKey(new YamlScalarNode(key))) throw Error($"key '{key}' is required.", map);
            }
        }

        private static List<T> List<T>(YamlNode node, string key, Func<YamlNode, T> read)
        {
            var sequence = node as YamlSequenceNode ?? throw Error($"'{key}' must be a list.", node);
            if (sequence.Children.Count > 64) throw Error($"'{key}' has more than 64 entries.", node);
            var result = new List<T>();
            foreach (var item in sequence.Children) result.Add(read(item));
            return result;
        }

        private static string Scalar(YamlNode node, string key) =>
            node is YamlScalarNode { Value: { } value } ? value : throw Error($"'{key}' must be a single value.", node);

        private static int Int(YamlNode node, string key) =>
            int.TryParse(Scalar(node, key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw Error($"'{key}' must be a whole number, not '{Scalar(node, key)}'.", node);

        private static bool Bool(YamlNode node, string key) => Scalar(node, key) switch
        {
            "true" => true,
            "false" => false,
            var other => throw Error($"'{key}' must be true or false, not '{other}'.", node),
        };

        private static IPAddress Address(YamlNode node, string key) =>
            IPAddress.TryParse(Scalar(node, key), out var address) && Scalar(node, key).IndexOf('/') < 0
                ? address
                : throw Error($"'{key}' must be an IP address, not '{Scalar(node, key)}'.", node);

        private static TimeSpan Duration(YamlNode node, string key)
        {
            string text = Scalar(node, key);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds)) return TimeSpan.FromSeconds(seconds);
            if (HaDuration.TryParse(text, out var duration)) return duration.ToTimeSpan();
            throw Error($"'{key}' must be a time such as 3s or 500ms, not '{text}'.", node);
        }

        private static VrrpState State(YamlNode node, string key) => Scalar(node, key) switch
        {
            "MASTER" => VrrpState.Master,
            "BACKUP" => VrrpState.Backup,
            var other => throw Error($"'{key}' must be MASTER or BACKUP, not '{other}'.", node),
        };

        private static HaPairTopologyYamlException Unknown(string key, YamlNode value) =>
            Error($"unknown key '{key}'.", value);

        private static HaPairTopologyYamlException Error(string reason, YamlNode node) =>
            new(reason, node.Start.Line, node.Start.Column);
    }
}
