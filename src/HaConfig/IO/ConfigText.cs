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

        private static string? DetectWide(byte[] b)
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
        public static ConfigText Read(string path) => Decode(File.ReadAllBytes(path));

        /// <summary>The bytes of <paramref name="text"/> in <paramref name="encoding"/> (UTF-8 when null).</summary>
        public static byte[] Encode(string text, Encoding? encoding) => (encoding ?? StrictUtf8).GetBytes(text);
    }
}
