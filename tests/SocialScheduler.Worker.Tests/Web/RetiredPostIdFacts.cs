using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web;

/// <summary>A post that is no longer scheduled keeps its id: its publication history stays filed under it.</summary>
[Collection(WebCollection.Name)]
public sealed class RetiredPostIdFacts(SharedWebApp app)
{
    [Fact]
    public async Task A_new_post_cannot_take_the_id_of_a_retired_repeating_post_any_more_than_that_of_a_retired_plain_post()
    {
        using var client = new AppClient(app.Host);
        await client.SignInAsync(await app.Host.CreateUserAsync("Comms"), WebTestHost.UserPassword);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var plain = "once-" + suffix;
        var repeating = "hourly-" + suffix;
        var at = ComposeSteps.BrusselsTimeIn(TimeSpan.FromHours(2))[..16];
        object Post(string id, string? repeat) => new
        {
            id, at, timeZone = "Europe/Brussels", repeat, accounts = new[] { "outbox" }, locales = new[] { "en" },
            text = new Dictionary<string, string> { ["en"] = "Ask your MEP." },
        };
        foreach (var (id, repeat) in new[] { (plain, (string?)null), (repeating, "0 * * * *") })
        {
            using var created = await client.PostJsonWithTokenAsync("/api/posts", Post(id, repeat));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.True(await app.Host.Services.GetRequiredService<IWebPostStore>().DeleteAsync(ComposeSteps.Campaign, id, "test", TestContext.Current.CancellationToken));
        }

        using var overPlain = await client.PostJsonWithTokenAsync("/api/posts", Post(plain, null));
        using var overRepeating = await client.PostJsonWithTokenAsync("/api/posts", Post(repeating, null));

        Assert.Equal(HttpStatusCode.BadRequest, overPlain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overRepeating.StatusCode);
        Assert.Equal(Retired(plain), await IdErrorAsync(overPlain));
        Assert.Equal(Retired(repeating), await IdErrorAsync(overRepeating));
        var stored = await app.Host.Services.GetRequiredService<IWebPostStore>().ListAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(stored, p => p.Id == plain || p.Id == repeating);
    }

    private static string Retired(string id) =>
        $"id '{id}' was used by a post no longer scheduled, and its publication history is kept under it; give this post another id";

    private static async Task<string?> IdErrorAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return problem.RootElement.GetProperty("errors").TryGetProperty("id", out var messages) ? messages[0].GetString() : problem.RootElement.ToString();
    }
}
