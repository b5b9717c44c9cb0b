using System.Net.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Jobs.Alerts;

/// <summary>Refuses a bad <c>Alerts:*</c> setting at start, naming its key and what to write instead.</summary>
/// <remarks>Also checks <c>Web:PublicBaseUrl</c>, which only the alerts' links read.</remarks>
internal sealed class AlertsOptionsValidator(IConfiguration configuration) : IValidateOptions<AlertsOptions>
{
    private static readonly string[] Formats = ["Json", "Slack", "Teams", "Matrix"];
    private static readonly string[] Securities = ["None", "StartTls", "Tls"];

    public ValidateOptionsResult Validate(string? name, AlertsOptions options)
    {
        var problems = new List<string>();
        void Positive(string key, TimeSpan value)
        {
            if (value <= TimeSpan.Zero)
            {
                problems.Add($"Alerts:{key} is {value}: use a positive duration, e.g. 00:15:00.");
            }
        }

        Positive(nameof(options.UnknownAfter), options.UnknownAfter);
        Positive(nameof(options.ApprovalLeadTime), options.ApprovalLeadTime);
        Positive(nameof(options.RetryBaseDelay), options.RetryBaseDelay);
        Positive(nameof(options.Timeout), options.Timeout);
        Positive(nameof(options.PollInterval), options.PollInterval);
        if (options.MaxAttempts is < 1 or > 20)
        {
            problems.Add($"Alerts:MaxAttempts is {options.MaxAttempts}: use 1 to 20.");
        }

        if (!string.IsNullOrWhiteSpace(options.DigestAt) && !TimeOnly.TryParseExact(options.DigestAt, "HH:mm", out _))
        {
            problems.Add($"Alerts:DigestAt is '{options.DigestAt}': use a time of day as HH:mm, e.g. 07:00, or leave it empty for no digest.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.DigestTimeZone, out _))
        {
            problems.Add($"Alerts:DigestTimeZone is '{options.DigestTimeZone}', which is not a time zone: use an IANA name, e.g. Europe/Brussels.");
        }

        var baseUrl = configuration["Web:PublicBaseUrl"];
        if (!string.IsNullOrEmpty(baseUrl) && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https")))
        {
            problems.Add($"Web:PublicBaseUrl is '{baseUrl}': use the address people open this service at, e.g. https://social.example.org.");
        }

        foreach (var (channel, webhook) in options.Webhooks)
        {
            var key = $"Alerts:Webhooks:{channel}";
            if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                problems.Add($"{key}:Url is '{webhook.Url}': use the receiver's http or https address.");
            }

            if (string.IsNullOrEmpty(webhook.Secret) || webhook.Secret.Length < 16)
            {
                problems.Add($"{key}:Secret is missing or shorter than 16 characters: set a long random secret in the environment or user-secrets, and the same at the receiver.");
            }

            if (!Formats.Contains(webhook.Format, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{key}:Format is '{webhook.Format}': use {string.Join(", ", Formats)}.");
            }

            Events($"{key}:Events", webhook.Events, problems);
        }

        if (options.Email.Enabled)
        {
            Email(options.Email, problems);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Email(EmailChannelOptions email, List<string> problems)
    {
        if (email.Port is < 1 or > 65535)
        {
            problems.Add($"Alerts:Email:Port is {email.Port}: use 1 to 65535 (587 for StartTls, 465 for Tls).");
        }

        if (!Securities.Contains(email.Security, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"Alerts:Email:Security is '{email.Security}': use None, StartTls or Tls.");
        }

        if (!MailAddress.TryCreate(email.From, out _))
        {
            problems.Add($"Alerts:Email:From is '{email.From}': use the address alerts are sent from, e.g. alerts@example.org.");
        }

        if (email.To.Count == 0)
        {
            problems.Add("Alerts:Email:To is empty: list at least one recipient (Alerts:Email:To:0).");
        }

        for (var i = 0; i < email.To.Count; i++)
        {
            if (!MailAddress.TryCreate(email.To[i], out _))
            {
                problems.Add($"Alerts:Email:To:{i} is '{email.To[i]}', which is not an e-mail address.");
            }
        }

        if (!string.IsNullOrEmpty(email.UserName) && string.IsNullOrEmpty(email.Password))
        {
            problems.Add("Alerts:Email:Password is missing while Alerts:Email:UserName is set: set it in the environment or user-secrets.");
        }

        Events("Alerts:Email:Events", email.Events, problems);
    }

    private static void Events(string key, List<string> events, List<string> problems)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (!AlertTypes.All.Contains(events[i], StringComparer.Ordinal))
            {
                problems.Add($"{key}:{i} is '{events[i]}', which is not an event: use {string.Join(", ", AlertTypes.All)}.");
            }
        }
    }
}
