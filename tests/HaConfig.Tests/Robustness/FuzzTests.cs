using System.Linq;
using CsCheck;
using FluentAssertions;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;
using HaConfig.Keepalived;
using HaConfig.Keepalived.Syntax;
using Xunit;

namespace HaConfig.Tests.Robustness
{
    /// <summary>
    /// For every generated or mutated input: parsing does not throw and writes back the input exactly, validation
    /// does not throw and no rule fails (HA9998), and formatting re-parses to the same words and is idempotent.
    /// </summary>
    public class FuzzTests
    {
        [Fact]
        public void HAProxy_survives_random_text() => CheckHAProxy(FuzzSeeds.RawText);

        [Fact]
        public void HAProxy_survives_grammar_generated_text() => CheckHAProxy(FuzzSeeds.GrammarText);

        [Fact]
        public void HAProxy_survives_mutated_real_files() => CheckHAProxy(FuzzSeeds.Mutations(FuzzSeeds.Files("haproxy")));

        [Fact]
        public void Keepalived_survives_random_text() => CheckKeepalived(FuzzSeeds.RawText);

        [Fact]
        public void Keepalived_survives_grammar_generated_text() => CheckKeepalived(FuzzSeeds.GrammarText);

        [Fact]
        public void Keepalived_survives_mutated_real_files() => CheckKeepalived(FuzzSeeds.Mutations(FuzzSeeds.Files("keepalived")));

        private static void CheckHAProxy(Gen<string> inputs) => inputs.Sample(text =>
        {
            var config = HAProxyConfig.Parse(text, "fuzz.cfg");
            config.ToString().Should().Be(text);
            config.Validate().Should().NotContain(d => d.Id == "HA9998");
            _ = config.Sections.Count + config.Backends.SelectMany(b => b.Servers).Count();
            string formatted = config.ToFormattedString();
            var reparsed = HAProxyConfig.Parse(formatted, "fuzz.cfg");
            Words(reparsed.Lines.Where(l => l.Kind != HAProxyLineKind.Blank)).Should().Equal(Words(config.Lines.Where(l => l.Kind != HAProxyLineKind.Blank)));
            reparsed.ToFormattedString().Should().Be(formatted);
        }, iter: FuzzSeeds.Iterations, time: FuzzSeeds.Seconds, threads: 1);

        private static void CheckKeepalived(Gen<string> inputs) => inputs.Sample(text =>
        {
            var config = KeepalivedConfig.Parse(text, "fuzz.conf");
            config.ToString().Should().Be(text);
            config.Validate().Should().NotContain(d => d.Id == "HA9998");
            _ = config.VrrpInstances.Sum(i => i.Priority ?? 0);
            string formatted = config.ToFormattedString();
            var reparsed = KeepalivedConfig.Parse(formatted, "fuzz.conf");
            Words(reparsed.Lines.Where(l => l.Kind != KeepalivedLineKind.Blank)).Should().Equal(Words(config.Lines.Where(l => l.Kind != KeepalivedLineKind.Blank)));
            reparsed.ToFormattedString().Should().Be(formatted);
        }, iter: FuzzSeeds.Iterations, time: FuzzSeeds.Seconds, threads: 1);

        private static string[] Words(System.Collections.Generic.IEnumerable<HaConfig.Syntax.SyntaxLineView> lines) =>
            lines.Select(l => string.Join("\u0001", l.Tokens.Select(t => t.Value)) + "|" + l.Comment?.TrimEnd()).ToArray();
    }
}
