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
        /// Lexes a large document from both ends at once, until the two threads meet. The front fills the token list from
        /// its start, line after line; the back fills it from its end, last line first. Neither needs a token buffer of its
        /// own (on a large file that buffer would be tens of megabytes of garbage), and one move closes the gap left
        /// between them.
        /// </summary>
        /// <remarks>
        /// A lexer that hands state from a line to the next (keepalived's continued definitions) is lexed this way too: the
        /// front carries the state from line to line, and the back lexes a line only when the line before it certainly
        /// hands nothing on (<see cref="LineLexer.HandsOnNoState"/>), stopping before the first that may; the lines
        /// between the ends are lexed afterwards from the front's state.
        /// </remarks>
        /// <remarks>
        /// Each end claims the text in chunks of whole lines, so that they meet wherever the work splits evenly (lines
        /// differ in length and in words), not at the middle of the text. The list is sized from an estimate of the token
        /// count. Each end reserves room in blocks from one shared count of free slots, so the two never write over each
        /// other; when the estimate is too small an end stops where its reservation failed, and the lines between the two
        /// stopping points are lexed afterwards, the list growing once.
        /// </remarks>
        private sealed class ParallelLex
        {
            // Tokens reserved at a time: a line rarely has more than 20, so a reservation serves hundreds of lines and the
            // two threads seldom touch the shared count.
            private const int ReservationBlock = 4096;

            // Characters claimed at a time: a few hundred lines.
            private const int ClaimChunk = 1 << 16;

            private readonly SyntaxDocument _document;
            private readonly string _text;
            private readonly int _capacity;
            private readonly int _chunk;

            // Where the first line starts (after a byte order mark).
            private readonly int _start;
            private readonly object _claims = new();
            private int _free;

            // The text claimed so far: the front's from the start up to _frontLimit, the back's from _backLimit to the end.
            private int _frontLimit;
            private int _backLimit;

            // Where each end stopped: the front at line _frontEnd (exclusive), whose text starts at _frontPosition; the back
            // at line _backStart (inclusive). The lines between are lexed afterwards, from _frontPosition on.
            private int _frontEnd;
            private int _frontPosition;
            private int _frontWrite;
            private byte _frontState;
            private int _backStart;
            private int _backWrite;
            private List<(int Id, LexError[] Errors)>? _frontErrors;
            private List<(int Id, LexError[] Errors)>? _backErrors;

            // A small list (tests lex small texts in parallel too) is shared in smaller blocks, so that both ends fill it.
            private int BlockSize => Math.Min(ReservationBlock, _capacity / 16 + 1);

            private ParallelLex(SyntaxDocument document, int start, int lineCount)
            {
                _document = document;
                _text = document._source;
                _capacity = document._tokens.Capacity;
                _free = _capacity;
                // A small text (tests lex small texts in parallel too) is claimed in smaller chunks, so that both ends lex.
                _chunk = Math.Min(ClaimChunk, (_text.Length - start) / 16 + 1);
                _start = start;
                _frontPosition = start;
                _frontLimit = start;
                _backLimit = _text.Length;
                _backStart = lineCount;
                _backWrite = _capacity;
            }

            /// <summary>Lexes the lines of <paramref name="document"/>'s source from <paramref name="start"/> into its empty line and token lists.</summary>
            public static void Run(SyntaxDocument document, int start, int lineCount)
            {
                var lex = new ParallelLex(document, start, lineCount);
                document._lines.SetCount(lineCount);
                CollectionsMarshal.SetCount(document._tokens, lex._capacity);
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
                byte state = 0;
                bool stopped = false;
                while (!stopped && ClaimFront(out int end))
                {
                    while (position < end)
                    {
                        int lineStart = position;
                        var record = NextLine(_text, ref position, id, state);
                        scratch.Clear();
                        byte stateOut = LexLine(lexer, _text.AsSpan(record.Start, record.Length), ref record, scratch, out var errors);
                        int count = scratch.Count;
                        if (write + count > reserved)
                        {
                            int block = Math.Max(BlockSize, count);
                            if (Interlocked.Add(ref _free, -block) < 0)
                            {
                                position = lineStart;
                                stopped = true;
                                break;
                            }

                            reserved += block;
                        }

                        Store(ref record, scratch, write, errors, ref _frontErrors);
                        write += count;
                        state = stateOut;
                        id++;
                    }
                }

                _frontEnd = id;
                _frontState = state;
                _frontPosition = position;
                _frontWrite = write;
            }

            private void LexBack()
            {
                var lexer = _document.Lexer;
                bool independent = lexer.IsLineIndependent;
                var scratch = new List<TokenRecord>(64);
                int end = _text.Length, write = _capacity, reserved = _capacity, id = _backStart - 1;
                bool stopped = false;
                while (!stopped && ClaimBack(out int begin))
                {
                    while (end > begin)
                    {
                        // The line ending at `end`: only the last line of the text can lack a line break.
                        byte newlineLength = _text[end - 1] == '\n' ? (byte)1 : (byte)0;
                        int contentEnd = end - newlineLength;
                        int previous = _text.AsSpan(begin, contentEnd - begin).LastIndexOf('\n');
                        int lineStart = previous < 0 ? begin : begin + previous + 1;
                        if (newlineLength == 1 && contentEnd > lineStart && _text[contentEnd - 1] == '\r')
                        {
                            contentEnd--;
                            newlineLength = 2;
                        }

                        if (!independent && !PreviousHandsOnNoState(lexer, lineStart))
                        {
                            stopped = true;
                            break;
                        }

                        var record = new LineRecord { Start = lineStart, Length = contentEnd - lineStart, NewlineLength = newlineLength, Id = id };
                        scratch.Clear();
                        LexLine(lexer, _text.AsSpan(record.Start, record.Length), ref record, scratch, out var errors);
                        int count = scratch.Count;
                        if (write - count < reserved)
                        {
                            int block = Math.Max(BlockSize, count);
                            if (Interlocked.Add(ref _free, -block) < 0)
                            {
                                stopped = true;
                                break;
                            }

                            reserved -= block;
                        }

                        write -= count;
                        Store(ref record, scratch, write, errors, ref _backErrors);
                        id--;
                        end = lineStart;
                    }
                }

                _backStart = id + 1;
                _backWrite = write;
            }

            /// <summary>Whether the line before the one starting at <paramref name="lineStart"/> certainly hands no state on (true for the first line).</summary>
            private bool PreviousHandsOnNoState(LineLexer lexer, int lineStart)
            {
                if (lineStart <= _start) return true;
                int contentEnd = lineStart - 1; // its line feed
                if (contentEnd > _start && _text[contentEnd - 1] == '\r') contentEnd--;
                int start = _start + _text.AsSpan(_start, contentEnd - _start).LastIndexOf('\n') + 1;
                return lexer.HandsOnNoState(_text.AsSpan(start, contentEnd - start));
            }

            /// <summary>Claims the next chunk of whole lines after the front's; false when the back has claimed the rest.</summary>
            private bool ClaimFront(out int end)
            {
                lock (_claims)
                {
                    end = _frontLimit;
                    if (_frontLimit >= _backLimit) return false;
                    int target = _frontLimit + _chunk;
                    int newline = target < _backLimit ? _text.IndexOf('\n', target, _backLimit - target) : -1;
                    end = newline < 0 ? _backLimit : newline + 1;
                    _frontLimit = end;
                    return true;
                }
            }

            /// <summary>Claims the next chunk of whole lines before the back's; false when the front has claimed the rest.</summary>
            private bool ClaimBack(out int begin)
            {
                lock (_claims)
                {
                    begin = _backLimit;
                    if (_frontLimit >= _backLimit) return false;
                    int target = _backLimit - _chunk;
                    int newline = target > _frontLimit ? _text.AsSpan(_frontLimit, target - _frontLimit).LastIndexOf('\n') : -1;
                    begin = newline < 0 ? _frontLimit : _frontLimit + newline + 1;
                    _backLimit = begin;
                    return true;
                }
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

            /// <summary>Lexes the lines neither end reached, closes the gap between the two ends' tokens, and records the errors.</summary>
            private void Join()
            {
                var tokens = _document._tokens;
                var lines = _document._lines;
                var middle = new List<TokenRecord>();
                int position = _frontPosition;
                byte state = _frontState;
                for (int id = _frontEnd; id < _backStart; id++)
                {
                    var record = NextLine(_text, ref position, id, state);
                    state = LexLine(_document.Lexer, _text.AsSpan(record.Start, record.Length), ref record, middle, out var errors);
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
