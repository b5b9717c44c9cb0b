using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>
/// The compose form takes an alt text per locale for the post's card: what is written there is what the platform
/// receives, an empty field keeps the generated text, and editing the post keeps what was written.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AltTextInTheComposeFormFacts(Browser browser, SharedWebApp app)
{
    private const string FrenchAlt = "Graphique : 85 millions de photos et vidéos d'abus signalées en 2021 dans le monde.";

    [Fact]
    public async Task A_french_alt_text_written_in_the_form_reaches_the_outbox_and_english_keeps_the_generated_one()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "form-alt-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillPostAsync(id, ComposeSteps.BrusselsTimeIn(TimeSpan.FromSeconds(40)), ["outbox"], new Dictionary<string, string>
        {
            ["en"] = "Ask your MEP.",
            ["fr"] = "Demandez à votre député.",
        }, card: "reports-2021");

        // The empty English field shows what the card gets without a written text.
        var english = page.GetByLabel("Image description (en)");
        await Expect(english).ToBeVisibleAsync();
        var generated = await english.GetAttributeAsync("placeholder");
        Assert.False(string.IsNullOrWhiteSpace(generated), "the English alt-text field shows no generated text");
        await page.GetByLabel("Image description (fr)").FillAsync(FrenchAlt);
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Saved: 2 publications of {id}");

        using var french = await OutboxFiles.WaitForAsync(Path.Combine(app.Host.Outbox, "outbox", $"{id}.fr.json"), TimeSpan.FromSeconds(150));
        Assert.Equal(FrenchAlt, Assert.Single(french.RootElement.GetProperty("media").EnumerateArray()).GetProperty("altText").GetString());
        using var englishPost = await OutboxFiles.WaitForAsync(Path.Combine(app.Host.Outbox, "outbox", $"{id}.en.json"), TimeSpan.FromSeconds(60));
        Assert.Equal(generated, Assert.Single(englishPost.RootElement.GetProperty("media").EnumerateArray()).GetProperty("altText").GetString());
    }

    [Fact]
    public async Task Editing_a_post_shows_its_french_alt_text_and_saving_other_changes_keeps_it()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "edit-alt-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillPostAsync(id, ComposeSteps.Field(ComposeSteps.LocalDayAhead(20, 9, 0)), ["outbox"], new Dictionary<string, string>
        {
            ["en"] = "Ask your MEP.",
            ["fr"] = "Demandez à votre député.",
        }, card: "reports-2021");
        await page.GetByLabel("Image description (fr)").FillAsync(FrenchAlt);
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Saved: 2 publications of {id}");

        await page.GotoAsync($"/compose?id={id}");
        await Expect(page.GetByLabel("Image description (fr)")).ToHaveValueAsync(FrenchAlt);
        await Expect(page.GetByLabel("Image description (en)")).ToHaveValueAsync("");
        var generated = await page.GetByLabel("Image description (en)").GetAttributeAsync("placeholder");
        await page.GetByLabel("Text (en)").FillAsync("Ask your MEP today.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Saved: 2 publications of {id}");

        var stored = (await app.Host.Services.GetRequiredService<IWebPostStore>().ListAsync(TestContext.Current.CancellationToken)).Single(p => p.Id == id);
        Assert.StartsWith("Ask your MEP today.", stored.Text["en"], StringComparison.Ordinal);
        Assert.Equal(FrenchAlt, stored.AltText?.GetValueOrDefault("fr"));
        Assert.Equal(generated, stored.AltText?.GetValueOrDefault("en"));
    }

    [Fact]
    public async Task An_alt_text_too_long_for_mastodon_is_refused_under_its_field_saying_by_how_much_and_stores_nothing()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "long-alt-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillPostAsync(id, ComposeSteps.Field(ComposeSteps.LocalDayAhead(20, 9, 0)), ["mastodon"], new Dictionary<string, string>
        {
            ["fr"] = "Demandez à votre député.",
        }, card: "reports-2021");
        var tooLong = new string('a', 1600);
        await page.GetByLabel("Image description (fr)").FillAsync(tooLong);
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        var error = page.Locator("[data-error-for='alt.fr']");
        await Expect(error).ToContainTextAsync("alt.fr is 1,600 of 1,500 characters allowed for alt text on account mastodon (Mastodon); shorten it by 100");
        await Expect(page.GetByLabel("Image description (fr)")).ToHaveValueAsync(tooLong);
        var stored = await app.Host.Services.GetRequiredService<IWebPostStore>().ListAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(stored, p => p.Id == id);
    }

    [Fact]
    public async Task An_alt_text_typed_before_choosing_no_card_goes_with_its_hidden_field_and_is_not_stored()
    {
        var page = await browser.NewPageAsync(app.Host);
        await page.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "no-card-alt-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillPostAsync(id, ComposeSteps.Field(ComposeSteps.LocalDayAhead(20, 9, 0)), ["outbox"], new Dictionary<string, string>
        {
            ["en"] = "Ask your MEP.",
        }, card: "reports-2021");
        await page.GetByLabel("Image description (en)").FillAsync("Chart: 85 million pictures and videos reported in 2021.");
        await page.GetByLabel("Card").SelectOptionAsync("");
        await Expect(page.GetByLabel("Image description (en)")).ToBeHiddenAsync();

        // French is ticked without a text, so the form comes back: it says nothing about the hidden field and no
        // longer holds the text, which a card chosen again would otherwise carry without the user seeing it.
        await page.Locator("input[data-locale][value='fr']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await Expect(page.GetByText("describes no image")).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Image description (en)")).ToHaveValueAsync("");

        await page.Locator("input[data-locale][value='fr']").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Saved: 1 publications of {id}");
        var stored = (await app.Host.Services.GetRequiredService<IWebPostStore>().ListAsync(TestContext.Current.CancellationToken)).Single(p => p.Id == id);
        Assert.Null(stored.Card);
        Assert.Null(stored.AltText);
    }
}
