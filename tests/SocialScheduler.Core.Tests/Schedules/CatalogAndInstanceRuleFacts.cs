using System.Text;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Tests.Support;
using Microsoft.Extensions.Configuration;
using SocialScheduler.Core.Platforms;

namespace SocialScheduler.Core.Tests.Schedules;

/// <summary>Rules that depend on the campaign data and on each server's own settings.</summary>
public class CatalogAndInstanceRuleFacts
{
    [Fact]
    public void A_card_whose_statistic_has_no_source_in_a_locale_is_refused()
    {
        var original = Some.Catalog.Get("reports-2021");
        var withoutSource = original with
        {
            Text = original.Text.ToDictionary(kv => kv.Key, kv => kv.Key == "en" ? kv.Value with { Source = "" } : kv.Value),
        };
        var catalog = new CampaignCatalog(Some.Catalog.Campaign, Some.Catalog.Hashtag, Some.Catalog.Brand, Some.Catalog.Locales,
            Some.Catalog.SourceLabels, Some.Catalog.Statistics.Select(s => s.Id == original.Id ? withoutSource : s));
        var validator = new ScheduleFileValidator(
            new PostValidator(catalog, Some.Accounts, Some.Clock(), Some.AccountPlatforms, Array.Empty<ICardPreflight>()),
            new ScheduleOptions());

        var result = validator.Validate("dec.yaml", Encoding.UTF8.GetBytes(Yaml.Schedule(Yaml.Post())));

        Assert.Equal(
            "dec.yaml:9:5: error SS030: posts[0].card 'reports-2021' has no source for 'en'; every card shows its source: add it to assets/campaign/statistics.json",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_mastodon_instance_with_a_higher_limit_is_counted_against_its_own_limit()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["mastodon-eu:MaxCharacters"] = "1000",
        }).Build();
        var limits = new AccountPlatforms(Some.Accounts, Some.Platforms, settings);
        var validator = new PostValidator(Some.Catalog, Some.Accounts, Some.Clock(), limits, Array.Empty<ICardPreflight>());
        var draft = new PostDraft
        {
            Id = "long", At = "2026-12-10T18:00", TimeZone = "Europe/Brussels", Accounts = ["mastodon-eu"], Locales = ["en"],
            Text = new Dictionary<string, string> { ["en"] = new('a', 900) },
        };

        Assert.True(validator.Validate(draft, validator.FormScope()).IsValid);
        Assert.Equal(
            "text.en is 1,022 of 1,000 characters on account mastodon-eu (Mastodon), hashtag included; shorten it by 22",
            Assert.Single(validator.Validate(draft with { Text = new Dictionary<string, string> { ["en"] = new('a', 1000) } }, validator.FormScope()).Diagnostics).Message);
    }
}
