using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace HaConfig.Tests.IO
{
    /// <summary>
    /// Reading a file decodes it block by block into the string (no byte array of the whole file): the result must be
    /// what decoding the whole file at once gives, for every content and wherever the blocks cut a character.
    /// </summary>
    public class ConfigTextReadTests : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("haconfig-read-").FullName;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        public static IEnumerable<object[]> Contents()
        {
            yield return new object[] { "empty", Array.Empty<byte>() };
            yield return new object[] { "ascii", Encoding.UTF8.GetBytes("global\n    maxconn 100\n\nbackend be\n    server s1 10.0.0.1:80 check\n") };
            yield return new object[] { "utf-8 with 2, 3 and 4-byte characters", Encoding.UTF8.GetBytes("# café ☃ 𝄞 résumé\nbackend bé\n    server s☃ 10.0.0.1:80 # 𝄞𝄞\n") };
            yield return new object[] { "utf-8 byte order mark", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("global\n  daemon\n")).ToArray() };
            yield return new object[] { "latin-1 (invalid utf-8 at the end)", Encoding.UTF8.GetBytes("global\n  daemon\n# caf").Concat(new byte[] { 0xE9, 0x0A }).ToArray() };
            yield return new object[] { "invalid utf-8 at the start", new byte[] { 0xFF, 0x41, 0x0A, 0xC3 } };
            yield return new object[] { "utf-8 cut inside its last character", Encoding.UTF8.GetBytes("x ☃").Take(4).ToArray() };
            yield return new object[] { "utf-16 le with byte order mark", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("global\n")).ToArray() };
            yield return new object[] { "utf-16 be without byte order mark", Encoding.BigEndianUnicode.GetBytes("global\n") };
            yield return new object[] { "nul bytes", new byte[] { 0x67, 0, 0, 0x0A, 0 } };

            var pieces = new[] { "a", "b", " ", "\n", "\t", "é", "☃", "𝄞", "#", "\"" };
            var random = new Random(8);
            for (int i = 0; i < 20; i++)
            {
                // Mostly valid UTF-8 text with multi-byte characters everywhere, some files with one stray byte.
                var text = new StringBuilder();
                int length = random.Next(0, 300);
                for (int c = 0; c < length; c++) text.Append(pieces[random.Next(pieces.Length)]);
                var bytes = Encoding.UTF8.GetBytes(text.ToString()).ToList();
                if (i % 4 == 3 && bytes.Count > 0) bytes.Insert(random.Next(bytes.Count), (byte)random.Next(0x80, 0x100));
                yield return new object[] { $"random {i}", bytes.ToArray() };
            }
        }

        [Theory]
        [MemberData(nameof(Contents))]
        public void Reading_in_blocks_gives_what_decoding_the_whole_file_gives(string name, byte[] bytes)
        {
            string path = Path.Combine(_directory, "file.cfg");
            File.WriteAllBytes(path, bytes);
            var whole = ConfigText.Decode(bytes);

            foreach (int chunk in new[] { 1, 2, 3, 5, 7, 64, ConfigText.ReadChunkBytes })
            {
                var read = ConfigText.Read(path, chunk);

                read.Text.Should().Be(whole.Text, "{0}, blocks of {1} bytes", name, chunk);
                read.Encoding.WebName.Should().Be(whole.Encoding.WebName, "{0}, blocks of {1} bytes", name, chunk);
                read.IsLatin1Fallback.Should().Be(whole.IsLatin1Fallback);
                read.WideEncoding.Should().Be(whole.WideEncoding);
                read.ByteLength.Should().Be(bytes.LongLength);
            }
        }

        [Fact]
        public void A_missing_file_is_an_IO_error_as_before()
        {
            var act = () => ConfigText.Read(Path.Combine(_directory, "absent.cfg"));

            act.Should().Throw<FileNotFoundException>();
        }
    }
}
