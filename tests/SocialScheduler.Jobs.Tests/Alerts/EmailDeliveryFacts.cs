using System.Net;
using System.Net.Sockets;
using MimeKit;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Alerts.Channels;
using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Alerts;

/// <summary>E-mail through a real SMTP server on loopback (.ci/setup-smtp.sh), which stores what it accepts.</summary>
public sealed class EmailDeliveryFacts
{
    private static readonly AlertEvent Refused = new("evt_0193aa", AlertTypes.NeedsAttention, new DateTimeOffset(2026, 12, 1, 8, 10, 0, TimeSpan.Zero))
    {
        Campaign = "child-safety-online-now", Post = "reports-2021", Account = "mastodon-fr", Locale = "fr", State = "NeedsAttention",
        Message = "The account's credentials were refused: 401 The access token is invalid",
        Link = new Uri("https://scheduler.example.org/posts/child-safety-online-now/reports-2021"),
    };

    [Fact]
    public async Task An_event_arrives_as_one_email_naming_post_account_and_locale_in_text_and_html()
    {
        var (host, port, maildir) = Peers.Smtp();
        var to = $"comms-{Guid.NewGuid():N}@example.org";
        var channel = new EmailChannel(Options(host, port, "alerts@example.org", to), TimeSpan.FromSeconds(30));

        await channel.SendAsync(Refused, TestContext.Current.CancellationToken);

        var mail = await MailTo.WaitAsync(maildir, to);
        Assert.Equal("[SocialScheduler] Needs attention: reports-2021 on mastodon-fr (fr)", mail.Subject);
        Assert.Contains("401 The access token is invalid", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Locale: fr", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://scheduler.example.org/posts/child-safety-online-now/reports-2021\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("evt_0193aa", mail.Headers["SocialScheduler-Event-Id"]);
    }

    [Fact]
    public async Task A_server_that_refuses_the_sender_fails_the_try_with_its_answer()
    {
        var (host, port, _) = Peers.Smtp();
        var channel = new EmailChannel(Options(host, port, "refused@example.org", "comms@example.org"), TimeSpan.FromSeconds(30));

        var failure = await Assert.ThrowsAsync<AlertDeliveryException>(() => channel.SendAsync(Refused, TestContext.Current.CancellationToken));

        Assert.Contains($"SMTP server {host}:{port} (Alerts:Email) refused the message (550", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Sender address rejected", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_host_fails_the_try_saying_so()
    {
        var port = ClosedPort();
        var channel = new EmailChannel(Options("127.0.0.1", port, "alerts@example.org", "comms@example.org"), TimeSpan.FromSeconds(30));

        var failure = await Assert.ThrowsAsync<AlertDeliveryException>(() => channel.SendAsync(Refused, TestContext.Current.CancellationToken));

        Assert.StartsWith($"SMTP server 127.0.0.1:{port} (Alerts:Email) could not be reached", failure.Message, StringComparison.Ordinal);
    }

    private static EmailChannelOptions Options(string host, int port, string from, string to) =>
        new() { Host = host, Port = port, Security = "None", From = from, To = [to] };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Reads the messages the test SMTP server stored, by recipient.</summary>
internal static class MailTo
{
    public static async Task<MimeMessage> WaitAsync(string maildir, string recipient, int count = 1)
    {
        for (var i = 0; i < 240; i++)
        {
            var found = All(maildir, recipient);
            if (found.Count >= count)
            {
                return found[0];
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No message to {recipient} arrived in {maildir} within 60 s.");
    }

    public static IReadOnlyList<MimeMessage> All(string maildir, string recipient) =>
        Directory.GetFiles(maildir, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, recipient, StringComparison.OrdinalIgnoreCase)))
            .ToList();
}
