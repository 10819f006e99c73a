using FluentAssertions;
using HaConfig.Text;
using Xunit;

namespace HaConfig.Testing.Tests
{
    public class LineDiffTests
    {
        [Fact]
        public void Equal_texts_have_no_diff() =>
            LineDiff.Unified("a\nb\n", "a\nb\n").Should().BeEmpty();

        [Fact]
        public void A_changed_line_is_shown_with_three_lines_of_context() =>
            LineDiff.Unified("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n", "golden", "actual").Should().Be(
                "--- golden\n+++ actual\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8");

        [Fact]
        public void An_empty_context_line_is_a_single_space() =>
            LineDiff.Unified("a\n\nb\n", "a\n\nc\n").Should().Be("--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n a\n \n-b\n+c");

        [Fact]
        public void Distant_changes_make_separate_hunks() =>
            LineDiff.Unified("a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n", "A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n").Should().Be(
                "--- expected\n+++ actual\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B");

        [Fact]
        public void Inserted_lines_at_the_start_count_from_line_one() =>
            LineDiff.Unified("x\n", "new\nx\n").Should().Be("--- expected\n+++ actual\n@@ -1,1 +1,2 @@\n+new\n x");

        [Fact]
        public void Removed_lines_at_the_end_are_shown() =>
            LineDiff.Unified("x\ny\n", "x\n").Should().Be("--- expected\n+++ actual\n@@ -1,2 +1,1 @@\n x\n-y");

        [Fact]
        public void A_missing_final_newline_is_named() =>
            LineDiff.Unified("x\n", "x").Should().Be(
                "--- expected\n+++ actual\n(the lines are equal; only the final newline differs: expected one, actual none)");

        [Fact]
        public void Different_line_endings_are_named() =>
            LineDiff.Unified("x\r\ny\r\n", "x\ny\n").Should().Be(
                "--- expected\n+++ actual\n(the lines are equal; only the line endings differ: expected CRLF, actual LF)");
    }
}
