using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.Keepalived;
using Xunit;

namespace HaConfig.Tests.Robustness
{
    /// <summary>
    /// Inputs built to break a parser — deep nesting, huge lines, huge files, binary and mis-encoded bytes — go through
    /// parse, write-back, validation, expansion and formatting without an exception, a stack overflow or a hang.
    /// Each case must finish within <see cref="Budget"/>.
    /// </summary>
    public class PathologicalInputTests
    {
        // A guard against hangs and quadratic blow-ups, not a performance claim (those live in benchmarks/): generous
        // enough for a loaded 2-core CI machine, where test assemblies run in parallel with pack-and-build tests.
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

        [Fact]
        public void Keepalived_100k_nested_braces() =>
            Keepalived(string.Concat(Enumerable.Repeat("vrrp_instance VI {\n", 100_000)));

        [Fact]
        public void Keepalived_100k_braces_on_one_line() =>
            Keepalived("global_defs " + new string('{', 100_000) + "\n");

        [Fact]
        public void HAProxy_100k_nested_if() =>
            HAProxy("global\n" + string.Concat(Enumerable.Repeat(".if 1\n", 100_000)) + "  maxconn 10\n");

        [Fact]
        public void HAProxy_100k_balanced_if() =>
            HAProxy("global\n" + string.Concat(Enumerable.Repeat(".if 1\n", 100_000)) + string.Concat(Enumerable.Repeat(".endif\n", 100_000)));

        [Fact]
        public void Both_formats_survive_a_50MB_single_line()
        {
            // Over the default size limit: kept, not parsed, one diagnostic.
            string text = "frontend " + new string('a', 50 * 1024 * 1024) + "\n";
            HAProxy(text, validate: false).Should().Contain(d => d.Id == "HA0040");
            KeepalivedDiagnostics(text, validate: false).Diagnostics.Should().Contain(d => d.Id == "HA0040");

            // With the limit raised, the line is really lexed.
            var limits = new HaConfigLimits { MaxFileBytes = 64L * 1024 * 1024 };
            var watch = Stopwatch.StartNew();
            HAProxyConfig.Parse(text, "p.cfg", limits).Validate().Should().Contain(d => d.Id == "HA0041").And.NotContain(d => d.Id == "HA9998");
            KeepalivedConfig.Parse(text, "p.conf", limits).Validate().Should().Contain(d => d.Id == "HA0041").And.NotContain(d => d.Id == "HA9998");
            watch.Elapsed.Should().BeLessThan(Budget);
        }

        [Fact]
        public void Both_formats_survive_a_50MB_single_line_of_words()
        {
            var builder = new StringBuilder("global\n  log");
            while (builder.Length < 50 * 1024 * 1024) builder.Append(" ab");
            builder.Append('\n');
            HAProxy(builder.ToString(), validate: false);
            Keepalived(builder.ToString(), validate: false);
        }

        [Fact]
        public void Keepalived_file_of_100MB_of_open_braces()
        {
            // 100 MB of '{' in one file: read through Load (limits apply), which must refuse with a diagnostic, not exhaust memory.
            string dir = Directory.CreateTempSubdirectory("haconfig-big").FullName;
            try
            {
                string path = Path.Combine(dir, "keepalived.conf");
                using (var stream = File.Create(path))
                {
                    var chunk = Encoding.ASCII.GetBytes(new string('{', 1024 * 1024));
                    for (int i = 0; i < 100; i++) stream.Write(chunk, 0, chunk.Length);
                }

                var watch = Stopwatch.StartNew();
                var config = KeepalivedConfig.Load(path);
                config.Diagnostics.Should().Contain(d => d.Id == "HA0040");
                watch.Elapsed.Should().BeLessThan(Budget);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Keepalived_20MB_of_open_braces_parsed_from_text()
        {
            // Under the default 32 MiB size limit, so this is lexed (20 million '{' words), but the line is over the
            // length limit: reported and not interpreted.
            var (_, diagnostics) = KeepalivedDiagnostics(new string('{', 20 * 1024 * 1024) + "\n", validate: false);
            diagnostics.Should().Contain(d => d.Id == "HA0041");

            // '{' lines under the length limit: every brace becomes a node and an HA0031 diagnostic (about 15 µs each),
            // so this part is 200 KB to stay within the budget; 20 MB of such lines takes minutes (see docs/security.md).
            var (_, lines) = KeepalivedDiagnostics(string.Concat(Enumerable.Repeat(new string('{', 1000) + "\n", 200)), validate: true);
            lines.Should().Contain(d => d.Id == "HA0042").And.NotContain(d => d.Id == "HA0041");
        }

        [Fact]
        public void Text_over_the_size_limit_is_kept_but_not_parsed()
        {
            var limits = new HaConfigLimits { MaxFileBytes = 1000 };
            string text = string.Concat(Enumerable.Repeat("global\n  maxconn 10\n", 100));
            var haproxy = HAProxyConfig.Parse(text, "big.cfg", limits);
            haproxy.ToString().Should().Be(text);
            haproxy.Validate().Should().ContainSingle().Which.Message.Should().Contain("HaConfigLimits.MaxFileBytes");
            var keepalived = KeepalivedConfig.Parse(text, "big.conf", limits);
            keepalived.ToString().Should().Be(text);
            keepalived.Validate().Select(d => d.Id).Should().Equal("HA0040");
            HAProxyConfig.Parse(text, "big.cfg").Diagnostics.Should().NotContain(d => d.Id == "HA0040");
        }

        [Fact]
        public void Line_over_the_length_limit_names_the_limit()
        {
            var limits = new HaConfigLimits { MaxLineLength = 50 };
            string text = "global\n  log " + new string('x', 60) + "\n";
            HAProxyConfig.Parse(text, "l.cfg", limits).Diagnostics.Should().ContainSingle(d => d.Id == "HA0041")
                .Which.Message.Should().Contain("HaConfigLimits.MaxLineLength").And.Contain("66");
            KeepalivedConfig.Parse(text, "l.conf", limits).Diagnostics.Should().Contain(d => d.Id == "HA0041" && d.Line == 2);
            HAProxyConfig.Parse(text, "l.cfg").Diagnostics.Should().NotContain(d => d.Id == "HA0041");
        }

        [Fact]
        public void Nesting_over_the_limit_is_flattened_and_braces_still_balance()
        {
            var limits = new HaConfigLimits { MaxNestingDepth = 3 };
            string text = "a {\n b {\n  c {\n   d {\n    e {\n     x 1\n    }\n   }\n  }\n }\n}\n";
            var config = KeepalivedConfig.Parse(text, "n.conf", limits);
            config.Diagnostics.Select(d => d.Id).Should().Equal("HA0042");
            config.Diagnostics[0].Line.Should().Be(4);
            KeepalivedConfig.Parse(text, "n.conf").Diagnostics.Should().BeEmpty();
        }

        [Fact]
        public void Utf16_files_get_one_clear_diagnostic_and_keep_their_bytes()
        {
            string dir = Directory.CreateTempSubdirectory("haconfig-utf16").FullName;
            try
            {
                foreach (var encoding in new Encoding[] { new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true), new UnicodeEncoding(false, false) })
                {
                    string path = Path.Combine(dir, "keepalived.conf");
                    byte[] bytes = encoding.GetPreamble().Concat(encoding.GetBytes("global_defs {\n  router_id a\n}\n")).ToArray();
                    File.WriteAllBytes(path, bytes);
                    var keepalived = KeepalivedConfig.Load(path);
                    keepalived.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("HA0044");
                    keepalived.Diagnostics[0].Message.Should().Contain("UTF-");
                    keepalived.Save(path);
                    File.ReadAllBytes(path).Should().Equal(bytes);
                    var haproxy = HAProxyConfig.Load(path);
                    haproxy.Validate().Select(d => d.Id).Should().Equal("HA0044");
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void Nul_bytes_everywhere()
        {
            string text = "global\0\n\0\0\0\n  maxconn \0 10\nvrrp_instance \0 {\n}\0\n";
            HAProxy(text).Should().Contain(d => d.Id == "HA0003");
            KeepalivedDiagnostics(text, true).Diagnostics.Should().Contain(d => d.Id == "HA0030");
        }

        [Fact]
        public void Invalid_utf8_falls_back_to_latin1_and_round_trips()
        {
            byte[] bytes = Encoding.ASCII.GetBytes("global\n  log 127.0.0.1 local0 # caf").Concat(new byte[] { 0xE9, 0xFF, 0xC3, 0x28, (byte)'\n' }).ToArray();
            var text = ConfigText.Decode(bytes);
            text.IsLatin1Fallback.Should().BeTrue();
            HAProxy(text.Text);
            Keepalived(text.Text);
            ConfigText.Encode(HAProxyConfig.Parse(text.Text).ToString(), text.Encoding).Should().Equal(bytes);
        }

        [Fact]
        public void Mixed_line_endings_round_trip()
        {
            string text = "global\r\n  maxconn 10\n\r\n  nbthread 2\r\r\nvrrp_instance VI {\r\n  state MASTER\n}\r\n";
            HAProxy(text);
            Keepalived(text);
        }

        [Fact]
        public void Pathological_keepalived_expansion_is_bounded()
        {
            string text = "$A=~SEQ(i,1,1,100000) x $i\n" + "~SEQ(i,1,1,2000000000) vrrp_instance VI_$i {\n}\n" +
                          "~LST(a," + string.Join(",", Enumerable.Range(0, 100_000)) + ") x $a\n";
            var config = Keepalived(text);
            var watch = Stopwatch.StartNew();
            var expansion = KeepalivedExpansion.Expand(config);
            // Each of the three written lines yields one line that does not count as generated.
            expansion.Lines.Count.Should().BeLessThanOrEqualTo(new KeepalivedExpansionOptions().MaxGeneratedLines + 3);
            watch.Elapsed.Should().BeLessThan(Budget);
        }

        private static System.Collections.Generic.IReadOnlyList<HaConfig.Diagnostics.Diagnostic> HAProxy(string text, bool validate = true)
        {
            var watch = Stopwatch.StartNew();
            var config = HAProxyConfig.Parse(text, "p.cfg");
            config.ToString().Should().Be(text);
            var diagnostics = validate ? config.Validate() : config.Diagnostics;
            diagnostics.Should().NotContain(d => d.Id == "HA9998");
            _ = config.ToFormattedString();
            watch.Elapsed.Should().BeLessThan(Budget);
            return diagnostics;
        }

        private static KeepalivedConfig Keepalived(string text, bool validate = true) => KeepalivedDiagnostics(text, validate).Config;

        private static (KeepalivedConfig Config, System.Collections.Generic.IReadOnlyList<HaConfig.Diagnostics.Diagnostic> Diagnostics) KeepalivedDiagnostics(string text, bool validate)
        {
            var watch = Stopwatch.StartNew();
            var config = KeepalivedConfig.Parse(text, "p.conf");
            config.ToString().Should().Be(text);
            var diagnostics = validate ? config.Validate() : config.Diagnostics;
            diagnostics.Should().NotContain(d => d.Id == "HA9998");
            _ = config.ToFormattedString();
            watch.Elapsed.Should().BeLessThan(Budget);
            return (config, diagnostics);
        }
    }
}
