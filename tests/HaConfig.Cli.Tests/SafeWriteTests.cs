using System;
using System.IO;
using FluentAssertions;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Cli.Tests
{
    /// <summary>
    /// <c>fmt --write</c> and <c>generate</c> write through a temporary file and a rename: a directory that refuses the
    /// temporary file is exit code 2 with one line naming the file (no stack trace), and the files already there keep
    /// every byte with nothing left beside them; a successful write keeps the file's mode bits.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // each test skips there, saying so
    public class SafeWriteTests
    {
        private const string Messy = "global\n  maxconn   100\n";

        [SkippableFact]
        public void Fmt_write_into_an_unwritable_directory_exits_2_naming_the_file_and_leaves_it_untouched()
        {
            using var scratch = new Scratch();
            string file = scratch.Write("haproxy.cfg", Messy);
            byte[] before = File.ReadAllBytes(file);

            CliRunner.Result result;
            using (var locked = ReadOnlyDirectory.Lock(scratch.Root))
            {
                result = CliRunner.AsProcess("fmt", "--write", file);
                ReadOnlyDirectory.Entries(scratch.Root).Should().Equal(new[] { "haproxy.cfg" }, "no temporary file is left behind ({0})", locked.How);
            }

            result.ExitCode.Should().Be(2, result.Stderr);
            result.Stderr.Should().StartWith($"haconfig: {file}: cannot write: ");
            result.Stderr.TrimEnd().Should().NotContain("\n", "the error is one line").And.NotContain(" at HaConfig", "no stack trace");
            File.ReadAllBytes(file).Should().Equal(before);
        }

        [SkippableFact]
        public void Fmt_write_keeps_the_mode_bits_of_the_file()
        {
            Skip.If(OperatingSystem.IsWindows(), "mode bits are Unix");
            using var scratch = new Scratch();
            string file = scratch.Write("haproxy.cfg", Messy);
            var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead; // 0640
            File.SetUnixFileMode(file, mode);

            CliRunner.InProcess("fmt", "--write", file).ExitCode.Should().Be(0);

            File.ReadAllText(file).Should().Be("global\n    maxconn 100\n");
            File.GetUnixFileMode(file).Should().Be(mode);
        }

        [SkippableFact]
        public void Generate_into_unwritable_directories_exits_2_naming_the_file_and_leaves_the_existing_files_untouched()
        {
            using var scratch = new Scratch();
            string yaml = scratch.Write("pair.yaml", GenerateCommandTests.Topology);
            string outDir = Path.Combine(scratch.Root, "out");
            CliRunner.InProcess("generate", yaml, "--out", outDir).ExitCode.Should().Be(0);
            string edited = Path.Combine(outDir, "lb1", "haproxy.cfg");
            File.WriteAllText(edited, "# edited by hand\n");
            string lb1 = Path.Combine(outDir, "lb1"), lb2 = Path.Combine(outDir, "lb2");
            var before = (Entries: ReadOnlyDirectory.Entries(lb1), Bytes: File.ReadAllBytes(edited));

            CliRunner.Result result;
            using (var locked = ReadOnlyDirectory.Lock(lb1, lb2))
            {
                result = CliRunner.AsProcess("generate", yaml, "--out", outDir, "--force");
                ReadOnlyDirectory.Entries(lb1).Should().Equal(before.Entries, "no temporary file is left behind ({0})", locked.How);
            }

            result.ExitCode.Should().Be(2, result.Stderr);
            result.Stderr.Should().StartWith($"haconfig: {edited}: cannot write: ");
            result.Stderr.TrimEnd().Should().NotContain("\n", "the error is one line").And.NotContain(" at HaConfig", "no stack trace");
            File.ReadAllBytes(edited).Should().Equal(before.Bytes);
        }
    }
}
