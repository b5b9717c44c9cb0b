namespace SocialScheduler.Core.Cards;

/// <summary>The named image sizes; the names are part of the schedule and URL contract.</summary>
public sealed record CardSize(string Name, int Width, int Height)
{
    public static readonly CardSize Square = new("square", 1080, 1080);
    public static readonly CardSize Portrait = new("portrait", 1080, 1350);
    public static readonly CardSize Landscape = new("landscape", 1200, 675);
    public static readonly CardSize Wide = new("wide", 1600, 900);
    public static readonly CardSize Link = new("link", 1200, 627);

    public static IReadOnlyList<CardSize> All { get; } = [Square, Portrait, Landscape, Wide, Link];

    public static bool TryParse(string? name, out CardSize size)
    {
        size = All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))!;
        return size is not null;
    }
}
