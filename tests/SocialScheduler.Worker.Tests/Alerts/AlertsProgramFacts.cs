using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Tests.Skeleton;

namespace SocialScheduler.Worker.Tests.Alerts;

/// <summary>
/// The service as users run it, in its own process: a post whose account's credentials are refused becomes a signed
/// webhook event and an e-mail, and killing the service before they are delivered loses neither.
/// </summary>
public sealed class AlertsProgramFacts
{
    private const string Secret = "whsec-e2e-3b9f1c77d2a04e58";
    private const string Token = "canary-mastodon-token-91ac";

    [Fact]
    public async Task A_refused_post_alerts_by_webhook_and_email_even_when_the_service_is_killed_before_delivery()
    {
        var ct = TestContext.Current.CancellationToken;
        var (smtpHost, smtpPort, maildir) = Peers.Smtp();
        await using var mastodon = new RefusingMastodon();
        await using var receiver = new WebhookReceiver(Secret, maxAge: TimeSpan.FromMinutes(5)) { AlwaysAnswer = 500 };
        var recipient = $"comms-{Guid.NewGuid():N}@example.org";
        var folder = WorkerProcess.NewFolder();
        var due = TimeProvider.System.GetUtcNow().AddSeconds(20);
        await File.WriteAllTextAsync(Path.Combine(folder, "schedules", "launch.yaml"), Schedule(due), ct);
        var settings = new Dictionary<string, string>
        {
            ["Accounts__mastodon-fr__Platform"] = "Mastodon",
            ["Accounts__mastodon-fr__BaseUrl"] = mastodon.Url.ToString(),
            ["Accounts__mastodon-fr__AccessToken"] = Token,
            ["Alerts__Webhooks__ops__Url"] = receiver.Url.ToString(),
            ["Alerts__Webhooks__ops__Secret"] = Secret,
            ["Alerts__Email__Host"] = smtpHost,
            // First run: nothing listens there, so the e-mail cannot leave before the kill.
            ["Alerts__Email__Port"] = ClosedPort().ToString(CultureInfo.InvariantCulture),
            ["Alerts__Email__Security"] = "None",
            ["Alerts__Email__From"] = "alerts@example.org",
            ["Alerts__Email__To__0"] = recipient,
            ["Alerts__RetryBaseDelay"] = "00:00:01",
            ["Alerts__PollInterval"] = "00:00:01",
            ["Alerts__MaxAttempts"] = "20",
            ["Web__PublicBaseUrl"] = "https://scheduler.example.org/",
        };

        // Run 1: the refusal is recorded with its event; the receiver fails and the mail server is away.
        await using (var first = await WorkerProcess.StartAsync(folder, settings))
        {
            Assert.True(await WaitForAsync(() => !receiver.Received.IsEmpty, TimeSpan.FromSeconds(120)), $"No webhook try arrived.\n{first.Output}");
            var health = await HealthAsync(first, "Degraded", ct);
            Assert.Contains($"{receiver.Url} answered 500", health, StringComparison.Ordinal);
            Assert.Contains("(Alerts:Email) could not be reached", health, StringComparison.Ordinal);
            // The other account of the same post went out while both channels failed.
            Assert.True(await WaitForAsync(() => Directory.GetFiles(Path.Combine(first.OutboxPath, "outbox"), "*.json").Length == 1, TimeSpan.FromSeconds(60)));
        }

        Assert.Empty(receiver.Accepted);
        Assert.Empty(MailIn(maildir, recipient));
        Assert.Contains("POST /api/v1/statuses", mastodon.Calls);

        // Run 2, after the kill: the receiver fails once more, then takes it; the mail server is back.
        receiver.Recover();
        receiver.FailNext(500);
        settings["Alerts__Email__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture);
        await using var second = await WorkerProcess.StartAsync(folder, settings);
        Assert.True(await WaitForAsync(() => receiver.Accepted.Count == 1 && MailIn(maildir, recipient).Count == 1, TimeSpan.FromSeconds(120)),
            $"Not delivered after the restart.\n{second.Output}");
        await HealthAsync(second, "Healthy", ct);

        var received = receiver.Received.ToList();
        Assert.All(received, r => Assert.True(r.SignatureValid));
        Assert.Single(received.Select(r => r.EventId).Distinct());
        Assert.Equal(500, received[^2].Status);
        using var body = JsonDocument.Parse(Assert.Single(receiver.Accepted).Body);
        Assert.Equal("publication.needs_attention", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("https://scheduler.example.org/posts/child-safety-online-now/launch-morning", body.RootElement.GetProperty("link").GetString());
        var mail = Assert.Single(MailIn(maildir, recipient));
        Assert.Equal("[SocialScheduler] Needs attention: launch-morning on mastodon-fr (fr)", mail.Subject);
        Assert.Contains("The access token is invalid", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, mail.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, body.RootElement.GetRawText(), StringComparison.Ordinal);
        // Delivered means delivered: later passes send neither again.
        await Task.Delay(TimeSpan.FromSeconds(5), ct);
        Assert.Single(receiver.Accepted);
        Assert.Single(MailIn(maildir, recipient));
    }

    private static IReadOnlyList<MimeMessage> MailIn(string maildir, string recipient) =>
        Directory.GetFiles(maildir, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => b.Address == recipient)).ToList();

    /// <summary>Polls /healthz until its alerts check has <paramref name="status"/>; returns the check's description.</summary>
    private static async Task<string> HealthAsync(WorkerProcess worker, string status, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = worker.BaseAddress };
        var last = "";
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < TimeSpan.FromSeconds(90))
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("/healthz", UriKind.Relative), ct));
            var alerts = json.RootElement.GetProperty("checks").GetProperty("alerts");
            last = alerts.GetProperty("description").GetString() ?? "";
            if (alerts.GetProperty("status").GetString() == status && (status != "Degraded" || last.Contains("email", StringComparison.Ordinal)))
            {
                return last;
            }

            await Task.Delay(500, ct);
        }

        throw new TimeoutException($"/healthz never showed the alerts check {status}; last: {last}\n{worker.Output}");
    }

    private static string Schedule(DateTimeOffset due) => $"""
        campaign: child-safety-online-now
        hashtag: "#ChildSafetyOnlineNow"
        timeZone: Europe/Brussels
        posts:
          - id: launch-morning
            at: "{due.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}"
            accounts: [mastodon-fr, outbox]
            locales: [fr]
            text:
              fr: "Aujourd'hui commence #ChildSafetyOnlineNow."
        """;

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return condition();
    }
}
