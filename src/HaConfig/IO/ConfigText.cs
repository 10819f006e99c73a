using System;
using System.IO;
using System.Text;

namespace HaConfig
{
    /// <summary>
    /// Reads configuration files so that writing them back gives the same bytes: UTF-8 when the bytes are valid
    /// UTF-8 (a BOM stays in the text as U+FEFF), otherwise Latin-1, which maps every byte to one character.
    /// </summary>
    public readonly struct ConfigText
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private static readonly Encoding Latin1 = Encoding.GetEncoding("ISO-8859-1");

        private ConfigText(string text, Encoding encoding)
        {
            Text = text;
            Encoding = encoding;
        }

        /// <summary>The decoded text.</summary>
        public string Text { get; }

        /// <summary>The encoding that turns <see cref="Text"/> back into the original bytes.</summary>
        public Encoding Encoding { get; }

        /// <summary>Whether the bytes were not valid UTF-8.</summary>
        public bool IsLatin1Fallback => ReferenceEquals(Encoding, Latin1);

        /// <summary>
        /// The name of a wide encoding the bytes appear to be in ("UTF-16 LE", "UTF-32 BE", ...), which neither daemon
        /// reads; null for ordinary text. The <see cref="Text"/> of such bytes still round-trips but is not meaningful.
        /// </summary>
        public string? WideEncoding { get; private init; }

        /// <summary>The byte length that was decoded.</summary>
        public long ByteLength { get; private init; }

        /// <summary>Decodes bytes.</summary>
        public static ConfigText Decode(byte[] bytes)
        {
            if (bytes is null) throw new ArgumentNullException(nameof(bytes));
            string? wide = DetectWide(bytes);
            try
            {
                return new ConfigText(StrictUtf8.GetString(bytes), StrictUtf8) { WideEncoding = wide, ByteLength = bytes.LongLength };
            }
            catch (DecoderFallbackException)
            {
                return new ConfigText(Latin1.GetString(bytes), Latin1) { WideEncoding = wide, ByteLength = bytes.LongLength };
            }
        }

        private static string? DetectWide(ReadOnlySpan<byte> b)
        {
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return "UTF-32 LE";
            if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return "UTF-32 BE";
            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return "UTF-16 LE";
            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return "UTF-16 BE";

            // No byte order mark: ASCII text saved as UTF-16 has a NUL in every other byte.
            if (b.Length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) return "UTF-16 LE (no byte order mark)";
            if (b.Length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) return "UTF-16 BE (no byte order mark)";
            return null;
        }

        /// <summary>Reads a file.</summary>
        public static ConfigText Read(string path) => Read(path, ReadChunkBytes);

        /// <summary>The size of the blocks a file is decoded in (tests pass tiny ones to cut characters across blocks).</summary>
        internal const int ReadChunkBytes = 1 << 16;

        /// <summary>Reads a file, decoding it <paramref name="chunkBytes"/> bytes at a time where the runtime allows.</summary>
        internal static ConfigText Read(string path, int chunkBytes)
        {
#if NET
            // Decoded from the file in blocks, straight into the string: the whole file as a byte array would be garbage
            // the moment it is decoded, but on the large object heap it stays until a full collection, and for a large
            // file it is a third of what linting holds (a 20 MB file: 20 MB of bytes beside 40 MB of text).
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length <= int.MaxValue && StreamDecoder.TryRead(stream, chunkBytes, out var text)) return text;
#endif
            return Decode(File.ReadAllBytes(path));
        }

#if NET
        /// <summary>Two passes over a seekable file: count the characters, then decode into a string of that length.</summary>
        private sealed class StreamDecoder
        {
            private readonly Stream _stream;
            private readonly byte[] _buffer;
            private bool _failed;

            private StreamDecoder(Stream stream, int chunkBytes)
            {
                _stream = stream;
                _buffer = new byte[Math.Max(4, chunkBytes)];
            }

            public static bool TryRead(Stream stream, int chunkBytes, out ConfigText text)
            {
                text = default;
                var reader = new StreamDecoder(stream, chunkBytes);
                long length = stream.Length;
                Span<byte> head = stackalloc byte[4];
                int headLength = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
                string? wide = DetectWide(head.Slice(0, headLength));
                var encoding = reader.CountChars(StrictUtf8, out long chars) ? StrictUtf8 : Latin1;
                if (ReferenceEquals(encoding, Latin1)) chars = length; // one character per byte
                if (chars > int.MaxValue) return false;
                string decoded = string.Create((int)chars, (reader, encoding), static (span, state) => state.reader.DecodeInto(span, state.encoding));
                if (reader._failed || stream.Length != length) return false; // the file changed between the passes: read it whole instead
                text = new ConfigText(decoded, encoding) { WideEncoding = wide, ByteLength = length };
                return true;
            }

            /// <summary>The number of characters, or false when the bytes are not valid UTF-8.</summary>
            private bool CountChars(Encoding encoding, out long chars)
            {
                chars = 0;
                _stream.Position = 0;
                var decoder = encoding.GetDecoder();

                // Decoded into a scratch block and dropped: Decoder.GetCharCount does not carry a character cut by the
                // block's end over to the next block, GetChars does.
                var scratch = new char[encoding.GetMaxCharCount(_buffer.Length)];
                try
                {
                    int read;
                    while ((read = _stream.Read(_buffer, 0, _buffer.Length)) > 0) chars += decoder.GetChars(_buffer, 0, read, scratch, 0, flush: false);
                    chars += decoder.GetChars(_buffer, 0, 0, scratch, 0, flush: true);
                    return true;
                }
                catch (DecoderFallbackException)
                {
                    return false;
                }
            }

            private void DecodeInto(Span<char> destination, Encoding encoding)
            {
                _stream.Position = 0;
                var decoder = encoding.GetDecoder();
                int written = 0;
                try
                {
                    int read;
                    while ((read = _stream.Read(_buffer, 0, _buffer.Length)) > 0)
                    {
                        written += decoder.GetChars(_buffer.AsSpan(0, read), destination.Slice(written), flush: false);
                    }

                    written += decoder.GetChars(ReadOnlySpan<byte>.Empty, destination.Slice(written), flush: true);
                }
                catch (Exception e) when (e is ArgumentException or DecoderFallbackException)
                {
                    // More characters than counted (ArgumentException: destination too small), or invalid bytes now.
                    _failed = true;
                    return;
                }

                _failed = written != destination.Length;
            }
        }
#endif

        /// <summary>The bytes of <paramref name="text"/> in <paramref name="encoding"/> (UTF-8 when null).</summary>
        public static byte[] Encode(string text, Encoding? encoding) => (encoding ?? StrictUtf8).GetBytes(text);
    }
}
