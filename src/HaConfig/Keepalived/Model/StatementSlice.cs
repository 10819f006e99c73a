using System;
using System.Collections;
using System.Collections.Generic;

namespace HaConfig.Keepalived
{
    /// <summary>
    /// A block's children as the configuration keeps them: a run of one table that holds the views of every block's
    /// children side by side, so that a tree needs one array for all its blocks rather than one per block. Read only,
    /// never handed out (the public accessors copy it), and meaningful for the tree it was taken from.
    /// </summary>
    internal readonly struct StatementSlice : IReadOnlyList<KeepalivedStatement>
    {
        private readonly KeepalivedStatement?[]? _views;
        private readonly int _start;

        public StatementSlice(KeepalivedStatement?[] views, int start, int length)
        {
            _views = views;
            _start = start;
            Length = length;
        }

        public int Length { get; }

        /// <summary>Where the slice starts in the table (the tree's child index, slot for slot).</summary>
        internal int Start => _start;

        int IReadOnlyCollection<KeepalivedStatement>.Count => Length;

        public KeepalivedStatement this[int index] =>
            (uint)index < (uint)Length ? _views![_start + index]! : throw new ArgumentOutOfRangeException(nameof(index));

        public KeepalivedStatement[] ToArray()
        {
            if (Length == 0) return Array.Empty<KeepalivedStatement>();
            var copy = new KeepalivedStatement[Length];
            Array.Copy(_views!, _start, copy, 0, Length);
            return copy;
        }

        public Enumerator GetEnumerator() => new(this);

        IEnumerator<KeepalivedStatement> IEnumerable<KeepalivedStatement>.GetEnumerator() => ((IEnumerable<KeepalivedStatement>)ToArray()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => ToArray().GetEnumerator();

        /// <summary>A foreach over the slice without allocating.</summary>
        public struct Enumerator
        {
            private readonly StatementSlice _slice;
            private int _index;

            internal Enumerator(StatementSlice slice)
            {
                _slice = slice;
                _index = -1;
            }

            public KeepalivedStatement Current => _slice._views![_slice._start + _index]!;

            public bool MoveNext() => ++_index < _slice.Length;
        }
    }
}
