using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using HaConfig.Validation;
using Xunit;
using Xunit.Abstractions;

namespace HaConfig.Tests.Validation
{
    /// <summary>
    /// Mutates the corpus files keepalived 2.2.7 accepts (see <see cref="KeepalivedMutations"/>) and lets <c>keepalived -t</c>
    /// decide which mutants are broken. For a rejected mutant we must report an ERROR with the same meaning on the first line
    /// keepalived names (later lines are usually cascades of the first), or, when keepalived names no line, an error naming
    /// the block its message names. For an accepted mutant we must not report an error the original did not have.
    /// </summary>
    public class KeepalivedRejectionAgreementTests
    {
        /// <summary>Rejected mutants we do not match, and why ("mutation" for every file, or "file:mutation").</summary>
        private static readonly Dictionary<string, string> Skips = new(StringComparer.Ordinal)
        {
            ["advert_int-0.5"] = "keepalived -t reports 'VRRPv2 advertisement interval 0.500000s must be an integer. rounding' and runs with 1 s: "
                + "HA2031 reports it as a warning by design (the configuration works, only the timing differs)",
        };

        /// <summary>Accepted mutants where we report an error on purpose ("file:mutation"), and why.</summary>
        private static readonly Dictionary<string, string> AcceptedSkips = new(StringComparer.Ordinal)
        {
            ["22_dynamic_if.conf:duplicate-vrid"] = "the instances use interface ethX9, which does not exist; with dynamic_interfaces keepalived skips "
                + "the VRID conflict check for it (machine state), and the conflict is real once the interface appears",
        };

        private static readonly Regex Prefixed = new("^\\((?:(?<path>[^()]+): )?Line (?<line>\\d+)\\) (?<message>.*)$");

        private readonly ITestOutputHelper _output;

        public KeepalivedRejectionAgreementTests(ITestOutputHelper output) => _output = output;

        [SkippableFact]
        public void Every_mutant_keepalived_rejects_gets_an_error_on_the_line_keepalived_names_and_accepted_mutants_get_none()
        {
            Oracle.RequireKeepalived();
            Corpus.Require();
            var options = new ValidationOptions { KeepalivedVersion = new Version(2, 2, 7) };
            var sources = AcceptedSources(options);
            sources.Should().NotBeEmpty("the corpus holds keepalived files with a vrrp_instance that keepalived accepts");
            var mutants = new List<(string File, string Mutation, string Text, List<string> Baseline)>();
            foreach (var (file, text, baseline) in sources)
            {
                var lines = text.Split('\n').ToList();
                foreach (var (name, apply) in KeepalivedMutations.All)
                {
                    if (apply(lines) is { } mutated) mutants.Add((file, name, string.Join("\n", mutated), baseline));
                }
            }

            var results = new ConcurrentBag<(string Key, string Mutation, bool Rejected, string? Miss, string? FalseError)>();
            Parallel.ForEach(mutants, new ParallelOptions { MaxDegreeOfParallelism = 2 }, mutant =>
            {
                using var directory = new TemporaryDirectory();
                string path = Path.Combine(directory.Path, mutant.File);
                File.WriteAllText(path, mutant.Text, new UTF8Encoding(false));
                var oracle = Oracle.CheckKeepalivedFile(path);
                var errors = KeepalivedConfig.Parse(mutant.Text, path).Validate(options).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                string key = mutant.File + ":" + mutant.Mutation;
                if (oracle.Accepted)
                {
                    var introduced = errors.Select(d => d.Id + " " + d.Message).Where(e => !mutant.Baseline.Contains(e)).ToList();
                    results.Add((key, mutant.Mutation, false, null, introduced.Count == 0 ? null : string.Join(" | ", introduced)));
                    return;
                }

                results.Add((key, mutant.Mutation, true, Agrees(oracle.Output, errors), null));
            });

            var rejected = results.Where(r => r.Rejected).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            int matched = rejected.Count(r => r.Miss is null);
            var skipped = rejected.Where(r => r.Miss is not null && (Skips.ContainsKey(r.Mutation) || Skips.ContainsKey(r.Key))).ToList();
            var misses = rejected.Where(r => r.Miss is not null && !Skips.ContainsKey(r.Mutation) && !Skips.ContainsKey(r.Key)).ToList();
            var falseErrors = results.Where(r => r.FalseError is not null && !AcceptedSkips.ContainsKey(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            _output.WriteLine($"{sources.Count} accepted corpus files, {results.Count} mutants: {rejected.Count} rejected by keepalived -t, {results.Count - rejected.Count} accepted");
            _output.WriteLine($"agreement on rejected mutants: {matched}/{rejected.Count} matched ({100.0 * matched / Math.Max(1, rejected.Count):F1}%), {skipped.Count} skipped with a reason, {misses.Count} missed");
            foreach (var skip in skipped) _output.WriteLine($"SKIP {skip.Key}: {skip.Miss}");
            foreach (var miss in misses) _output.WriteLine($"MISS {miss.Key}: {miss.Miss}");
            foreach (var error in falseErrors) _output.WriteLine($"FALSE ERROR {error.Key}: {error.FalseError}");
            rejected.Should().NotBeEmpty();
            misses.Select(m => m.Key + ": " + m.Miss).Should().BeEmpty();
            falseErrors.Select(m => m.Key + ": " + m.FalseError).Should().BeEmpty();
        }

        /// <summary>Null when our errors agree with keepalived's output, else what is missing.</summary>
        private static string? Agrees(string output, List<Diagnostic> errors)
        {
            var messages = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var located = messages.Select(m => Prefixed.Match(m)).Where(m => m.Success)
                .Select(m => (Line: int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), Message: m.Groups["message"].Value)).ToList();
            if (located.Count > 0)
            {
                int first = located.Min(m => m.Line);
                var here = located.Where(m => m.Line == first).Select(m => m.Message).Distinct().ToList();
                var ids = here.SelectMany(KeepalivedMeanings.IdsFor).ToHashSet(StringComparer.Ordinal);
                if (errors.Any(d => d.Line == first && ids.Contains(d.Id))) return null;
                return $"line {first}: {string.Join(" / ", here)} (expected one of [{string.Join(", ", ids)}]; ours on that line: [{string.Join(", ", errors.Where(d => d.Line == first).Select(d => d.Id))}])";
            }

            string message = messages.FirstOrDefault() ?? "(no output)";
            var expected = KeepalivedMeanings.IdsFor(message);
            string? block = BlockNamed(message);
            if (errors.Any(d => expected.Contains(d.Id) && (block is null || d.Message.Contains(block, StringComparison.Ordinal)))) return null;
            return $"{message} (expected one of [{string.Join(", ", expected)}] naming {block ?? "no block"}; ours: [{string.Join(", ", errors.Select(d => d.Id).Distinct())}])";
        }

        /// <summary>The instance or group a line-less keepalived message is about.</summary>
        private static string? BlockNamed(string message)
        {
            var match = Regex.Match(message, "^\\((\\w+)\\)|^(\\w+) and (\\w+) both use|^Virtual router (\\S+) specified in sync group");
            if (!match.Success) return null;
            return match.Groups.Cast<Group>().Skip(1).Where(g => g.Success).Select(g => g.Value).Last();
        }

        /// <summary>Corpus files keepalived accepts that have a vrrp_instance to mutate, with their own errors (normally none).</summary>
        private static List<(string File, string Text, List<string> Baseline)> AcceptedSources(ValidationOptions options)
        {
            var candidates = Directory.GetDirectories(Repository.CorpusRoot)
                .Where(d => Path.GetFileName(d).StartsWith("keepalived", StringComparison.Ordinal))
                .SelectMany(Directory.GetFiles)
                .Where(f => !Regex.IsMatch(Path.GetFileName(f), "\\.(tsv|sh|cfg|txt|j2)$"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (Path: f, Text: File.ReadAllText(f)))
                .Where(f => KeepalivedMutations.FirstInstance(f.Text.Split('\n').ToList()) is not null && !Regex.IsMatch(f.Text, "^\\s*(include|@)", RegexOptions.Multiline))
                .ToList();
            var accepted = new ConcurrentBag<(string, string, List<string>)>();
            Parallel.ForEach(candidates, new ParallelOptions { MaxDegreeOfParallelism = 2 }, candidate =>
            {
                if (!Oracle.CheckKeepalivedFile(candidate.Path).Accepted) return;
                var baseline = KeepalivedConfig.Parse(candidate.Text, candidate.Path).Validate(options)
                    .Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + " " + d.Message).ToList();
                accepted.Add((Path.GetFileName(candidate.Path), candidate.Text, baseline));
            });
            return accepted.OrderBy(a => a.Item1, StringComparer.Ordinal).ToList();
        }
    }
}
