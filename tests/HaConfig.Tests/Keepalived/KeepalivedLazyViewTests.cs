using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using HaConfig.Keepalived;
using HaConfig.Tests.Infrastructure;
using Xunit;

namespace HaConfig.Tests.Keepalived
{
    /// <summary>
    /// Statement views are made when first asked for, and Find/FindBlock/FindEach compare the children's records instead
    /// of making a view of every child: whatever the order of the questions, each node has one view and the answers are
    /// those of a walk over the children.
    /// </summary>
    public class KeepalivedLazyViewTests
    {
        public static TheoryData<string> KeepalivedFiles() => Corpus.Theory("keepalived");

        private const string Sample = @"vrrp_instance VI_1 {
    state MASTER
    @main priority 100
    virtual_ipaddress { 10.0.0.1/24 }
    track_script { chk }
    ""quoted"" 1
    { orphan }
    priority 90
}
virtual_server 10.0.0.1 80 {
    real_server 10.0.0.2 80 { weight 1
        HTTP_GET { url { path / } connect_timeout 3 }
    }
}
";

        [SkippableTheory]
        [MemberData(nameof(KeepalivedFiles))]
        public void Find_and_FindBlock_before_any_child_is_made_answer_as_the_last_matching_child(string file)
        {
            var text = Corpus.ReadText(file);
            AssertFindMatchesChildren(text);
        }

        [Theory]
        [InlineData(Sample)]
        [InlineData("a {\n b\n b { c }\n}\n")]
        [InlineData("{\n  x\n}\n")]
        public void Find_and_FindBlock_answer_as_the_last_matching_child_on_odd_files(string text) => AssertFindMatchesChildren(text);

        [Fact]
        public void A_view_found_before_its_siblings_are_made_is_the_one_the_children_list_holds()
        {
            var config = KeepalivedConfig.Parse(Sample);
            var instance = config.VrrpInstances.Single();

            var priority = instance.Find("priority");
            var state = instance.Find("state");

            instance.Children.Should().Contain(priority!).And.Contain(state!);
            instance.Children.Last(c => c.Keyword == "priority").Should().BeSameAs(priority);
            priority!.GetArgument(0).Should().Be("90");
        }

        [Fact]
        public void Views_asked_for_from_many_threads_at_once_are_one_view_per_node()
        {
            var text = string.Concat(Enumerable.Repeat(Sample, 200));
            for (int round = 0; round < 20; round++)
            {
                var config = KeepalivedConfig.Parse(text);
                var tops = config.Statements.OfType<KeepalivedBlock>().ToArray();
                var seen = new KeepalivedStatement?[8][];
                Parallel.For(0, 8, t =>
                {
                    var mine = new List<KeepalivedStatement>();
                    foreach (var block in tops)
                    {
                        // Half the threads find first, the others list the children first: both orders race.
                        if (t % 2 == 0) mine.Add(block.Find("priority") ?? block.Find("real_server")!);
                        foreach (var child in block.Children) mine.Add(child);
                        if (t % 2 == 1) mine.Add(block.Find("priority") ?? block.Find("real_server")!);
                    }

                    seen[t] = mine.ToArray();
                });

                for (int t = 1; t < 8; t++)
                {
                    var sameOrder = t % 2 == 0 ? seen[0] : seen[1];
                    seen[t].Should().HaveCount(sameOrder.Length);
                    for (int i = 0; i < sameOrder.Length; i++) seen[t][i].Should().BeSameAs(sameOrder[i]);
                }
            }
        }

        private static void AssertFindMatchesChildren(string text)
        {
            var keywords = KeepalivedConfig.Parse(text).Statements.SelectMany(Descendants).Select(s => s.Keyword).Distinct().ToArray();

            // A fresh configuration per block, reached through its ancestors' children only: none of its own children is
            // made before Find and FindBlock are asked, so they alone decide what is made.
            foreach (var path in BlockPaths(KeepalivedConfig.Parse(text).Statements, new List<int>()))
            {
                var fresh = KeepalivedConfig.Parse(text);
                var block = (KeepalivedBlock)fresh.Statements[path[0]];
                for (int i = 1; i < path.Count; i++) block = (KeepalivedBlock)block.Children[path[i]];
                var found = keywords.Select(k => (block.Find(k), block.FindBlock(k))).ToArray();
                for (int k = 0; k < keywords.Length; k++)
                {
                    string keyword = keywords[k];
                    var expected = block.Children.LastOrDefault(c => c.Keyword == keyword && (keyword != "{" || c.WordCount > 0));
                    var expectedBlock = block.Children.OfType<KeepalivedBlock>().LastOrDefault(c => c.Keyword == keyword && (keyword != "{" || c.WordCount > 0));
                    found[k].Item1.Should().BeSameAs(expected, "Find(\"{0}\") in the block at {1}", keyword, string.Join("/", path));
                    found[k].Item2.Should().BeSameAs(expectedBlock, "FindBlock(\"{0}\") in the block at {1}", keyword, string.Join("/", path));
                }
            }
        }

        private static IEnumerable<List<int>> BlockPaths(IReadOnlyList<KeepalivedStatement> statements, List<int> prefix)
        {
            for (int i = 0; i < statements.Count; i++)
            {
                if (statements[i] is not KeepalivedBlock block) continue;
                var path = new List<int>(prefix) { i };
                yield return path;
                foreach (var nested in BlockPaths(block.Children, path)) yield return nested;
            }
        }

        private static IEnumerable<KeepalivedStatement> Descendants(KeepalivedStatement statement)
        {
            yield return statement;
            if (statement is not KeepalivedBlock block) yield break;
            foreach (var child in block.Children)
            {
                foreach (var nested in Descendants(child)) yield return nested;
            }
        }
    }
}
