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

        /// <summary>Decodes bytes.</summary>
        public static ConfigText Decode(byte[] bytes)
        {
            if (bytes is null) throw new ArgumentNullException(nameof(bytes));
            try
            {
                return new ConfigText(StrictUtf8.GetString(bytes), StrictUtf8);
            }
            catch (DecoderFallbackException)
            {
                return new ConfigText(Latin1.GetString(bytes), Latin1);
            }
        }

        /// <summary>Reads a file.</summary>
        public static ConfigText Read(string path) => Decode(File.ReadAllBytes(path));

        /// <summary>The bytes of <paramref name="text"/> in <paramref name="encoding"/> (UTF-8 when null).</summary>
        public static byte[] Encode(string text, Encoding? encoding) => (encoding ?? StrictUtf8).GetBytes(text);
    }
}
