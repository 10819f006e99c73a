using System;
using System.IO;

namespace HaConfig.Analyzers.Tests.Infrastructure
{
    /// <summary>Finds the repository root (the folder holding HaConfig.sln) above the test output.</summary>
    internal static class Repository
    {
        private static readonly Lazy<string> RootPath = new(FindRoot);

        public static string Root => RootPath.Value;

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
