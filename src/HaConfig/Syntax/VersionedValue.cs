using System.Threading;

namespace HaConfig.Syntax
{
    /// <summary>
    /// A value computed from a document and kept for one version of it (a model's cache: a section's directives, a
    /// server's parameters). Safe to read while other threads fill it, as rules running in parallel do: the version is
    /// written after the value and read before it (release/acquire), so a thread that sees the version sees the value,
    /// and threads that compute it at the same time store equal values.
    /// </summary>
    internal struct VersionedValue<T>
    {
        private T _value;

        // The version plus one: the default (0) means nothing is kept yet, whatever version the document is at.
        private int _versionPlusOne;

        /// <summary>The value kept for <paramref name="version"/>, if any.</summary>
        public bool TryGet(int version, out T value)
        {
            if (Volatile.Read(ref _versionPlusOne) == version + 1)
            {
                value = _value;
                return true;
            }

            value = default!;
            return false;
        }

        /// <summary>Keeps <paramref name="value"/> for <paramref name="version"/> and returns it.</summary>
        public T Set(int version, T value)
        {
            _value = value;
            Volatile.Write(ref _versionPlusOne, version + 1);
            return value;
        }
    }
}
