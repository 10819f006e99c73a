using System;

namespace HaConfig.Topology
{
    /// <summary>A topology YAML file that cannot be read: malformed YAML, an unknown key, a missing or invalid value.</summary>
    public sealed class HaPairTopologyYamlException : FormatException
    {
        internal HaPairTopologyYamlException(string reason, long line, long column, Exception? inner = null)
            : base($"({line},{column}): {reason}", inner)
        {
            Reason = reason;
            Line = line;
            Column = column;
        }

        /// <summary>What is wrong, without the position.</summary>
        public string Reason { get; }

        /// <summary>The 1-based line of the offending node.</summary>
        public long Line { get; }

        /// <summary>The 1-based column of the offending node.</summary>
        public long Column { get; }
    }
}
