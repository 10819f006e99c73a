using System;
using System.IO;
using System.Linq;
using System.Reflection;
using HaConfig.Diagnostics;
using HaConfig.Validation;

namespace HaConfig.Cli
{
    /// <summary><c>haconfig rules</c> lists the catalogue; <c>haconfig explain ID</c> prints a rule's docs page.</summary>
    internal static class RulesCommand
    {
        public static int List(string[] args, TextWriter stdout)
        {
            if (args.Any(a => a is "-h" or "--help"))
            {
                stdout.WriteLine("Usage: haconfig rules\n\nLists every rule: ID, default severity and title.\n\nExample:\n  haconfig rules | grep HA2");
                return CliApp.ExitClean;
            }

            foreach (var rule in RuleCatalogue.All)
            {
                stdout.WriteLine($"{rule.Id}  {Diagnostic.SeverityWord(rule.DefaultSeverity),-7}  {rule.Title}");
            }

            return CliApp.ExitClean;
        }

        public static int Explain(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args.Any(a => a is "-h" or "--help"))
            {
                stdout.WriteLine("Usage: haconfig explain ID\n\nPrints the rule's documentation page.\n\nExample:\n  haconfig explain HA1003");
                return args.Length == 0 ? CliApp.ExitUsage : CliApp.ExitClean;
            }

            var rule = RuleCatalogue.Find(args[0]);
            if (rule is null) return CliApp.UsageError(stderr, $"unknown rule '{args[0]}'; run 'haconfig rules' for the list");
            using var page = Assembly.GetExecutingAssembly().GetManifestResourceStream("rules/" + rule.Id + ".md");
            if (page is null)
            {
                stdout.WriteLine($"{rule.Id}: {rule.Title}\n\n{rule.FixHint}\n\n{rule.HelpUri}");
                return CliApp.ExitClean;
            }

            using var reader = new StreamReader(page);
            stdout.Write(reader.ReadToEnd());
            return CliApp.ExitClean;
        }
    }
}
