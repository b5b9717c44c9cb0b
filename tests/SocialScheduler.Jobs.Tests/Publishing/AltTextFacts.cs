using Dapper;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Storage;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Publishing;

/// <summary>The alt text a post gives its card is the alt text the platform receives, in each locale.</summary>
public abstract class AltTextFactsBase : LedgerFacts
{
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    private static ScheduledPost WithAltText(string id, string en, string fr) =>
        Some.Post(id, locales: ["en", "fr"], card: "reports-2021", origin: "web") with
        {
            AltText = new ValueDictionary(new Dictionary<string, string> { ["en"] = en, ["fr"] = fr }),
        };

    [Fact]
    public async Task A_web_post_s_own_alt_text_is_sent_with_its_card_in_each_locale()
    {
        await using var h = await StartAsync();
        await h.WebPosts.SaveAsync(WithAltText("with-alt", "A bar chart: 85 million reports.", "Un graphique : 85 millions de signalements."), "alice");

        await h.RunDueAsync(Due);

        var sent = h.Publisher.Received.ToDictionary(r => r.Locale, r => Assert.Single(r.Media).AltText);
        Assert.Equal("A bar chart: 85 million reports.", sent["en"]);
        Assert.Equal("Un graphique : 85 millions de signalements.", sent["fr"]);
        Assert.Equal("Un graphique : 85 millions de signalements.", (await h.RecordAsync("with-alt", "fr"))!.AltText);
    }

    [Fact]
    public async Task Editing_only_the_alt_text_of_a_pending_post_sends_the_new_alt_text()
    {
        await using var h = await StartAsync();
        await h.WebPosts.SaveAsync(WithAltText("edited-alt", "First wording.", "Premier texte."), "alice");

        await h.WebPosts.SaveAsync(WithAltText("edited-alt", "Second wording.", "Premier texte."), "alice");
        await h.RunDueAsync(Due);

        Assert.Equal("Second wording.", Assert.Single(h.Publisher.Received, r => r.Locale == "en").Media[0].AltText);
        Assert.Equal(2, (await h.RecordAsync("edited-alt", "en"))!.Revision);
        Assert.Equal(1, (await h.RecordAsync("edited-alt", "fr"))!.Revision);
    }

    [Fact]
    public async Task A_post_without_a_card_sends_no_media_and_keeps_no_alt_text()
    {
        await using var h = await StartAsync();
        await h.WebPosts.SaveAsync(Some.Post("no-card", locales: ["en"], origin: "web"), "alice");

        await h.RunDueAsync(Due);

        Assert.Empty(Assert.Single(h.Publisher.Received).Media);
        Assert.Null((await h.RecordAsync("no-card"))!.AltText);
    }

    [Fact]
    public async Task A_publication_stored_before_alt_text_was_kept_takes_it_without_moving_or_losing_its_approval()
    {
        await using var h = await StartAsync(new() { ["Approval:Required"] = "true" });
        await h.WebPosts.SaveAsync(WithAltText("stored-before", "Written alt.", "Texte écrit."), "alice");
        await h.Commands.ApproveAsync("child-safety-online-now", "stored-before", "en", "bob");
        var approved = (await h.RecordAsync("stored-before"))!;
        var legacy = new DesiredPublication(approved.Key, "web", approved.DueUtc.ToUnixTimeMilliseconds(), approved.TimeZone, approved.Text, approved.Card, "alice").Hash;
        await using (var connection = await h.Get<LedgerDatabase>().OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE publishing_publications SET alt_text = NULL, content_hash = @legacy WHERE id = @id", new { legacy, id = approved.Key.ToString() });
        }

        var summary = await h.SyncAsync();
        await h.RunDueAsync(Due);

        Assert.Equal(0, summary.Moved);
        var after = (await h.RecordAsync("stored-before"))!;
        Assert.Equal((approved.Revision, "bob", PublicationState.Published), (after.Revision, after.ApprovedBy, after.State));
        Assert.Equal("Written alt.", Assert.Single(h.Publisher.Received, r => r.Locale == "en").Media[0].AltText);
    }
}

public sealed class AltTextFacts : AltTextFactsBase;

public sealed class PostgresAltTextFacts : AltTextFactsBase
{
    protected override bool OnPostgres => true;
}
