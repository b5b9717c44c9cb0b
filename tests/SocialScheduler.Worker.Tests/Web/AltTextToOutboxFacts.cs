using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>The alt text written for a post's card is the alt text the platform receives, in each locale.</summary>
[Collection(WebCollection.Name)]
public sealed class AltTextToOutboxFacts(SharedWebApp app)
{
    [Fact]
    public async Task Alt_text_written_through_the_api_reaches_the_outbox_with_the_card_in_each_locale()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "alt-" + Guid.NewGuid().ToString("N")[..8];
        var alt = new Dictionary<string, string>
        {
            ["en"] = "Chart: 85 million pictures and videos reported in 2021.",
            ["fr"] = "Graphique : 85 millions de photos et vidéos signalées en 2021.",
        };

        using var created = await client.PostJsonWithTokenAsync("/api/posts", new
        {
            id, at = ComposeSteps.BrusselsTimeIn(TimeSpan.FromSeconds(70))[..16], timeZone = "Europe/Brussels", card = "reports-2021",
            accounts = new[] { "outbox" }, locales = new[] { "en", "fr" }, alt,
            text = new Dictionary<string, string> { ["en"] = "Ask your MEP.", ["fr"] = "Demandez à votre député." },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        foreach (var (locale, written) in alt)
        {
            using var entry = await OutboxFiles.WaitForAsync(Path.Combine(app.Host.Outbox, "outbox", $"{id}.{locale}.json"), TimeSpan.FromSeconds(150));
            var media = Assert.Single(entry.RootElement.GetProperty("media").EnumerateArray());
            Assert.Equal(written, media.GetProperty("altText").GetString());
        }
    }

    [Fact]
    public async Task Alt_text_sent_through_the_api_for_a_post_without_a_card_is_refused_on_its_field_and_stores_nothing()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "alt-no-card-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await client.PostJsonWithTokenAsync("/api/posts", new
        {
            id, at = ComposeSteps.Field(ComposeSteps.LocalDayAhead(20, 9, 0)), timeZone = "Europe/Brussels",
            accounts = new[] { "outbox" }, locales = new[] { "en", "fr" },
            alt = new Dictionary<string, string> { ["fr"] = "Graphique : 85 millions de photos et vidéos signalées en 2021." },
            text = new Dictionary<string, string> { ["en"] = "Ask your MEP.", ["fr"] = "Demandez à votre député." },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["alt.fr"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(
            "alt.fr describes no image because the post has no card; choose a card for it, or remove the alt text",
            errors.GetProperty("alt.fr")[0].GetString());
        var stored = await app.Host.Services.GetRequiredService<IWebPostStore>().ListAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(stored, p => p.Id == id);
    }

    [Fact]
    public async Task Text_and_alt_text_sent_through_the_api_for_a_locale_the_post_does_not_have_are_refused_on_their_fields_and_store_nothing()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "other-locale-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await client.PostJsonWithTokenAsync("/api/posts", new
        {
            id, at = ComposeSteps.Field(ComposeSteps.LocalDayAhead(20, 9, 0)), timeZone = "Europe/Brussels",
            accounts = new[] { "outbox" }, locales = new[] { "en" }, card = "reports-2021",
            alt = new Dictionary<string, string> { ["nl"] = "Grafiek: 85 miljoen gemelde foto's en video's in 2021." },
            text = new Dictionary<string, string> { ["en"] = "Ask your MEP.", ["it"] = "Chiedete al vostro eurodeputato." },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["alt.nl", "text.it"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(
            "text.it is written for locale 'it', which the post does not have; add 'it' to locales, or remove the text",
            errors.GetProperty("text.it")[0].GetString());
        var stored = await app.Host.Services.GetRequiredService<IWebPostStore>().ListAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(stored, p => p.Id == id);
    }
}
