using SocialScheduler.Core.Campaigns;
using SocialScheduler.Testing;

namespace SocialScheduler.Core.Tests.Campaigns;

public class CampaignCatalogFacts
{
    private static readonly CampaignCatalog Catalog = CampaignCatalogLoader.LoadFromDirectory(RepoPaths.Campaign);

    [Fact]
    public void The_press_release_statistics_are_all_there_with_their_footnoted_sources()
    {
        var footnotes = Catalog.Statistics.OrderBy(s => s.Source.Footnote).Select(s => (s.Id, s.Source.Footnote));

        Assert.Equal(
            [("reports-2021", 1), ("growth-2020", 2), ("children-online", 3), ("hosted-europe", 4), ("every-two-minutes", 5), ("public-support", 6)],
            footnotes);
        Assert.Equal("#ChildSafetyOnlineNow", Catalog.Hashtag);
    }

    [Theory]
    [InlineData("en", "85\u00A0million")]
    [InlineData("fr", "85\u00A0millions")]
    [InlineData("it", "85\u00A0milioni")]
    [InlineData("es", "85\u00A0millones")]
    [InlineData("de", "85\u00A0Millionen")]
    [InlineData("nl", "85\u00A0miljoen")]
    public void Numbers_are_written_in_each_locales_own_words(string locale, string expected) =>
        Assert.Equal(expected, Catalog.Get("reports-2021").For(locale).Number);

    [Theory]
    [InlineData("fr", "62\u202F%")]
    [InlineData("de", "62\u00A0%")]
    [InlineData("en", "62%")]
    public void Percent_signs_follow_each_locales_typography(string locale, string expected) =>
        Assert.Equal(expected, Catalog.Get("hosted-europe").For(locale).Number);

    [Fact]
    public void A_statistic_missing_a_locale_is_refused_with_the_file_and_the_fix()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stats-{Guid.NewGuid():N}.json");
        var json = File.ReadAllText(Path.Combine(RepoPaths.Campaign, CampaignCatalogLoader.FileName))
            .Replace("\"nl\": {\n          \"number\": \"62%\"", "\"xx\": {\n          \"number\": \"62%\"", StringComparison.Ordinal);
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => CampaignCatalogLoader.Load(path));
            Assert.Contains("statistic 'hosted-europe' has no text for nl", error.Message, StringComparison.Ordinal);
            Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
