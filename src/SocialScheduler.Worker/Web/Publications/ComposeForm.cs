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
}
