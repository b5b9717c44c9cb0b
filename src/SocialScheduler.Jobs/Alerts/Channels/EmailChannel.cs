using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SocialScheduler.Jobs.Alerts.Channels;

/// <summary>
/// Sends each event as one e-mail (plain text and HTML) to <c>Alerts:Email:To</c> over SMTP with MailKit. The
/// Message-Id is made from the event id, so a repeat after a lost answer is recognisable in any mailbox.
/// </summary>
internal sealed class EmailChannel(EmailChannelOptions options, TimeSpan timeout) : IAlertChannel
{
    public string Name => "email";

    public bool Accepts(string type) => options.Events.Count == 0 || options.Events.Contains(type, StringComparer.Ordinal);

    public async Task SendAsync(AlertEvent alert, CancellationToken cancellationToken)
    {
        var message = Message(alert, options);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        var where = $"SMTP server {options.Host}:{options.Port} (Alerts:Email)";
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, Security(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(new NetworkCredential(options.UserName, options.Password), cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException ex)
        {
            throw new AlertDeliveryException($"{where} refused the message ({(int)ex.StatusCode} {ex.ErrorCode}): {ex.Message}", ex);
        }
        catch (AuthenticationException ex)
        {
            throw new AlertDeliveryException($"{where} refused Alerts:Email:UserName and Password: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or SslHandshakeException or TimeoutException or ServiceNotConnectedException)
        {
            throw new AlertDeliveryException($"{where} could not be reached or broke off: {ex.Message}", ex);
        }
    }

    internal static MimeMessage Message(AlertEvent alert, EmailChannelOptions options)
    {
        var message = new MimeMessage { Subject = "[SocialScheduler] " + alert.Title, Date = alert.OccurredAt, MessageId = $"{alert.Id}@socialscheduler" };
        message.From.Add(MailboxAddress.Parse(options.From!));
        message.To.AddRange(options.To.Select(MailboxAddress.Parse));
        message.Headers.Add("SocialScheduler-Event-Id", alert.Id);
        var text = alert.Text();
        var html = "<p>" + string.Join("<br>", text.Split('\n').Select(WebUtility.HtmlEncode)) + "</p>";
        if (alert.Link is not null)
        {
            html += $"<p><a href=\"{WebUtility.HtmlEncode(alert.Link.AbsoluteUri)}\">Open the post</a></p>";
        }

        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions Security(string security) => security.ToUpperInvariant() switch
    {
        "NONE" => SecureSocketOptions.None,
        "TLS" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
