using System;
using System.Collections.Generic;

namespace HaConfig.Keepalived
{
    /// <summary>
    /// What every block builder can do: write a raw line or a raw nested block. Typed methods all end up here, so the
    /// text is always written (and quoted) by the syntax layer.
    /// </summary>
    /// <typeparam name="TSelf">The concrete builder, returned by every method so calls chain.</typeparam>
    public abstract class KeepalivedBlockBuilder<TSelf>
        where TSelf : KeepalivedBlockBuilder<TSelf>
    {
        private readonly Dictionary<string, KeepalivedBlock> _lists = new(StringComparer.Ordinal);

        private protected KeepalivedBlockBuilder(KeepalivedBlock block)
        {
            Block = block;
        }

        /// <summary>The block being written.</summary>
        internal KeepalivedBlock Block { get; }

        /// <summary>
        /// Escape hatch: writes <c>keyword args…</c> inside the block. Each argument is one word, double-quoted when it
        /// holds blanks, braces, <c>!</c> or <c>#</c>.
        /// </summary>
        public TSelf Directive(string keyword, params string[] arguments)
        {
            if (string.IsNullOrEmpty(keyword)) throw new ArgumentException("A keyword cannot be empty.", nameof(keyword));
            Block.Add(keyword, arguments ?? Array.Empty<string>());
            return (TSelf)this;
        }

        /// <summary>Escape hatch: writes a nested block <c>keyword args… { … }</c>.</summary>
        public TSelf Directive(string keyword, string[] arguments, Action<RawBlockBuilder> configure)
        {
            if (string.IsNullOrEmpty(keyword)) throw new ArgumentException("A keyword cannot be empty.", nameof(keyword));
            if (configure is null) throw new ArgumentNullException(nameof(configure));
            configure(new RawBlockBuilder(Block.AddBlock(keyword, arguments ?? Array.Empty<string>())));
            return (TSelf)this;
        }

        private protected TSelf Write(string keyword, params string[] arguments) => Directive(keyword, arguments);

        /// <summary>Adds one line to the list block <paramref name="keyword"/> (<c>virtual_ipaddress</c>, <c>track_script</c>…), opening it on first use.</summary>
        private protected TSelf AddToList(string keyword, IReadOnlyList<string> words)
        {
            if (!_lists.TryGetValue(keyword, out var list))
            {
                list = Block.AddBlock(keyword);
                _lists[keyword] = list;
            }

            var rest = new string[words.Count - 1];
            for (int i = 1; i < words.Count; i++) rest[i - 1] = words[i];
            list.Add(words[0], rest);
            return (TSelf)this;
        }

        /// <summary>The words of a tracked object: <c>name [weight W] [reverse]</c>.</summary>
        private protected static string[] Tracked(string name, int? weight, bool reverse)
        {
            var words = new List<string> { Required(name, nameof(name)) };
            if (weight is not null) words.AddRange(new[] { "weight", KeepalivedValues.Int(weight.Value) });
            if (reverse) words.Add("reverse");
            return words.ToArray();
        }

        private protected static string Required(string value, string name) =>
            string.IsNullOrEmpty(value) ? throw new ArgumentException("The value cannot be empty.", name) : value;
    }

    /// <summary>Builds a block the library has no typed builder for.</summary>
    public sealed class RawBlockBuilder : KeepalivedBlockBuilder<RawBlockBuilder>
    {
        internal RawBlockBuilder(KeepalivedBlock block)
            : base(block)
        {
        }
    }
}
