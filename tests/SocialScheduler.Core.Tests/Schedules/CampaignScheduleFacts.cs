using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Core.Tests.Schedules;

public class CampaignScheduleFacts
{
    private static readonly string CampaignFile = Path.Combine(RepoPaths.Schedules, "child-safety-online-now.yaml");

    [Fact]
    public void The_campaign_schedule_is_valid_and_gives_six_posts_in_six_locales()
    {
        var result = Some.FileValidator().Validate("schedules/child-safety-online-now.yaml", File.ReadAllBytes(CampaignFile));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(6, result.Posts.Count);
        Assert.All(result.Posts, p => Assert.Equal(["en", "fr", "it", "es", "de", "nl"], p.Locales));
        Assert.All(result.Posts, p => Assert.Equal(["outbox"], p.Accounts));
    }

    [Fact]
    public void The_campaign_schedule_stays_valid_once_its_dates_have_passed_and_says_the_posts_are_missed()
    {
        var ayearlater = Some.Clock(Some.Now.AddYears(1));

        var result = Some.FileValidator(ayearlater).Validate("schedules/child-safety-online-now.yaml", File.ReadAllBytes(CampaignFile));

        Assert.Equal(6, result.Posts.Count);
        Assert.Equal(6, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticSeverity.Warning, "SS021"), (d.Severity, d.Code)));
        Assert.All(result.Diagnostics, d => Assert.Contains("will not be published", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Local_times_are_resolved_in_the_schedule_zone()
    {
        var result = Some.FileValidator().Validate("s.yaml", File.ReadAllBytes(CampaignFile));

        var first = result.Posts.Single(p => p.Id == "reports-2021");
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), first.DueUtc);
        Assert.Equal("Europe/Brussels", first.TimeZone);
    }

    [Fact]
    public void Every_variant_ends_with_the_campaign_hashtag_and_has_alt_text_with_its_source()
    {
        var result = Some.FileValidator().Validate("s.yaml", File.ReadAllBytes(CampaignFile));

        var post = result.Posts.Single(p => p.Id == "hosted-europe");
        Assert.All(post.Text.Values, t => Assert.EndsWith(" #ChildSafetyOnlineNow", t, StringComparison.Ordinal));
        Assert.Equal("62 % des contenus pédopornographiques signalés en 2021 étaient hébergés en Europe. Source\u00A0: Internet Watch Foundation, rapport annuel, 2021.",
            post.AltText!["fr"]);
    }

    [Fact]
    public void Reading_the_same_file_twice_gives_equal_posts_and_fingerprints()
    {
        var validator = Some.FileValidator();
        var bytes = File.ReadAllBytes(CampaignFile);

        var first = validator.Validate("s.yaml", bytes).Posts;
        var second = validator.Validate("s.yaml", bytes).Posts;

        Assert.Equal(first, second);
        Assert.Equal(first.Select(p => p.Fingerprint), second.Select(p => p.Fingerprint));
    }
}
