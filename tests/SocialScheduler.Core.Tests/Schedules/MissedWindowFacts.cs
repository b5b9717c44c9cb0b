using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Core.Tests.Schedules;

public class MissedWindowFacts
{
    private static MissedWindow Read(string? value) =>
        MissedWindow.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [MissedWindow.Key] = value }).Build());

    [Theory]
    [InlineData(null, 120)]
    [InlineData("00:30:00", 30)]
    [InlineData("1.00:00:00", 1440)]
    public void A_window_that_is_set_is_used_and_one_that_is_not_is_two_hours(string? value, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Read(value).Value);

    [Theory]
    [InlineData("-01:00:00")]
    [InlineData("00:00:00")]
    [InlineData("two hours")]
    public void A_window_that_is_not_a_positive_time_span_is_refused_saying_what_to_write(string value)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Read(value));

        Assert.Equal(["Publishing:MissedWindow must be a positive time span such as 02:00:00."], refused.Failures);
    }
}
