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
            if (id >= _views.Length) Array.Resize(ref _views, Math.Max(id + 1, Math.Max(_document.LineCount, _views.Length * 2)));
            var views = _views;

            // Rules running in parallel may ask for the same view at once: one of them is kept, so a line has one view.
            return views[id] ?? Interlocked.CompareExchange(ref views[id], _create(_document, id), null) ?? views[id]!;
        }

        /// <summary>
        /// Sizes the table for every line identity and builds the document's identity index, so that threads asking for
        /// views meanwhile neither grow the table nor build the index (neither is safe from several threads).
        /// </summary>
        public void PrepareForConcurrentReads()
        {
            _document.IndexOfId(0);
            if (_views.Length < _document.IdCapacity) Array.Resize(ref _views, _document.IdCapacity);
        }
    }
}
