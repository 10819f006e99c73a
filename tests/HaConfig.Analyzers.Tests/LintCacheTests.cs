using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Analyzers.Tests.Infrastructure;
using HaConfig.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace HaConfig.Analyzers.Tests
{
    public class LintCacheTests
    {
        private static readonly IReadOnlyList<Diagnostic> Nothing = Array.Empty<Diagnostic>();

        [Fact]
        public void The_same_text_instance_is_linted_once()
        {
            var cache = new LintCache(8);
            var text = SourceText.From("backend b\n");
            int lints = 0;

            for (int i = 0; i < 3; i++) cache.GetOrAdd("/a/haproxy.cfg", ConfigFormat.HAProxy, text, () => { lints++; return Nothing; });

            lints.Should().Be(1);
        }

        [Fact]
        public void A_new_text_with_the_same_path_and_content_is_not_linted_again()
        {
            var cache = new LintCache(8);
            int lints = 0;

            cache.GetOrAdd("/a/haproxy.cfg", ConfigFormat.HAProxy, SourceText.From("backend b\n"), () => { lints++; return Nothing; });
            cache.GetOrAdd("/a/haproxy.cfg", ConfigFormat.HAProxy, SourceText.From("backend b\n"), () => { lints++; return Nothing; });

            lints.Should().Be(1);
        }

        [Fact]
        public void Changed_content_another_path_or_another_format_is_linted_again()
        {
            var cache = new LintCache(8);
            int lints = 0;
            Func<IReadOnlyList<Diagnostic>> lint = () => { lints++; return Nothing; };

            cache.GetOrAdd("/a/haproxy.cfg", ConfigFormat.HAProxy, SourceText.From("backend b\n"), lint);
            cache.GetOrAdd("/a/haproxy.cfg", ConfigFormat.HAProxy, SourceText.From("backend c\n"), lint);
            cache.GetOrAdd("/b/haproxy.cfg", ConfigFormat.HAProxy, SourceText.From("backend b\n"), lint);
            cache.GetOrAdd("/a/haproxy.cfg", ConfigFormat.Keepalived, SourceText.From("backend b\n"), lint);

            lints.Should().Be(4);
        }

        [Fact]
        public void The_cache_by_content_is_bounded_and_drops_the_least_recently_used()
        {
            var cache = new LintCache(2);
            int lints = 0;
            Func<IReadOnlyList<Diagnostic>> lint = () => { lints++; return Nothing; };

            cache.GetOrAdd("/1.cfg", ConfigFormat.HAProxy, SourceText.From("a"), lint);
            cache.GetOrAdd("/2.cfg", ConfigFormat.HAProxy, SourceText.From("b"), lint);
            cache.GetOrAdd("/1.cfg", ConfigFormat.HAProxy, SourceText.From("a"), lint); // touch 1
            cache.GetOrAdd("/3.cfg", ConfigFormat.HAProxy, SourceText.From("c"), lint); // evicts 2
            cache.GetOrAdd("/1.cfg", ConfigFormat.HAProxy, SourceText.From("a"), lint); // still cached
            cache.GetOrAdd("/2.cfg", ConfigFormat.HAProxy, SourceText.From("b"), lint); // linted again

            cache.Count.Should().Be(2);
            lints.Should().Be(4);
        }

        [Fact]
        public void A_failing_lint_is_not_cached()
        {
            var cache = new LintCache(8);
            int lints = 0;
            var text = SourceText.From("x");

            Action failing = () => cache.GetOrAdd("/h.cfg", ConfigFormat.HAProxy, text, () => { lints++; throw new InvalidOperationException(); });
            failing.Should().Throw<InvalidOperationException>();
            cache.GetOrAdd("/h.cfg", ConfigFormat.HAProxy, text, () => { lints++; return Nothing; });

            lints.Should().Be(2);
        }

        [Fact]
        public async Task The_analyzer_does_not_lint_an_unchanged_file_twice_across_compilations()
        {
            int lints = 0;
            var cache = new LintCache(8);
            var analyzer = new ConfigFileAnalyzer((text, path, format) => { Interlocked.Increment(ref lints); return ConfigLinter.Lint(text, path, format); }, cache);
            var files = new[] { ("/src/haproxy.cfg", "frontend fe\n    use_backend nope\n") };

            var first = await AnalyzerRunner.RunAsync(analyzer, files);
            var second = await AnalyzerRunner.RunAsync(analyzer, files);

            lints.Should().Be(1);
            second.Diagnostics.Select(d => d.ToString()).Should().Equal(first.Diagnostics.Select(d => d.ToString()));
            first.Diagnostics.Select(d => d.Id).Should().Contain("HA1003");
        }
    }
}
