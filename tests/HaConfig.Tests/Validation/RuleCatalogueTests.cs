using System.IO;
using System.Linq;
using FluentAssertions;
using HaConfig.Diagnostics;
using HaConfig.Tests.Infrastructure;
using HaConfig.Validation;
using Xunit;

namespace HaConfig.Tests.Validation
{
    public class RuleCatalogueTests
    {
        private static string RulesDirectory => Path.Combine(Repository.Root, "docs", "rules");

        [Fact]
        public void Every_rule_has_a_docs_page_with_the_standard_headings()
        {
            foreach (var rule in RuleCatalogue.All)
            {
                string page = Path.Combine(RulesDirectory, rule.Id + ".md");
                File.Exists(page).Should().BeTrue($"{rule.Id} needs docs/rules/{rule.Id}.md");
                string text = File.ReadAllText(page);
                text.Should().StartWith($"# {rule.Id}: ");
                foreach (var heading in new[] { "## Cause", "## Rule description", "## How to fix", "## When to suppress", "## Example" })
                {
                    text.Should().Contain(heading, $"{rule.Id}.md needs the heading '{heading}'");
                }
            }
        }

        [Fact]
        public void Every_docs_page_belongs_to_a_rule()
        {
            var ids = RuleCatalogue.All.Select(r => r.Id).ToHashSet();
            Directory.GetFiles(RulesDirectory, "*.md").Select(Path.GetFileNameWithoutExtension)
                .Should().OnlyContain(id => ids.Contains(id!), "a docs page without a rule is stale");
        }

        [Fact]
        public void Rule_ids_follow_the_family_of_their_category()
        {
            foreach (var rule in RuleCatalogue.All)
            {
                char family = rule.Category switch
                {
                    RuleCategory.Syntax => '0',
                    RuleCategory.HAProxy => '1',
                    RuleCategory.Keepalived => '2',
                    RuleCategory.Pair => '3',
                    _ => '9',
                };
                rule.Id.Should().MatchRegex("^HA[0-9]{4}$");
                rule.Id[2].Should().Be(family, $"{rule.Id} is in category {rule.Category}");
                rule.FixHint.Should().NotBeNullOrWhiteSpace();
                rule.Title.Should().NotBeNullOrWhiteSpace();
            }
        }

        [Fact]
        public void Rules_are_found_by_id_case_insensitively()
        {
            RuleCatalogue.Find("ha0001").Should().BeSameAs(RuleCatalogue.UnterminatedQuote);
            RuleCatalogue.Find("HA9999x").Should().BeNull();
        }
    }
}
