using System.Globalization;
using System.Net;
using System.Text.Json;

namespace SocialScheduler.Worker.Tests.Skeleton;

/// <summary>The path a new user takes: a schedule file becomes six localized card posts in the outbox.</summary>
public class WalkingSkeletonFacts
{
    private static readonly string[] Locales = ["en", "fr", "it", "es", "de", "nl"];

    [Fact]
    public async Task A_post_due_shortly_lands_in_the_outbox_in_six_locales_with_the_hashtag_and_a_card()
    {
        var folder = WorkerProcess.NewFolder();
        // The worker runs on the real clock, so the schedule does too.
        var due = TimeProvider.System.GetUtcNow().AddSeconds(25);
        await File.WriteAllTextAsync(Path.Combine(folder, "schedules", "soon.yaml"), Schedule(due), TestContext.Current.CancellationToken);
        // A broken file beside it must stop nothing else.
        await File.WriteAllTextAsync(Path.Combine(folder, "schedules", "broken.yaml"), "campaign: x\nposts:\n  - id: Bad Id\n", TestContext.Current.CancellationToken);

        await using var worker = await WorkerProcess.StartAsync(folder);

        var outbox = Path.Combine(worker.OutboxPath, "outbox");
        var published = await WaitForAsync(() => Directory.Exists(outbox) && Directory.GetFiles(outbox, "*.json").Length >= 6, TimeSpan.FromSeconds(120));
        Assert.True(published, $"The outbox did not receive six posts. Worker output:\n{worker.Output}");

        foreach (var locale in Locales)
        {
            var json = await File.ReadAllTextAsync(Path.Combine(outbox, $"reports-soon.{locale}.json"), TestContext.Current.CancellationToken);
            Assert.Contains("#ChildSafetyOnlineNow", json, StringComparison.Ordinal);
            using var post = JsonDocument.Parse(json);
            Assert.Contains("#ChildSafetyOnlineNow", post.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
            var png = await File.ReadAllBytesAsync(Path.Combine(outbox, $"reports-soon.{locale}.png"), TestContext.Current.CancellationToken);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        }

        Assert.Contains("broken.yaml", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_is_healthy_and_refuses_anonymous_visitors_the_dashboard()
    {
        var folder = WorkerProcess.NewFolder();
        await using var worker = await WorkerProcess.StartAsync(folder);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = worker.BaseAddress };

        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        using var dashboard = await http.GetAsync(new Uri("/hangfire", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(
            dashboard.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect,
            $"anonymous /hangfire answered {(int)dashboard.StatusCode}");
        if (dashboard.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("/login", dashboard.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Hangfire Dashboard", await dashboard.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static string Schedule(DateTimeOffset due) => $"""
        campaign: child-safety-online-now
        hashtag: "#ChildSafetyOnlineNow"
        timeZone: Europe/Brussels
        posts:
          - id: reports-soon
            at: "{due.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}"
            accounts: [outbox]
            locales: [en, fr, it, es, de, nl]
            card: reports-2021
            text:
              en: "85 million reports of child sexual abuse material in 2021."
              fr: "85 millions de signalements de contenus pédopornographiques en 2021."
              it: "85 milioni di segnalazioni di materiale pedopornografico nel 2021."
              es: "85 millones de denuncias de material de abuso sexual infantil en 2021."
              de: "85 Millionen Meldungen von Missbrauchsdarstellungen im Jahr 2021."
              nl: "85 miljoen meldingen van materiaal van seksueel kindermisbruik in 2021."
        """;

    private static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        while (elapsed.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(500);
        }

        return condition();
    }
}
