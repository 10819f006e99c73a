using System;
using FluentAssertions;
using HaConfig.HAProxy;
using Xunit;

namespace HaConfig.Tests.HAProxy
{
    public class HaDurationTests
    {
        [Theory]
        [InlineData("0", 0, HaTimeUnit.None, 0.0)]
        [InlineData("100", 100, HaTimeUnit.None, 100.0)]
        [InlineData("1500us", 1500, HaTimeUnit.Microseconds, 1.5)]
        [InlineData("100ms", 100, HaTimeUnit.Milliseconds, 100.0)]
        [InlineData("5s", 5, HaTimeUnit.Seconds, 5000.0)]
        [InlineData("2m", 2, HaTimeUnit.Minutes, 120000.0)]
        [InlineData("1h", 1, HaTimeUnit.Hours, 3600000.0)]
        [InlineData("24d", 24, HaTimeUnit.Days, 2073600000.0)]
        public void Valid_time_values_parse_with_their_unit(string text, long value, HaTimeUnit unit, double milliseconds)
        {
            var duration = HaDuration.Parse(text);

            duration.Value.Should().Be(value);
            duration.Unit.Should().Be(unit);
            duration.TotalMilliseconds.Should().Be(milliseconds);
            duration.ToString().Should().Be(text);
        }

        [Theory]
        [InlineData("5S", "unexpected character 'S'")]
        [InlineData("1M", "unexpected character 'M'")]
        [InlineData("1.5s", "unexpected character '.'")]
        [InlineData("5sec", "unexpected character 'e' after the timer value")]
        [InlineData("s", "unexpected character 's'")]
        [InlineData("-1s", "unexpected character '-'")]
        [InlineData("", "missing time value")]
        [InlineData("25d", "timer overflow")]
        [InlineData("100us", "timer underflow")]
        public void Invalid_time_values_are_rejected_with_the_reason(string text, string reason)
        {
            HaDuration.TryParse(text, out _, out string? error).Should().BeFalse();
            error.Should().Contain(reason);
            FluentActions.Invoking(() => HaDuration.Parse(text)).Should().Throw<FormatException>();
        }

        [Fact]
        public void Canonical_constructors_render_seconds_and_milliseconds()
        {
            HaDuration.FromSeconds(5).ToString().Should().Be("5s");
            HaDuration.FromMilliseconds(100).ToString().Should().Be("100ms");
            HaDuration.FromMinutes(1).TotalMilliseconds.Should().Be(60000);
        }

        [Fact]
        public void Equal_lengths_in_different_units_are_different_values()
        {
            var oneSecond = HaDuration.Parse("1s");
            var thousandMs = HaDuration.Parse("1000ms");

            (oneSecond == thousandMs).Should().BeFalse();
            oneSecond.TotalMilliseconds.Should().Be(thousandMs.TotalMilliseconds);
            oneSecond.ToTimeSpan().Should().Be(TimeSpan.FromSeconds(1));
        }
    }
}
