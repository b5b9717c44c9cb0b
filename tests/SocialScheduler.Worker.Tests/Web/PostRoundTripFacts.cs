using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Worker.Tests.Web.Support;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>
/// One post through each of its shapes: the compose form, the draft the rules check, the validated post, the stored
/// web post, the posts in force, each publication the sync wants and the ledger's record, and back to the form.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PostRoundTripFacts(SharedWebApp app)
{
    [Fact]
    public async Task A_post_with_every_field_comes_back_unchanged_from_every_shape_and_hashes_alike_wherever_it_is_read()
    {
        var ct = TestContext.Current.CancellationToken;
        var services = app.Host.Services;
        var author = await app.Host.CreateUserAsync("Comms");
        var form = EveryField("round-trip-" + Guid.NewGuid().ToString("N")[..8]);

        var saved = await services.GetRequiredService<PostComposer>().SaveAsync(form, author, editing: false, ct);
        Assert.True(saved.Saved, string.Join("; ", saved.Diagnostics.Select(d => d.Message)));
        var post = saved.Post!;
        var stored = (await services.GetRequiredService<IWebPostStore>().ListAsync(ct)).Single(p => p.Id == form.Id);
        var inForce = (await services.GetRequiredService<PostsInForce>().ListAsync(ct)).Single(p => p.Post.Id == form.Id);
        var found = await services.GetRequiredService<IPostLookup>().FindAsync(ComposeSteps.Campaign, form.Id!, ct);

        Assert.Equal(post, stored);
        Assert.Equal(new AuthoredPost(post, author), inForce);
        Assert.Equal(post, found);
        Assert.Equivalent(form, ComposeForm.From(stored, (_, _) => null), strict: true);
        Assert.All([stored, inForce.Post, found!], p => Assert.Equal(ContentHash.Of(post), ContentHash.Of(p)));
        Assert.All([stored, inForce.Post, found!], p => Assert.Equal(ContentHash.Of(post, "fr"), ContentHash.Of(p, "fr")));

        var records = await RecordsAsync(form.Id!);
        Assert.Equal(["en", "fr"], records.Select(r => r.Key.Locale).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["outbox", "outbox-eu"], records.Select(r => r.Key.Account).Distinct().Order(StringComparer.Ordinal));
        Assert.All(records, r =>
        {
            var locale = r.Key.Locale;
            Assert.Equal(("web", author, "Europe/Paris", "reports-2021", "square"), (r.Origin, r.Author, r.TimeZone, r.Card, r.Size));
            Assert.Equal((form.Text[locale], form.Alt![locale]), (r.Text, r.AltText));
            Assert.Equal(ContentHash.OfPublication(post, locale, r.DueUtc), ContentHash.OfPublication(r.Origin, r.DueUtc, r.TimeZone, r.Card, r.Text, r.Size, r.AltText));
        });

        // The form read back and saved again is the same post: nothing moves and the approval given stays.
        await services.GetRequiredService<IPublishingCommands>().ApproveAsync(ComposeSteps.Campaign, form.Id!, "en", WebTestHost.AdminName, ct);
        var approved = await RecordsAsync(form.Id!);
        var again = await services.GetRequiredService<PostComposer>().SaveAsync(ComposeForm.From(stored, (_, _) => null), author, editing: true, ct);

        Assert.Equal(post, again.Post);
        Assert.Equal(approved.Select(r => (r.Key, r.Revision, r.ApprovedBy)), (await RecordsAsync(form.Id!)).Select(r => (r.Key, r.Revision, r.ApprovedBy)));
        Assert.All(approved.Where(r => r.Key.Locale == "en"), r => Assert.Equal(WebTestHost.AdminName, r.ApprovedBy));
    }

    private static ComposeForm EveryField(string id)
    {
        var at = ComposeSteps.LocalDayAhead(30, 9, 0, "Europe/Paris");
        return new ComposeForm
        {
            Id = id,
            Card = "reports-2021",
            Locales = ["en", "fr"],
            Accounts = ["outbox", "outbox-eu"],
            At = ComposeSteps.Field(at),
            TimeZone = "Europe/Paris",
            Text = new(StringComparer.Ordinal)
            {
                ["en"] = "85 million reports in 2021. #ChildSafetyOnlineNow",
                ["fr"] = "85 millions de signalements en 2021. #ChildSafetyOnlineNow",
            },
            Alt = new(StringComparer.Ordinal)
            {
                ["en"] = "A bar chart: reports of child sexual abuse online rose to 85 million in 2021.",
                ["fr"] = "Un graphique : les signalements ont atteint 85 millions en 2021.",
            },
            Size = "square",
            Repeat = "0 9 * * *",
            Until = ComposeSteps.Field(at.AddDays(60)),
        };
    }

    private async Task<List<PublicationRecord>> RecordsAsync(string id) =>
        [.. (await app.Host.Services.GetRequiredService<IPublicationLedger>().ListAsync(
            new PublicationFilter { Campaign = ComposeSteps.Campaign, PostIdPrefix = id + "--" }, TestContext.Current.CancellationToken))
            .OrderBy(r => r.Key.ToString(), StringComparer.Ordinal)];
}
