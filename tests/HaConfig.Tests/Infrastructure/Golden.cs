using System;
using System.IO;
using FluentAssertions;

namespace HaConfig.Tests.Infrastructure
{
    /// <summary>
    /// Golden files under <c>tests/HaConfig.Tests/Fixtures/golden/</c>, read from the source tree. With
    /// <c>HACONFIG_UPDATE_GOLDEN=1</c> a mismatch rewrites the file instead of failing.
    /// </summary>
    public static class Golden
    {
        public const string UpdateVariable = "HACONFIG_UPDATE_GOLDEN";

        public static string Directory => Path.Combine(Repository.Root, "tests", "HaConfig.Tests", "Fixtures", "golden");

        public static void Match(string name, string actual)
        {
            string path = Path.Combine(Directory, name);
            bool update = Environment.GetEnvironmentVariable(UpdateVariable) == "1";
            if (update && (!File.Exists(path) || File.ReadAllText(path) != actual))
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, actual);
                return;
            }

            File.Exists(path).Should().BeTrue($"golden file {name} exists (create it with {UpdateVariable}=1)");
            actual.Should().Be(File.ReadAllText(path), $"the output matches {name} (update with {UpdateVariable}=1)");
        }
    }
}
