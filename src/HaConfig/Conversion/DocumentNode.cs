using System.Collections.Generic;

namespace HaConfig.Conversion
{
    /// <summary>
    /// A node of a converted document (the common shape of the JSON and YAML forms), with the 1-based line and column
    /// it was read from, so that errors in a hand-edited document point at the right place.
    /// </summary>
    internal abstract class DocumentNode
    {
        protected DocumentNode(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }

        public abstract string KindName { get; }

        public ConversionException Error(string message) => new(message, Line, Column);
    }

    /// <summary>A string; every scalar of a converted document is one (no numbers, booleans or nulls).</summary>
    internal sealed class DocumentScalar : DocumentNode
    {
        public DocumentScalar(string value, int line = 0, int column = 0)
            : base(line, column)
        {
            Value = value;
        }

        public string Value { get; }

        public override string KindName => "a string";
    }

    /// <summary>An ordered list.</summary>
    internal sealed class DocumentSequence : DocumentNode
    {
        public DocumentSequence(int line = 0, int column = 0, bool flow = false)
            : base(line, column)
        {
            Flow = flow;
        }

        public List<DocumentNode> Items { get; } = new();

        /// <summary>Written on one line in YAML (<c>[a, b]</c>): argument lists.</summary>
        public bool Flow { get; }

        public override string KindName => "a list";
    }

    /// <summary>Keys and values in document order; keys are unique.</summary>
    internal sealed class DocumentMapping : DocumentNode
    {
        private readonly Dictionary<string, DocumentNode> _byKey = new();

        public DocumentMapping(int line = 0, int column = 0)
            : base(line, column)
        {
        }

        public List<KeyValuePair<string, DocumentNode>> Entries { get; } = new();

        public override string KindName => "a mapping";

        /// <summary>Adds an entry; false when the key is already there.</summary>
        public bool TryAdd(string key, DocumentNode value)
        {
            if (_byKey.ContainsKey(key)) return false;
            _byKey.Add(key, value);
            Entries.Add(new KeyValuePair<string, DocumentNode>(key, value));
            return true;
        }

        public DocumentMapping Add(string key, DocumentNode value)
        {
            TryAdd(key, value);
            return this;
        }

        public DocumentMapping Add(string key, string value) => Add(key, new DocumentScalar(value));

        /// <summary>Adds an entry placed before <paramref name="beforeKey"/> when that key is present (comments before blocks).</summary>
        public void AddBefore(string beforeKey, string key, DocumentNode value)
        {
            if (!_byKey.TryGetValue(beforeKey, out var before) || _byKey.ContainsKey(key))
            {
                TryAdd(key, value);
                return;
            }

            _byKey.Add(key, value);
            int at = Entries.FindIndex(e => ReferenceEquals(e.Value, before));
            Entries.Insert(at, new KeyValuePair<string, DocumentNode>(key, value));
        }

        public DocumentNode? Get(string key) => _byKey.TryGetValue(key, out var value) ? value : null;

        public bool Has(string key) => _byKey.ContainsKey(key);

        /// <summary>The string under <paramref name="key"/>, or null when absent; an error when it is not a string.</summary>
        public string? GetString(string key)
        {
            var node = Get(key);
            if (node is null) return null;
            return node is DocumentScalar scalar ? scalar.Value : throw node.Error($"'{key}' must be a string, not {node.KindName}");
        }

        /// <summary>The string under <paramref name="key"/>; an error when absent or not a string.</summary>
        public string RequireString(string key) => GetString(key) ?? throw Error($"'{key}' is missing");

        /// <summary>The list under <paramref name="key"/>, or null when absent.</summary>
        public DocumentSequence? GetSequence(string key)
        {
            var node = Get(key);
            if (node is null) return null;
            return node as DocumentSequence ?? throw node.Error($"'{key}' must be a list, not {node.KindName}");
        }

        /// <summary>Fails on a key outside <paramref name="allowed"/>, so that a misspelt field is not silently dropped.</summary>
        public void CheckKeys(string what, params string[] allowed)
        {
            foreach (var entry in Entries)
            {
                if (System.Array.IndexOf(allowed, entry.Key) < 0)
                {
                    throw entry.Value.Error($"unknown field '{entry.Key}' in {what} (expected: {string.Join(", ", allowed)})");
                }
            }
        }
    }
}
