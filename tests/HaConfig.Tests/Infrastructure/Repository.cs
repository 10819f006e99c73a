using System;
using System.IO;

namespace HaConfig.Tests.Infrastructure
{
    /// <summary>Finds the repository root and the shared corpus beside it.</summary>
    internal static class Repository
    {
        private static readonly Lazy<string> RootPath = new(FindRoot);

        public static string Root => RootPath.Value;

        public static string CorpusRoot => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

        public static string DocsExamples => Path.Combine(Root, "docs", "examples");

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null)
            {
                if (File.Exists(Path.Combine(directory.FullName, "HaConfig.sln"))) return directory.FullName;
                directory = directory.Parent;
            }

            throw new InvalidOperationException("HaConfig.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
