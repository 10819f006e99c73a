using System;
using System.IO;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.IO
{
    /// <summary>
    /// <c>Save()</c> writes a temporary file beside the target and renames it over the target: when the directory refuses
    /// the temporary file, the target keeps every byte and nothing is left behind; when it succeeds, the target keeps
    /// its mode bits.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // each test skips there, saying so
    public sealed class SafeSaveTests : IDisposable
    {
        private const string HAProxyText = "global\n  maxconn   100\n";
        private const string KeepalivedText = "vrrp_instance VI_1 {\nstate MASTER\n}\n";

        private readonly string _directory = Directory.CreateTempSubdirectory("haconfig-save").FullName;

        public static TheoryData<string> Formats() => new() { "haproxy.cfg", "keepalived.conf" };

        [SkippableTheory]
        [MemberData(nameof(Formats))]
        public void Save_into_an_unwritable_directory_fails_and_leaves_the_file_byte_identical_with_no_temporary_file(string name)
        {
            string path = Path.Combine(_directory, name);
            File.WriteAllText(path, Original(name));
            byte[] before = File.ReadAllBytes(path);
            Action save = Edited(path);

            using (var locked = ReadOnlyDirectory.Lock(_directory))
            {
                save.Should().Throw<Exception>().Where(e => e is UnauthorizedAccessException || e is IOException, locked.How);
                File.ReadAllBytes(path).Should().Equal(before);
                ReadOnlyDirectory.Entries(_directory).Should().Equal(name);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Formats))]
        public void Save_keeps_the_mode_bits_of_the_file_it_replaces(string name)
        {
            Skip.If(OperatingSystem.IsWindows(), "mode bits are Unix");
            string path = Path.Combine(_directory, name);
            File.WriteAllText(path, Original(name));
            var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead; // 0640
            File.SetUnixFileMode(path, mode);

            Edited(path)();

            File.ReadAllText(path).Should().NotBe(Original(name), "the edit was saved");
            File.GetUnixFileMode(path).Should().Be(mode);
            ReadOnlyDirectory.Entries(_directory).Should().Equal(name);
        }

        public void Dispose() => Directory.Delete(_directory, true);

        private static string Original(string name) => name.EndsWith(".cfg", StringComparison.Ordinal) ? HAProxyText : KeepalivedText;

        // Loads the file, changes one value through the model, and returns the Save of it.
        private static Action Edited(string path)
        {
            if (path.EndsWith(".cfg", StringComparison.Ordinal))
            {
                var haproxy = HAProxyConfig.Load(path);
                haproxy.Lines[1].SetValue(1, "200");
                return () => haproxy.Save(path);
            }

            var keepalived = KeepalivedConfig.Load(path);
            keepalived.Lines[1].SetValue(1, "BACKUP");
            return () => keepalived.Save(path);
        }
    }
}
