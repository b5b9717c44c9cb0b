using System.Net;
using System.Text.Json;
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
            using var entry = await WaitForOutboxAsync(Path.Combine(app.Host.Outbox, "outbox", $"{id}.{locale}.json"), TimeSpan.FromSeconds(150));
            var media = Assert.Single(entry.RootElement.GetProperty("media").EnumerateArray());
            Assert.Equal(written, media.GetProperty("altText").GetString());
        }
    }

    private static async Task<JsonDocument> WaitForOutboxAsync(string file, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (!File.Exists(file))
        {
            Assert.True(TimeProvider.System.GetUtcNow() < until, $"{file} was not written within {timeout}.");
            await Task.Delay(1000, TestContext.Current.CancellationToken);
        }

        return JsonDocument.Parse(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
    }
}
