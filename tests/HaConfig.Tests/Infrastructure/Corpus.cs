using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace HaConfig.Tests.Infrastructure
{
    /// <summary>
    /// The real-world corpus in <c>../shared/corpus</c>. Absent in a user's clone: tests skip with a reason, unless
    /// <c>HACONFIG_REQUIRE_CORPUS=1</c> (CI) turns the absence into a failure.
    /// </summary>
    internal static class Corpus
    {
        public const string RequireVariable = "HACONFIG_REQUIRE_CORPUS";

        public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

        public static bool IsPresent => Directory.Exists(Repository.CorpusRoot);

        /// <summary>Skips the calling test when the corpus is absent and not required; fails when it is required.</summary>
        public static void Require()
        {
            if (IsPresent) return;
            if (IsRequired) throw new InvalidOperationException($"The corpus is required ({RequireVariable}=1) but {Repository.CorpusRoot} does not exist.");
            Skip.If(true, $"corpus not found at {Repository.CorpusRoot}; set {RequireVariable}=1 to make this a failure");
        }

        /// <summary>Corpus files below the folders whose names start with <paramref name="folderPrefix"/>, relative to the corpus root.</summary>
        public static IEnumerable<object[]> Files(string folderPrefix, params string[] extensions)
        {
            if (!IsPresent)
            {
                // One placeholder row so the theory runs and reports the skip (or the failure in CI).
                yield return new object[] { "<corpus absent>" };
                yield break;
            }

            foreach (var directory in Directory.GetDirectories(Repository.CorpusRoot).Where(d => Path.GetFileName(d).StartsWith(folderPrefix, StringComparison.Ordinal)).OrderBy(d => d, StringComparer.Ordinal))
            {
                foreach (var file in Directory.GetFiles(directory).OrderBy(f => f, StringComparer.Ordinal))
                {
                    if (extensions.Length == 0 || extensions.Any(e => file.EndsWith(e, StringComparison.Ordinal)))
                    {
                        yield return new object[] { Path.GetRelativePath(Repository.CorpusRoot, file) };
                    }
                }
            }
        }

        public static TheoryData<string> Theory(string folderPrefix, params string[] extensions)
        {
            var data = new TheoryData<string>();
            foreach (var row in Files(folderPrefix, extensions)) data.Add((string)row[0]);
            return data;
        }

        /// <summary>
        /// The corpus files of <paramref name="folderPrefix"/> that satisfy <paramref name="predicate"/> (given the file's
        /// text), so a theory only gets the files its property is about instead of skipping the others.
        /// </summary>
        public static TheoryData<string> Theory(string folderPrefix, Func<string, bool> predicate)
        {
            var data = new TheoryData<string>();
            foreach (var row in Files(folderPrefix))
            {
                string file = (string)row[0];
                if (!IsPresent || predicate(ReadText(file))) data.Add(file);
            }

            return data;
        }

        public static string FullPath(string relative)
        {
            Require();
            return Path.Combine(Repository.CorpusRoot, relative);
        }

        /// <summary>The bytes of a corpus file decoded the way the library reads files.</summary>
        public static string ReadText(string relative) => ConfigText.Read(FullPath(relative)).Text;
    }
}
