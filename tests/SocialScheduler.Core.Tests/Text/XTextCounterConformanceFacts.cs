using SocialScheduler.Core.Text;

namespace SocialScheduler.Core.Tests.Text;

/// <summary>Every weighted-length case of twitter-text's <c>validate.yml</c>, with the configuration its harness uses.</summary>
public class WeightedTextCounterConformanceFacts
{
    public static TheoryData<string, int> V2Cases => TwitterTextConformance.Cases("WeightedTweetsCounterTest");

    public static TheoryData<string, int> V3Cases => TwitterTextConformance.Cases("WeightedTweetsWithDiscountedEmojiCounterTest");

    public static TheoryData<string, int> DirectionalCases => TwitterTextConformance.Cases("UnicodeDirectionalMarkerCounterTest");

    [Theory]
    [MemberData(nameof(V2Cases))]
    public void Counts_match_twitter_text_with_the_v2_configuration(string section, int index) => Check(section, index, 2);

    [Theory]
    [MemberData(nameof(V3Cases))]
    public void Counts_match_twitter_text_with_the_v3_configuration(string section, int index) => Check(section, index, 3);

    [Theory]
    [MemberData(nameof(DirectionalCases))]
    public void Directional_marks_and_invalid_characters_count_as_twitter_text_says(string section, int index) => Check(section, index, 3);

    [Fact]
    public void The_built_in_configurations_are_the_published_ones()
    {
        Assert.Equal(TwitterTextConformance.Config(2) with { Ranges = [] }, WeightedTextConfig.V2 with { Ranges = [] });
        Assert.Equal(TwitterTextConformance.Config(3) with { Ranges = [] }, WeightedTextConfig.V3 with { Ranges = [] });
        Assert.Equal(TwitterTextConformance.Config(3).Ranges, WeightedTextConfig.V3.Ranges);
    }

    private static void Check(string section, int index, int version)
    {
        var (description, text, expected) = TwitterTextConformance.Case(section, index);

        var count = WeightedTextCounter.Count(text, TwitterTextConformance.Config(version));

        Assert.True(
            expected == new TwitterTextConformance.Expected(count.WeightedLength, count.IsValid, count.Permillage,
                count.DisplayRangeStart, count.DisplayRangeEnd, count.ValidRangeStart, count.ValidRangeEnd),
            $"{description}: expected {expected}, got {count}");
    }
}
