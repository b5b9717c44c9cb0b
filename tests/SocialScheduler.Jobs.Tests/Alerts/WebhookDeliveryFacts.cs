using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Alerts;

/// <summary>The sender against a real receiver on loopback that checks the signature and fails on purpose.</summary>
public sealed class WebhookDeliveryFacts
{
    private const string Secret = "whsec-canary-5d1e0c7a9b";
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    [Fact]
    public async Task A_refusal_reaches_the_webhook_signed_and_a_500_is_retried_with_the_same_id_and_delivered_once()
    {
        await using var receiver = new WebhookReceiver(Secret);
        await using var h = await RefusedAsync(receiver);
        receiver.FailNext(500);

        await SendAsync(h);
        h.Time.Advance(TimeSpan.FromSeconds(29));
        await SendAsync(h);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await SendAsync(h);
        h.Time.Advance(TimeSpan.FromHours(2));
        await SendAsync(h);

        var received = receiver.Received.ToList();
        Assert.Equal([500, 200], received.Select(r => r.Status));
        Assert.All(received, r => Assert.True(r.SignatureValid, r.Signature));
        Assert.Single(received.Select(r => r.EventId).Distinct());
        using var body = JsonDocument.Parse(Assert.Single(receiver.Accepted).Body);
        var e = body.RootElement;
        Assert.Equal(AlertTypes.NeedsAttention, e.GetProperty("type").GetString());
        Assert.Equal(("a", "outbox", "fr", "NeedsAttention"), (e.GetProperty("post").GetString(), e.GetProperty("account").GetString(), e.GetProperty("locale").GetString(), e.GetProperty("state").GetString()));
        Assert.Equal("https://scheduler.example.org/posts/child-safety-online-now/a", e.GetProperty("link").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("partner").ValueKind);
        Assert.Equal(Due, e.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal(HealthStatus.Healthy, (await HealthAsync(h)).Status);
    }

    [Fact]
    public async Task A_receiver_that_hangs_costs_one_timeout_and_shows_the_channel_failing_in_health()
    {
        await using var receiver = new WebhookReceiver(Secret);
        await using var h = await RefusedAsync(receiver);
        receiver.HangNext();

        var delivered = await h.Get<AlertSender>().SendDueAsync(CancellationToken.None);

        var health = await HealthAsync(h);
        Assert.Equal(0, delivered);
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains($"webhook:ops: 1 alerts waiting for another try, 0 given up in the last 24 h", health.Description, StringComparison.Ordinal);
        Assert.Contains($"{receiver.Url} did not answer within 2 s (Alerts:Timeout)", health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_gets_six_tries_over_about_an_hour_then_the_alert_is_given_up()
    {
        await using var receiver = new WebhookReceiver(Secret) { AlwaysAnswer = 500 };
        await using var h = await RefusedAsync(receiver);
        var start = h.Time.GetUtcNow();
        var tries = new List<DateTimeOffset>();

        for (var minute = 0; minute <= 180; minute++)
        {
            var before = receiver.Received.Count;
            await SendAsync(h);
            if (receiver.Received.Count > before)
            {
                tries.Add(h.Time.GetUtcNow());
            }

            h.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var health = await HealthAsync(h);
        Assert.Equal(6, tries.Count);
        Assert.InRange(tries[^1] - start, TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(70));
        Assert.Contains("0 alerts waiting for another try, 1 given up in the last 24 h", health.Description, StringComparison.Ordinal);
        Assert.Contains("Try 6 of 6: " + receiver.Url + " answered 500", health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slack_gets_readable_text_with_the_link_and_a_filtered_out_type_is_never_sent()
    {
        await using var slack = new WebhookReceiver(Secret);
        await using var failedOnly = new WebhookReceiver(Secret);
        await using var h = await RefusedAsync(slack, new()
        {
            ["Alerts:Webhooks:ops:Format"] = "Slack",
            ["Alerts:Webhooks:failures:Url"] = failedOnly.Url.ToString(),
            ["Alerts:Webhooks:failures:Secret"] = Secret,
            ["Alerts:Webhooks:failures:Events:0"] = AlertTypes.Failed,
        });

        await SendAsync(h);
        h.Time.Advance(TimeSpan.FromHours(3));
        await SendAsync(h);

        using var body = JsonDocument.Parse(Assert.Single(slack.Accepted).Body);
        var text = body.RootElement.GetProperty("text").GetString()!;
        Assert.StartsWith("Needs attention: a on outbox (fr)", text, StringComparison.Ordinal);
        Assert.Contains("https://scheduler.example.org/posts/child-safety-online-now/a", text, StringComparison.Ordinal);
        Assert.Empty(failedOnly.Received);
    }

    /// <summary>A sync, a post due at <see cref="Due"/> whose credentials are refused, and the webhook "ops" configured.</summary>
    internal static async Task<LedgerHarness> RefusedAsync(WebhookReceiver receiver, Dictionary<string, string?>? more = null, string message = "401 The access token is invalid")
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:Webhooks:ops:Url"] = receiver.Url.ToString(),
            ["Alerts:Webhooks:ops:Secret"] = Secret,
            ["Alerts:Timeout"] = "00:00:02",
            ["Alerts:DigestAt"] = "",
            ["Web:PublicBaseUrl"] = "https://scheduler.example.org/",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        var h = await LedgerHarness.StartAsync(settings);
        h.Source.Set(Some.Post("a", locales: ["fr"]));
        await h.SyncAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Auth, message));
        await h.RunDueAsync(Due);
        return h;
    }

    internal static Task<int> SendAsync(LedgerHarness h) => h.Get<AlertSender>().SendDueAsync(CancellationToken.None);

    internal static Task<HealthCheckResult> HealthAsync(LedgerHarness h) =>
        new AlertChannelsHealthCheck(h.Get<AlertChannelStatus>()).CheckHealthAsync(new HealthCheckContext());
}
