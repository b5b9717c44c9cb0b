using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Cards;
using SocialScheduler.Jobs.Publishing;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.Coalition;

/// <summary>One post for two partners reaches exactly their accounts, in exactly their languages, with their own cards.</summary>
[Collection(WebCollection.Name)]
public sealed class PartnerPublishingFacts
{
    [Fact]
    public async Task A_post_for_two_partners_reaches_exactly_their_accounts_in_their_languages_each_with_its_partners_card()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings());
        using var client = new AppClient(host);
        await client.SignInAsync(await host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "coalition-" + Guid.NewGuid().ToString("N")[..8];

        using var created = await client.PostJsonWithTokenAsync("/api/posts",
            CoalitionAccounts.Post(id, ComposeSteps.BrusselsTimeIn(TimeSpan.FromSeconds(20)), [CoalitionAccounts.Mce, CoalitionAccounts.Ecpat]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // French only to the French account, Dutch only to the Dutch one, English and Spanish to ECPAT's; nothing to IWF.
        string[] expected = ["ecpat-intl/en", "ecpat-intl/es", "mce-fr/fr", "mce-nl/nl"];
        var listed = await client.Http.GetFromJsonAsync<JsonElement>($"/api/publications?post={id}", TestContext.Current.CancellationToken);
        Assert.Equal(expected, listed.EnumerateArray().Select(p => $"{p.GetProperty("key").GetProperty("account")}/{p.GetProperty("key").GetProperty("locale")}").Order(StringComparer.Ordinal));

        foreach (var publication in expected)
        {
            await OutboxFiles.WaitForAsync(Path.Combine(host.Outbox, $"{publication.Replace("/", $"/{id}.", StringComparison.Ordinal)}.json"), TimeSpan.FromSeconds(120));
        }

        var written = Directory.GetFiles(host.Outbox, $"{id}.*.json", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetFileName(Path.GetDirectoryName(f))}/{Path.GetFileName(f).Split('.')[1]}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, written);

        // Each account's card is its partner's, byte for byte as that partner's card is drawn; two partners differ.
        var targets = host.Services.GetRequiredService<CardTargets>();
        var renderer = host.Services.GetRequiredService<IBoundedCardRenderer>();
        byte[] Expected(string account, string locale, string partner)
        {
            var target = targets.For(account, "Outbox", null);
            return renderer.Render(new CardRequest("reports-2021", locale, target.Size, partner), target.MaxBytes).Content.ToArray();
        }

        byte[] Published(string account, string locale) =>
            File.ReadAllBytes(Directory.GetFiles(Path.Combine(host.Outbox, account), $"{id}.{locale}*.png").Single());

        Assert.Equal(Expected("mce-fr", "fr", CoalitionAccounts.Mce), Published("mce-fr", "fr"));
        Assert.Equal(Expected("mce-nl", "nl", CoalitionAccounts.Mce), Published("mce-nl", "nl"));
        Assert.Equal(Expected("ecpat-intl", "en", CoalitionAccounts.Ecpat), Published("ecpat-intl", "en"));
        Assert.NotEqual(Expected("ecpat-intl", "en", CoalitionAccounts.Iwf), Published("ecpat-intl", "en"));
        Assert.NotEqual(renderer.Render(new CardRequest("reports-2021", "en", targets.For("ecpat-intl", "Outbox", null).Size), long.MaxValue).Content.ToArray(), Published("ecpat-intl", "en"));
    }

    [Fact]
    public async Task An_account_naming_an_unknown_partner_stops_the_start_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => WebTestHost.StartAsync(CoalitionAccounts.Settings(new() { ["Accounts:iwf-uk:Partner"] = "iwf-uk" })));
        Assert.Contains("Accounts:iwf-uk:Partner = 'iwf-uk' is not a partner: use one of: 5rights, brave-movement", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_naming_a_locale_outside_the_campaign_stops_the_start_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => WebTestHost.StartAsync(CoalitionAccounts.Settings(new() { ["Accounts:iwf-uk:Locales:1"] = "pt" })));
        Assert.Contains("Accounts:iwf-uk:Locales:1 = 'pt' is not a campaign locale", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_naming_an_unknown_partner_is_refused_by_field_and_nothing_is_stored()
    {
        await using var host = await WebTestHost.StartAsync(CoalitionAccounts.Settings());
        using var client = new AppClient(host);
        await client.SignInAsync(await host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var id = "coalition-" + Guid.NewGuid().ToString("N")[..8];

        using var refused = await client.PostJsonWithTokenAsync("/api/posts",
            CoalitionAccounts.Post(id, ComposeSteps.Field(ComposeSteps.LocalDayAhead(30, 9, 0)), [CoalitionAccounts.Mce, "ecpt"]));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var listed = await client.Http.GetFromJsonAsync<JsonElement>($"/api/publications?post={id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("partners[1] 'ecpt' is not a partner; use one of: 5rights,", problem.GetProperty("errors").GetProperty("partners[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, listed.GetArrayLength());
    }
}
