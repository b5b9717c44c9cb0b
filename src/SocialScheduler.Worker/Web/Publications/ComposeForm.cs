namespace SocialScheduler.Worker.Web.Publications;

/// <summary>A post as the compose form or <c>POST /api/posts</c> sends it.</summary>
public sealed class ComposeForm
{
    public string? Id { get; set; }

    /// <summary>A statistic id, or empty for a post without a card.</summary>
    public string? Card { get; set; }

    public List<string> Locales { get; set; } = [];

    public List<string> Accounts { get; set; } = [];

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
}
