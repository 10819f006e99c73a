using System;
using BenchmarkDotNet.Attributes;
using HaConfig.HAProxy;
using HaConfig.HAProxy.Syntax;
using HaConfig.Syntax;

namespace HaConfig.Benchmarks
{
    /// <summary>haproxy.cfg: lexing alone, parsing to the lossless tree, and writing back.</summary>
    [Config(typeof(BenchmarkConfig))]
    public class HAProxyParseBenchmarks
    {
        private string _text = string.Empty;
        private HAProxyConfig? _parsed;
        private readonly System.Collections.Generic.List<TokenRecord> _tokens = new();

        [Params(1_000, 10_000, 100_000, 1_000_000)]
        public int Lines { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _text = ConfigGenerator.HAProxy(Lines);
            _parsed = HAProxyConfig.Parse(_text, null, ConfigGenerator.Limits);
        }

        /// <summary>The lexer over every line, reusing one token buffer: the floor under parsing.</summary>
        [Benchmark]
        public int Lex()
        {
            var span = _text.AsSpan();
            int words = 0;
            while (span.Length > 0)
            {
                int end = span.IndexOf('\n');
                var line = end < 0 ? span : span.Slice(0, end);
                _tokens.Clear();
                var result = new LineLexResult { CommentStart = -1 };
                HAProxyLexer.Instance.Lex(line, 0, _tokens, 0, ref result);
                words += _tokens.Count;
                span = end < 0 ? default : span.Slice(end + 1);
            }

            return words;
        }

        [Benchmark]
        public HAProxyConfig Parse() => HAProxyConfig.Parse(_text, null, ConfigGenerator.Limits);

        [Benchmark]
        public int ParseAndDiagnostics() => HAProxyConfig.Parse(_text, null, ConfigGenerator.Limits).Diagnostics.Count;

        /// <summary>Writing back an unedited document: the source text itself.</summary>
        [Benchmark]
        public int RoundTrip() => HAProxyConfig.Parse(_text, null, ConfigGenerator.Limits).ToString().Length;
    }
}
