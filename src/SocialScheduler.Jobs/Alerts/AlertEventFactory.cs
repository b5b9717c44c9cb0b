using Microsoft.Extensions.Configuration;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Alerts;

/// <summary>
/// Turns a stored event into what channels send: the partner from <c>Accounts:&lt;name&gt;:Partner</c>, the link
/// from <c>Web:PublicBaseUrl</c>, and every configured secret masked, since a platform may echo a credential back in
/// its error message.
/// </summary>
/// <remarks>Thread-safe singleton; reads the configuration when an event is made, so a changed partner shows.</remarks>
internal sealed class AlertEventFactory(IConfiguration configuration)
{
    private static readonly string[] SecretWords = ["token", "secret", "password", "key", "credential"];

    public AlertEvent Create(AlertRecord record)
    {
        var baseUrl = configuration["Web:PublicBaseUrl"];
        Uri? link = null;
        if (record.Campaign is not null && record.PostId is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var root))
        {
            // A base under a path (https://example.org/social) keeps it: the relative link appends to a trailing slash.
            root = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
            link = new Uri(root, $"posts/{Uri.EscapeDataString(record.Campaign)}/{Uri.EscapeDataString(record.PostId)}");
        }

        var partner = record.Account is null ? null : configuration[$"Accounts:{record.Account}:Partner"];
        return new AlertEvent(record.Id, record.Type, DateTimeOffset.FromUnixTimeMilliseconds(record.OccurredMs))
        {
            Campaign = record.Campaign,
            Post = record.PostId,
            Account = record.Account,
            Partner = string.IsNullOrWhiteSpace(partner) ? null : partner,
            Locale = record.Locale,
            State = record.State,
            Message = Mask(record.Message),
            Summary = Mask(record.Detail),
            Link = link,
        };
    }

    /// <summary>Replaces every configured value whose key names a secret (tokens, passwords, webhook secrets) with ***.</summary>
    internal string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var (key, value) in configuration.AsEnumerable())
        {
            var last = key[(key.LastIndexOf(':') + 1)..];
            if (value is { Length: >= 6 } && SecretWords.Any(w => last.Contains(w, StringComparison.OrdinalIgnoreCase))
                && text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
