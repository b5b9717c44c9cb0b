using MimeKit;
using SocialScheduler.Jobs.Alerts;
using SocialScheduler.Jobs.Alerts.Channels;
using SocialScheduler.Jobs.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Jobs.Tests.Alerts;

/// <summary>Canaries: a platform that echoes a credential in its error must not carry it into any alert.</summary>
public sealed class SecretsInAlertsFacts
{
    private const string Token = "canary-token-7f3a9e21";
    private const string Password = "canary-smtp-password-4c1d";
    private const string Secret = "whsec-canary-5d1e0c7a9b";

    [Fact]
    public async Task No_token_password_or_webhook_secret_reaches_a_webhook_body_or_an_email()
    {
        await using var receiver = new WebhookReceiver(Secret);
        await using var h = await WebhookDeliveryFacts.RefusedAsync(receiver, new()
        {
            ["Accounts:outbox:AccessToken"] = Token,
            ["Alerts:Email:Password"] = Password,
            ["Alerts:Webhooks:ops:Secret"] = Secret,
        }, message: $"401 token {Token} refused; secret {Secret}; password {Password}");

        await WebhookDeliveryFacts.SendAsync(h);

        var body = Assert.Single(receiver.Accepted).Body;
        var due = Assert.Single(await AlertOutboxFactsBase.EventsAsync(h)).Record;
        var alert = h.Get<AlertEventFactory>().Create(due);
        var mail = EmailChannel.Message(alert, new EmailChannelOptions { From = "alerts@example.org", To = ["comms@example.org"] });
        var mailText = mail.ToString();
        foreach (var secret in new[] { Token, Password, Secret })
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, mailText, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, mail.TextBody, StringComparison.Ordinal);
        }

        Assert.Contains("401 token *** refused; secret ***; password ***", body, StringComparison.Ordinal);
    }
}
