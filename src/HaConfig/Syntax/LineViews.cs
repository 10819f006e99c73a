using System;
using System.Threading;

namespace HaConfig.Syntax
{
    /// <summary>
    /// The views of a document's lines, one per line identity, made when first asked for: a model hands out the same
    /// view for a line every time, so that it follows the line through edits of other lines.
    /// </summary>
    internal sealed class LineViews<TView>
        where TView : SyntaxLineView
    {
        private readonly SyntaxDocument _document;
        private readonly Func<SyntaxDocument, int, TView> _create;

        // By line identity (identities are dense: 0..n at parse, then increasing).
        private TView?[] _views = Array.Empty<TView?>();
        private readonly object _growing = new();

        public LineViews(SyntaxDocument document, Func<SyntaxDocument, int, TView> create)
        {
            _document = document;
            _create = create;
        }

        /// <summary>The view of line <paramref name="index"/>.</summary>
        public TView At(int index) => ById(_document.GetLine(index).Id);

        /// <summary>The view of the line whose identity is <paramref name="id"/> (a removed line's too).</summary>
        public TView ById(int id)
        {
            var views = Volatile.Read(ref _views);
            if (id >= views.Length) views = Grow(id);

            // Rules running in parallel may ask for the same view at once: one of them is kept, so a line has one view.
            return views[id] ?? Interlocked.CompareExchange(ref views[id], _create(_document, id), null) ?? views[id]!;
        }

        /// <summary>
        /// Builds the document's identity index and sizes a table already in use for every line identity, so that threads
        /// asking for views meanwhile neither build the index nor copy a table holding views (a view kept in the old copy
        /// would be lost). A table not made yet stays unmade: validation asks for few line views, and the table is a
        /// reference per line on the large object heap (9 MB at 1M lines); the first thread to ask makes it whole.
        /// </summary>
        public void PrepareForConcurrentReads()
        {
            _document.IndexOfId(0);
            if (_views.Length > 0 && _views.Length < _document.IdCapacity) Array.Resize(ref _views, _document.IdCapacity);
        }

        /// <summary>
        /// A table with room for identity <paramref name="id"/>. Under a lock, and at least as long as every identity
        /// handed out: while rules run on several threads (the document unchanged) the table grows at most once, from
        /// empty, so no thread keeps a view in a copy that is being replaced.
        /// </summary>
        private TView?[] Grow(int id)
        {
            lock (_growing)
            {
                var views = _views;
                if (id < views.Length) return views;
                var grown = new TView?[Math.Max(id + 1, Math.Max(_document.IdCapacity, views.Length * 2))];
                Array.Copy(views, grown, views.Length);
                Volatile.Write(ref _views, grown);
                return grown;
            }
        }
    }
}
