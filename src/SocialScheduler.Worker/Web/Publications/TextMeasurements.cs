using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Text;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>One account's count of one text: what the live counters under each text box show.</summary>
public sealed record TextCount(string Account, string Platform, IReadOnlyList<TextMeasure> Measures)
{
    public bool Fits => Measures.All(m => m.Fits);
}

/// <summary>Counts a text as each account's platform will, with the campaign hashtag appended where it is missing.</summary>
public sealed class TextMeasurements(AccountPlatforms limits, CampaignCatalog catalog)
{
    public IReadOnlyList<TextCount> Measure(string? text, IEnumerable<string> accounts)
    {
        var published = Hashtags.AppendIfMissing(text ?? "", catalog.Hashtag);
        return accounts.Distinct(StringComparer.Ordinal)
            .Select(account => new TextCount(
                account,
                limits.PlatformOf(account) ?? "unknown",
                limits.MeasurePost(account, published)))
            .ToList();
    }
}
