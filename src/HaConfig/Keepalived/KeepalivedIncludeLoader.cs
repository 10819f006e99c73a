using System;
using System.Collections.Generic;
using System.IO;
using HaConfig.Keepalived.Syntax;
using HaConfig.Validation;

namespace HaConfig.Keepalived
{
    /// <summary>Follows <c>include</c> lines the way keepalived does: glob relative to the including file, with confinement, cycle and depth checks.</summary>
    internal static class KeepalivedIncludeLoader
    {
        private static readonly StringComparison PathComparison = StringComparison.Ordinal;

        public static KeepalivedConfig LoadFile(string displayPath, string fullPath, string root, KeepalivedLoadOptions options, List<string> stack) =>
            LoadFile(displayPath, fullPath, root, options, stack, new IncludeCount());

        /// <summary>The number of files read through includes so far, all levels together.</summary>
        private sealed class IncludeCount
        {
            public int Files;
        }

        /// <summary>Follows the includes of a configuration already parsed from <paramref name="fullPath"/>'s text.</summary>
        public static KeepalivedConfig FollowIncludes(KeepalivedConfig config, string fullPath, string root, KeepalivedLoadOptions options) =>
            options.FollowIncludes ? FollowIncludes(config, fullPath, root, options, new List<string>(), new IncludeCount()) : config;

        private static KeepalivedConfig LoadFile(string displayPath, string fullPath, string root, KeepalivedLoadOptions options, List<string> stack, IncludeCount count)
        {
            var config = KeepalivedConfig.ReadFile(displayPath, options.Limits ?? HaConfigLimits.Default);
            return options.FollowIncludes ? FollowIncludes(config, fullPath, root, options, stack, count) : config;
        }

        private static KeepalivedConfig FollowIncludes(KeepalivedConfig config, string fullPath, string root, KeepalivedLoadOptions options, List<string> stack, IncludeCount count)
        {
            stack.Add(fullPath);
            string directory = System.IO.Path.GetDirectoryName(fullPath) ?? "/";
            // The records say which lines are includes: a view is made for those only (Lines would make one per line).
            var document = config.Document;
            for (int index = 0; index < document.LineCount; index++)
            {
                ref readonly var record = ref document.GetLine(index);
                if ((KeepalivedLineKind)record.Kind != KeepalivedLineKind.Include || record.TokenCount < 2) continue;
                var line = config.LineAt(index);
                string pattern = line.GetValue(1);
                var include = new KeepalivedInclude(line, pattern);
                config.AddInclude(include);
                string anchored = System.IO.Path.IsPathRooted(pattern) ? pattern : System.IO.Path.Combine(directory, pattern);
                string fixedPart = KeepalivedGlob.FixedDirectory(anchored);
                if (!IsUnder(System.IO.Path.GetFullPath(fixedPart), root))
                {
                    Report(config, line, RuleCatalogue.IncludeOutsideRoot, pattern, root);
                    continue;
                }

                var matches = KeepalivedGlob.Expand(anchored);
                if (matches.Count == 0) Report(config, line, RuleCatalogue.IncludeNotFound, pattern);
                foreach (var match in matches)
                {
                    string full = System.IO.Path.GetFullPath(match);
                    if (!IsUnder(full, root)) Report(config, line, RuleCatalogue.IncludeOutsideRoot, match, root);
                    else if (stack.Contains(full)) Report(config, line, RuleCatalogue.IncludeCycle, match);
                    else if (stack.Count >= options.MaxIncludeDepth) Report(config, line, RuleCatalogue.IncludeTooDeep, options.MaxIncludeDepth, match);
                    else if (count.Files >= options.MaxIncludedFiles) Report(config, line, RuleCatalogue.TooManyIncludes, options.MaxIncludedFiles, match);
                    else if (File.Exists(full))
                    {
                        count.Files++;
                        include.Add(LoadFile(match, full, root, options, stack, count));
                    }
                }
            }

            stack.RemoveAt(stack.Count - 1);
            return config;
        }

        private static void Report(KeepalivedConfig config, KeepalivedLine line, HaConfig.Diagnostics.DiagnosticDescriptor rule, params object?[] args) =>
            config.AddIncludeDiagnostic(KeepalivedStructure.Make(rule, line.GetLocation(1), args));

        private static bool IsUnder(string path, string root)
        {
            string normalizedRoot = root.EndsWith("/", PathComparison) ? root : root + "/";
            return path.Equals(root, PathComparison) || path.StartsWith(normalizedRoot, PathComparison);
        }
    }

    /// <summary>A small <c>glob(3)</c>: <c>*</c>, <c>?</c>, <c>[…]</c> and csh braces <c>{a,b}</c>; results sorted like glob.</summary>
    internal static class KeepalivedGlob
    {
        public static List<string> Expand(string pattern)
        {
            var results = new List<string>();
            foreach (var alternative in ExpandBraces(pattern))
            {
                if (!HasWildcard(alternative))
                {
                    if (File.Exists(alternative) || Directory.Exists(alternative)) results.Add(alternative);
                    continue;
                }

                var current = new List<string> { alternative.StartsWith("/", StringComparison.Ordinal) ? "/" : "." };
                var segments = alternative.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
                foreach (var segment in segments)
                {
                    var next = new List<string>();
                    foreach (var directory in current)
                    {
                        if (!HasWildcard(segment))
                        {
                            string candidate = System.IO.Path.Combine(directory, segment);
                            if (File.Exists(candidate) || Directory.Exists(candidate)) next.Add(candidate);
                            continue;
                        }

                        if (!Directory.Exists(directory)) continue;
                        var entries = new List<string>(Directory.GetFileSystemEntries(directory));
                        entries.Sort(StringComparer.Ordinal);
                        foreach (var entry in entries)
                        {
                            string name = System.IO.Path.GetFileName(entry);
                            if (name.Length > 0 && name[0] == '.' && segment[0] != '.') continue;
                            if (Matches(name, segment)) next.Add(entry);
                        }
                    }

                    current = next;
                }

                results.AddRange(current);
            }

            return results;
        }

        /// <summary>The directory part of a pattern before its first wildcard.</summary>
        public static string FixedDirectory(string pattern)
        {
            int wildcard = pattern.IndexOfAny(new[] { '*', '?', '[', '{' });
            string prefix = wildcard < 0 ? pattern : pattern.Substring(0, wildcard);
            int slash = prefix.LastIndexOf('/');
            return slash <= 0 ? (slash == 0 ? "/" : ".") : prefix.Substring(0, slash);
        }

        private static bool HasWildcard(string text) => text.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

        internal static List<string> ExpandBraces(string pattern)
        {
            var done = new List<string>();
            var work = new Stack<string>();
            work.Push(pattern);
            while (work.Count > 0 && done.Count < 4096)
            {
                string item = work.Pop();
                int open = item.IndexOf('{');
                int close = open < 0 ? -1 : BracketText.MatchingClose(item, open, '{', '}');
                if (close < 0)
                {
                    done.Add(item);
                    continue;
                }

                var parts = BracketText.SplitTopLevel(item.Substring(open + 1, close - open - 1), trim: false);
                for (int i = parts.Count - 1; i >= 0; i--) work.Push(item.Substring(0, open) + parts[i] + item.Substring(close + 1));
            }

            return done;
        }



        /// <summary>Whether <paramref name="name"/> matches one path segment pattern (iterative, with backtracking on <c>*</c>).</summary>
        internal static bool Matches(string name, string pattern)
        {
            int n = 0, p = 0, starP = -1, starN = 0;
            while (n < name.Length)
            {
                if (p < pattern.Length && pattern[p] == '*')
                {
                    starP = ++p;
                    starN = n;
                    continue;
                }

                if (p < pattern.Length && MatchOne(name[n], pattern, ref p))
                {
                    n++;
                    continue;
                }

                if (starP < 0) return false;
                p = starP;
                n = ++starN;
            }

            while (p < pattern.Length && pattern[p] == '*') p++;
            return p == pattern.Length;
        }

        private static bool MatchOne(char c, string pattern, ref int p)
        {
            char head = pattern[p];
            if (head == '?')
            {
                p++;
                return true;
            }

            if (head != '[')
            {
                if (head != c) return false;
                p++;
                return true;
            }

            int i = p + 1;
            bool negate = i < pattern.Length && (pattern[i] == '!' || pattern[i] == '^');
            if (negate) i++;
            bool matched = false;
            int first = i;
            while (i < pattern.Length && (pattern[i] != ']' || i == first))
            {
                if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
                {
                    if (c >= pattern[i] && c <= pattern[i + 2]) matched = true;
                    i += 3;
                }
                else
                {
                    if (pattern[i] == c) matched = true;
                    i++;
                }
            }

            if (i >= pattern.Length) return false;
            p = i + 1;
            return matched != negate;
        }
    }
}
