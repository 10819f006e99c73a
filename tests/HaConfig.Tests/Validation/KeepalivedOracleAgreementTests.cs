using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using HaConfig.Validation;
using Xunit;
using Xunit.Abstractions;

namespace HaConfig.Tests.Validation
{
    public class KeepalivedOracleAgreementTests
    {
        /// <summary>keepalived lines we do not report as an error on the same line, and why.</summary>
        private static readonly Dictionary<string, string> Skips = new(StringComparer.Ordinal)
        {
            ["06_misc_vrrp_errors.conf:6"] = "'foo' inside the unknown block bogus_top_level: HA2020 reports the block once, not its contents",
            ["06_misc_vrrp_errors.conf:7"] = "the unknown block's '}' (cascade of the unknown block, reported once as HA2020 on line 5)",
            ["06_misc_vrrp_errors.conf:SECURITY VIOLATION"] = "depends on the script existing on the machine; HA2011 reports it as a warning",
            ["10_include_missing.conf:1"] = "plain include of a missing file: HA0025 is a warning by design (keepalived tolerates it)",
            ["10_include_missing.conf:2"] = "plain include of a missing file: HA0025 is a warning by design",
            ["15_script_nosecurity.conf:SECURITY VIOLATION"] = "machine-dependent (script must exist); HA2011 warning",
            ["24_linkbeat_fatal.conf:2"] = "interface existence is machine state; never checked statically",
            ["25_comments_quotes.conf:SECURITY VIOLATION"] = "machine-dependent (script must exist); HA2011 warning",
            ["27_script_security_nouser.conf:6"] = "the keepalived_script user is machine state; HA2012 reports it as a warning",
            ["27_script_security_nouser.conf:14"] = "consequence of the script removed for the missing user (machine state)",
            ["28_vs_semantics.conf:SECURITY VIOLATION"] = "machine-dependent (MISC_CHECK script must exist); HA2011 warning",
            ["28_vs_semantics.conf:27"] = "keepalived names the real server's closing brace (line 27); HA2019 points at the real_server line (25)",
            ["30_lexer_quirks.conf:Non-existent interface"] = "interface existence is machine state",
            ["31_newer_keywords.conf:13"] = "'key' inside auth_hmac, which HA2021 reports as a whole",
            ["31_newer_keywords.conf:14"] = "'active_key' inside auth_hmac, which HA2021 reports as a whole",
            ["31_newer_keywords.conf:16"] = "auth_hmac's '}' (cascade of the unknown block)",
            ["31_newer_keywords.conf:No VIP specified"] = "cascade: auth_hmac's '}' ended the instance before its VIPs on 2.2.7",
        };

        private readonly ITestOutputHelper _output;

        public KeepalivedOracleAgreementTests(ITestOutputHelper output) => _output = output;

        private static string ErrorsDirectory => Corpus.FullPath("keepalived-errors");

        [SkippableFact]
        public void Every_error_keepalived_2_2_7_printed_for_the_error_cases_is_an_error_of_ours_on_the_same_line()
        {
            Corpus.Require();
            var expected = ParseExpected(File.ReadAllLines(Path.Combine(ErrorsDirectory, "EXPECTED-2.2.7.txt")));
            var options = new ValidationOptions { KeepalivedVersion = new Version(2, 2, 7) };
            int total = 0, matched = 0;
            var misses = new List<string>();
            foreach (var group in expected.GroupBy(e => e.File))
            {
                var diagnostics = KeepalivedConfig.Load(Path.Combine(ErrorsDirectory, group.Key)).Validate(options)
                    .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                foreach (var (file, includePath, line, message) in group.Distinct())
                {
                    total++;
                    var ids = KeepalivedMeanings.IdsFor(message);
                    bool found = line is { } n
                        ? diagnostics.Any(d => d.Line == n && ids.Contains(d.Id) && (includePath is null ? Path.GetFileName(d.Path) == file : d.Path!.EndsWith(includePath, StringComparison.Ordinal)))
                        : diagnostics.Any(d => ids.Contains(d.Id) && (BlockNamed(message) is not { } block || d.Message.Contains(block, StringComparison.Ordinal)));
                    if (found)
                    {
                        matched++;
                        continue;
                    }

                    string key = file + ":" + (line?.ToString() ?? Skips.Keys.Where(k => k.StartsWith(file + ":", StringComparison.Ordinal)).Select(k => k.Substring(file.Length + 1)).FirstOrDefault(message.Contains) ?? message);
                    if (!Skips.ContainsKey(key)) misses.Add($"{key}: {message}");
                }
            }

            _output.WriteLine($"matched {matched} of {total} distinct keepalived error lines; {total - matched - misses.Count} skipped with a reason");
            foreach (var miss in misses) _output.WriteLine("MISS " + miss);
            misses.Should().BeEmpty();
        }

        [SkippableFact]
        public void No_corpus_file_keepalived_accepts_gets_an_error_from_us()
        {
            Oracle.RequireKeepalived();
            Corpus.Require();
            var files = Directory.GetFiles(Corpus.FullPath("keepalived")).Concat(Directory.GetFiles(ErrorsDirectory))
                .Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal) && !f.EndsWith(".sh", StringComparison.Ordinal) && !f.EndsWith(".cfg", StringComparison.Ordinal) && !f.EndsWith(".txt", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal).ToList();
            int accepted = 0;
            var falseErrors = new List<string>();
            foreach (var file in files)
            {
                if (!Oracle.CheckKeepalivedFile(file).Accepted) continue;
                accepted++;
                foreach (var d in KeepalivedConfig.Load(file).Validate().Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    falseErrors.Add($"{Path.GetFileName(file)}:{d.Line}:{d.Column} {d.Id} {d.Message}");
                }
            }

            _output.WriteLine($"{accepted} of {files.Count} files accepted by keepalived -t; {falseErrors.Count} false errors");
            falseErrors.Should().BeEmpty();
        }

        private static string? BlockNamed(string message)
        {
            var match = Regex.Match(message, "^\\((\\w+)\\)|Virtual server (\\[[^\\]]+\\]|FWM \\d+)");
            return match.Success ? (match.Groups[1].Success ? match.Groups[1].Value : null) : null;
        }

        private static List<(string File, string? IncludePath, int? Line, string Message)> ParseExpected(string[] lines)
        {
            var result = new List<(string, string?, int?, string)>();
            string? file = null;
            var prefixed = new Regex("^\\((?:(?<path>[^:()]+): )?Line (?<line>\\d+)\\) (?<message>.*)$");
            foreach (var line in lines)
            {
                if (line.StartsWith("===", StringComparison.Ordinal))
                {
                    file = line.Trim('=', ' ');
                    continue;
                }

                if (file is null || line.StartsWith("[exit=", StringComparison.Ordinal) || line.StartsWith("runner:", StringComparison.Ordinal)) continue;
                var match = prefixed.Match(line);
                if (match.Success)
                {
                    string? path = match.Groups["path"].Success ? match.Groups["path"].Value : null;
                    result.Add((file, path is not null && path != file ? path : null, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["message"].Value));
                }
                else
                {
                    result.Add((file, null, null, line));
                }
            }

            return result;
        }
    }
}
