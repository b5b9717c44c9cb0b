using System.Globalization;
using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>A post as the compose form or <c>POST /api/posts</c> sends it.</summary>
public sealed class ComposeForm
{
    public string? Id { get; set; }

    /// <summary>A statistic id, or empty for a post without a card.</summary>
    public string? Card { get; set; }

    public List<string> Locales { get; set; } = [];

    public List<string> Accounts { get; set; } = [];

    /// <summary>Partner ids whose accounts get the post in the locales each speaks, or <c>["all"]</c> for every partner.</summary>
    public List<string> Partners { get; set; } = [];

    /// <summary>Local time in <see cref="TimeZone"/>, <c>2026-12-01T09:00</c>.</summary>
    public string? At { get; set; }

    public string? TimeZone { get; set; }

    /// <summary>Text per locale; texts of locales not chosen are ignored.</summary>
    public Dictionary<string, string> Text { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Alt text per locale for the card; generated from the statistic where missing.</summary>
    public Dictionary<string, string>? Alt { get; set; }

    /// <summary>A card size name (<c>square</c>, …); empty for each platform's default.</summary>
    public string? Size { get; set; }

    /// <summary>A five-field cron expression read in <see cref="TimeZone"/>; empty for a one-off post.</summary>
    public string? Repeat { get; set; }

    /// <summary>Local time in <see cref="TimeZone"/> after which a repeating post stops; empty for no end.</summary>
    public string? Until { get; set; }

    /// <summary>
    /// The form that edits <paramref name="post"/>, its times local to its zone. A stored post carries the generated
    /// alt text too (<paramref name="generatedAlt"/> of its card and a locale); only a written one belongs in the
    /// field, so that a later change of card or wording is not pinned to the old generated text.
    /// </summary>
    public static ComposeForm From(ScheduledPost post, Func<string, string, string?> generatedAlt) => new()
    {
        Id = post.Id,
        Card = post.Card,
        Locales = [.. post.Locales],
        Accounts = [.. post.Accounts],
        Partners = [.. post.Partners ?? []],
        At = Local(post.DueUtc, post.TimeZone),
        TimeZone = post.TimeZone,
        Text = post.Text.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
        Alt = post.AltText?.Where(a => post.Card is null || a.Value != generatedAlt(post.Card, a.Key))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        Size = post.Size,
        Repeat = post.Repeat,
        Until = post.RepeatUntil is { } until ? Local(until, post.TimeZone) : null,
    };

    private static string Local(DateTimeOffset instant, string zone) =>
        TimeZoneInfo.ConvertTime(instant, Display.Zone(zone)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
