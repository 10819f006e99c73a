using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using HaConfig.Tests.Infrastructure;

namespace HaConfig.Tests.Robustness
{
    /// <summary>
    /// Inputs for the fuzz properties: raw text over an alphabet of the characters that matter to the lexers, text
    /// from a small grammar of both formats, and mutations of real files (the corpus when present, else the
    /// project's own examples). Iterations scale with <c>HACONFIG_FUZZ_ITERATIONS</c> (default: a few seconds in CI).
    /// </summary>
    internal static class FuzzSeeds
    {
        public static long Iterations =>
            long.TryParse(Environment.GetEnvironmentVariable("HACONFIG_FUZZ_ITERATIONS"), out long n) && n > 0 ? n : 400;

        /// <summary>Seconds each property may run at most (0 = no limit), so CI stays bounded whatever the iteration count.</summary>
        public static int Seconds =>
            int.TryParse(Environment.GetEnvironmentVariable("HACONFIG_FUZZ_SECONDS"), out int n) && n >= 0 ? n : 3;

        private const string Alphabet = "ab01 \t\t\n\n\n\r#!\"'\\{}$@~(),.:-_x\0\u00e9\uFEFF";

        private static readonly string[] Words =
        {
            "global", "defaults", "frontend", "backend", "listen", "server", "bind", "mode", "http", "tcp", "timeout", "client",
            "5s", "10", "check", "weight", "acl", "use_backend", "if", "!", "{", "}", ".if", ".endif", ".else", "option", "httpchk",
            "vrrp_instance", "VI_1", "state", "MASTER", "virtual_router_id", "51", "priority", "authentication", "auth_pass",
            "virtual_ipaddress", "10.0.0.1/24", "track_script", "vrrp_script", "script", "\"/bin/true\"", "include", "$X=1",
            "$X", "${X}", "@main", "~SEQ(i,1,3)", "#", "!", "'q u'", "\"d q\"", "a\\ b", "\\x41", "*:80", "127.0.0.1:8080",
        };

        public static readonly Gen<string> RawText = Gen.String[Gen.Char[Alphabet], 0, 300];

        public static readonly Gen<string> GrammarText =
            Gen.Select(Gen.Int[0, 3], Gen.OneOf(Words).Array[1, 8], (indent, words) => new string(' ', indent * 2) + string.Join(" ", words))
                .Array[0, 40]
                .Select(lines => string.Join("\n", lines) + "\n");

        public static IReadOnlyList<string> Files(string formatPrefix)
        {
            var texts = new List<string>();
            if (Corpus.IsPresent)
            {
                foreach (var row in Corpus.Files(formatPrefix)) texts.Add(Corpus.ReadText((string)row[0]));
            }

            string example = Path.Combine(Repository.DocsExamples, formatPrefix == "haproxy" ? "haproxy.cfg" : "keepalived.conf");
            if (File.Exists(example)) texts.Add(File.ReadAllText(example));
            return texts.Where(t => t.Length < 200_000).ToList();
        }

        /// <summary>A real file with up to eight random edits: characters inserted, deleted or replaced, lines duplicated or dropped.</summary>
        public static Gen<string> Mutations(IReadOnlyList<string> files) =>
            Gen.Select(Gen.Int[0, Math.Max(0, files.Count - 1)], Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Char[Alphabet]).Array[1, 8],
                (index, edits) =>
                {
                    string text = files.Count == 0 ? string.Empty : files[index];
                    foreach (var (kind, position, c) in edits)
                    {
                        int at = text.Length == 0 ? 0 : position % text.Length;
                        text = kind switch
                        {
                            0 => text.Insert(at, c.ToString()),
                            1 when text.Length > 0 => text.Remove(at, 1),
                            2 when text.Length > 0 => text.Remove(at, 1).Insert(at, c.ToString()),
                            3 => DuplicateLine(text, at),
                            _ => DropLine(text, at),
                        };
                    }

                    return text;
                });

        private static string DuplicateLine(string text, int at)
        {
            int start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            int end = text.IndexOf('\n', at);
            if (end < 0) return text;
            return text.Insert(end + 1, text.Substring(start, end - start + 1));
        }

        private static string DropLine(string text, int at)
        {
            int start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            int end = text.IndexOf('\n', at);
            return end < 0 ? text.Substring(0, start) : text.Remove(start, end - start + 1);
        }
    }
}
