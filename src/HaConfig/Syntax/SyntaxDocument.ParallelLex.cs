#if NET
using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace HaConfig.Syntax
{
    internal sealed partial class SyntaxDocument
    {
        /// <summary>
        /// Lexes a large document in two halves at once. The front half fills the token list from its start, line after
        /// line; the back half fills it from its end, last line first. Neither half needs a token buffer of its own (on a
        /// large file that buffer would be tens of megabytes of garbage), and one move closes the gap left between them.
        /// </summary>
        /// <remarks>
        /// The list is sized from an estimate of the token count. Each half reserves room in blocks from one shared count
        /// of free slots, so the halves never write over each other; when the estimate is too small a half stops where its
        /// reservation failed, and the lines between the two stopping points are lexed afterwards, the list growing once.
        /// </remarks>
        private sealed class ParallelLex
        {
            // Tokens reserved at a time: a line rarely has more than 20, so a reservation serves hundreds of lines and the
            // two threads seldom touch the shared count.
            private const int ReservationBlock = 4096;

            private readonly SyntaxDocument _document;
            private readonly string _text;
            private readonly int _capacity;
            private readonly int _split;
            private readonly int _frontLines;
            private int _free;

            // Where each half stopped: the front at line _frontEnd (exclusive), whose text starts at _frontPosition; the back
            // at line _backStart (inclusive). The lines between are lexed afterwards, from _frontPosition on.
            private int _frontEnd;
            private int _frontPosition;
            private int _frontWrite;
            private int _backStart;
            private int _backWrite;
            private List<(int Id, LexError[] Errors)>? _frontErrors;
            private List<(int Id, LexError[] Errors)>? _backErrors;

            // A small list (tests lex small texts in parallel too) is shared in smaller blocks, so that both halves fill it.
            private int BlockSize => Math.Min(ReservationBlock, _capacity / 16 + 1);

            private ParallelLex(SyntaxDocument document, int start, int split, int frontLines)
            {
                _document = document;
                _text = document._source;
                _capacity = document._tokens.Capacity;
                _free = _capacity;
                _split = split;
                _frontLines = frontLines;
                _frontPosition = start;
            }

            /// <summary>Lexes the lines of <paramref name="document"/>'s source from <paramref name="start"/> into its empty line and token lists.</summary>
            public static void Run(SyntaxDocument document, int start, int lineCount)
            {
                var text = document._source;
                // The back half starts after the first line break past the middle.
                int newline = text.IndexOf('\n', start + (text.Length - start) / 2);
                int split = newline < 0 ? text.Length : newline + 1;
                int frontLines = CountNewlines(text.AsSpan(start, split - start));
                if (split == text.Length) frontLines = lineCount;

                var lex = new ParallelLex(document, start, split, frontLines);
                document._lines.SetCount(lineCount);
                CollectionsMarshal.SetCount(document._tokens, lex._capacity);
                lex._backStart = lineCount;
                lex._backWrite = lex._capacity;
                try
                {
                    Parallel.Invoke(lex.LexFront, lex.LexBack);
                }
                catch (AggregateException e) when (e.InnerExceptions.Count == 1)
                {
                    ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                }

                lex.Join();
            }

            private void LexFront()
            {
                var lexer = _document.Lexer;
                var scratch = new List<TokenRecord>(64);
                int position = _frontPosition, write = 0, reserved = 0, id = 0;
                while (id < _frontLines)
                {
                    int lineStart = position;
                    var record = NextLine(_text, ref position, id, 0);
                    scratch.Clear();
                    LexLine(lexer, _text.AsSpan(record.Start, record.Length), ref record, scratch, out var errors);
                    int count = scratch.Count;
                    if (write + count > reserved)
                    {
                        int block = Math.Max(BlockSize, count);
                        if (Interlocked.Add(ref _free, -block) < 0)
                        {
                            position = lineStart;
                            break;
                        }

                        reserved += block;
                    }

                    Store(ref record, scratch, write, errors, ref _frontErrors);
                    write += count;
                    id++;
                }

                _frontEnd = id;
                _frontPosition = position;
                _frontWrite = write;
            }

            private void LexBack()
            {
                var lexer = _document.Lexer;
                var scratch = new List<TokenRecord>(64);
                int end = _text.Length, write = _capacity, reserved = _capacity, id = _backStart - 1;
                while (id >= _frontLines)
                {
                    // The line ending at `end`: only the last line of the text can lack a line break.
                    byte newlineLength = _text[end - 1] == '\n' ? (byte)1 : (byte)0;
                    int contentEnd = end - newlineLength;
                    int previous = _text.AsSpan(_split, contentEnd - _split).LastIndexOf('\n');
                    int lineStart = previous < 0 ? _split : _split + previous + 1;
                    if (newlineLength == 1 && contentEnd > lineStart && _text[contentEnd - 1] == '\r')
                    {
                        contentEnd--;
                        newlineLength = 2;
                    }

                    var record = new LineRecord { Start = lineStart, Length = contentEnd - lineStart, NewlineLength = newlineLength, Id = id };
                    scratch.Clear();
                    LexLine(lexer, _text.AsSpan(record.Start, record.Length), ref record, scratch, out var errors);
                    int count = scratch.Count;
                    if (write - count < reserved)
                    {
                        int block = Math.Max(BlockSize, count);
                        if (Interlocked.Add(ref _free, -block) < 0) break;
                        reserved -= block;
                    }

                    write -= count;
                    Store(ref record, scratch, write, errors, ref _backErrors);
                    id--;
                    end = lineStart;
                }

                _backStart = id + 1;
                _backWrite = write;
            }

            /// <summary>Copies a lexed line's tokens to <paramref name="at"/> in the token list and stores its record.</summary>
            private void Store(ref LineRecord record, List<TokenRecord> scratch, int at, LexError[]? errors, ref List<(int Id, LexError[] Errors)>? errorList)
            {
                CollectionsMarshal.AsSpan(scratch).CopyTo(CollectionsMarshal.AsSpan(_document._tokens).Slice(at));
                record.TokenStart = at;
                if (errors is not null)
                {
                    record.HasErrors = true;
                    (errorList ??= new()).Add((record.Id, errors));
                }

                _document._lines[record.Id] = record;
            }

            /// <summary>Lexes the lines neither half reached, closes the gap between the halves' tokens, and records the errors.</summary>
            private void Join()
            {
                var tokens = _document._tokens;
                var lines = _document._lines;
                var middle = new List<TokenRecord>();
                int position = _frontPosition;
                for (int id = _frontEnd; id < _backStart; id++)
                {
                    var record = NextLine(_text, ref position, id, 0);
                    LexLine(_document.Lexer, _text.AsSpan(record.Start, record.Length), ref record, middle, out var errors);
                    record.TokenStart += _frontWrite;
                    if (errors is not null)
                    {
                        record.HasErrors = true;
                        (_frontErrors ??= new()).Add((id, errors));
                    }

                    lines[id] = record;
                }

                int backCount = _capacity - _backWrite;
                int backTarget = _frontWrite + middle.Count;
                if (backTarget + backCount > tokens.Count) CollectionsMarshal.SetCount(tokens, backTarget + backCount);
                var all = CollectionsMarshal.AsSpan(tokens);
                all.Slice(_backWrite, backCount).CopyTo(all.Slice(backTarget));
                CollectionsMarshal.AsSpan(middle).CopyTo(all.Slice(_frontWrite));
                CollectionsMarshal.SetCount(tokens, backTarget + backCount);

                int shift = backTarget - _backWrite;
                if (shift != 0)
                {
                    for (int id = _backStart; id < lines.Count; id++) lines[id].TokenStart += shift;
                }

                foreach (var errors in new[] { _frontErrors, _backErrors })
                {
                    if (errors is null) continue;
                    foreach (var (id, lineErrors) in errors) _document._errors[id] = lineErrors;
                }
            }
        }
    }
}
#endif
