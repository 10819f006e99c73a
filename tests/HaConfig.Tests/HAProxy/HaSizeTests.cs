using System;
using FluentAssertions;
using HaConfig.HAProxy;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HaSizeTests
    {
        [Theory]
        [InlineData("0", 0L)]
        [InlineData("16384", 16384L)]
        [InlineData("16k", 16384L)]
        [InlineData("16K", 16384L)]
        [InlineData("1m", 1048576L)]
        [InlineData("2M", 2097152L)]
        [InlineData("1g", 1073741824L)]
        [InlineData("3G", 3221225472L)]
        public void Sizes_use_case_insensitive_powers_of_1024(string text, long bytes)
        {
            var size = HaSize.Parse(text);

            size.Bytes.Should().Be(bytes);
            size.ToString().Should().Be(text);
        }

        [Theory]
        [InlineData("1.5k", "unexpected character '.'")]
        [InlineData("10kb", "unexpected character 'b'")]
        [InlineData("10t", "unexpected character 't'")]
        [InlineData("k", "unexpected character 'k'")]
        [InlineData("", "missing size value")]
        [InlineData("4g", "size overflow")]
        public void Invalid_sizes_are_rejected_with_the_reason(string text, string reason)
        {
            HaSize.TryParse(text, out _, out string? error).Should().BeFalse();
            error.Should().Contain(reason);
            FluentActions.Invoking(() => HaSize.Parse(text)).Should().Throw<FormatException>();
        }

        [Fact]
        public void Suffix_case_does_not_change_equality()
        {
            (HaSize.Parse("16k") == HaSize.Parse("16K")).Should().BeTrue();
        }
    }
}
