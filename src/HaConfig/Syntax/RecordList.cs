using System;

namespace HaConfig.Syntax
{
    /// <summary>
    /// A growable array of records whose indexer returns a reference: reading a field of a line record then copies
    /// nothing, where <see cref="System.Collections.Generic.List{T}"/> copies the whole 28-byte struct on every access,
    /// and the validation rules read line records millions of times.
    /// </summary>
    internal sealed class RecordList<T>
        where T : struct
    {
        private T[] _items;

        public RecordList(int capacity) => _items = new T[Math.Max(capacity, 4)];

        public int Count { get; private set; }

        public ref T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                return ref _items[index];
            }
        }

        public void Add(in T item)
        {
            if (Count == _items.Length) Grow();
            _items[Count++] = item;
        }

        public void Insert(int index, in T item)
        {
            if ((uint)index > (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            if (Count == _items.Length) Grow();
            Array.Copy(_items, index, _items, index + 1, Count - index);
            _items[index] = item;
            Count++;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            Count--;
            Array.Copy(_items, index + 1, _items, index, Count - index);
            _items[Count] = default;
        }

        /// <summary>Makes the list <paramref name="count"/> records long, so that records can be written by index in any order.</summary>
        public void SetCount(int count)
        {
            if (count > _items.Length) Array.Resize(ref _items, count);
            if (count < Count) Array.Clear(_items, count, Count - count);
            Count = count;
        }

        private void Grow() => Array.Resize(ref _items, _items.Length * 2);
    }
}
