using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging;

namespace SocialScheduler.Worker.Web.Preview;

/// <summary>
/// Live card previews for designers, all behind sign-in: one image, a statistic's images as a zip, the grid of
/// every card with its alt text, and a try-out of another caption that changes nothing stored.
/// </summary>
public static class CardPreviewEndpoints
{
    public const string Prefix = "/preview";

    /// <summary>
    /// Maps <c>GET /preview/cards.json</c>, <c>GET /preview/{card}.zip</c>, <c>GET /preview/{card}/{locale}/{size}.png</c>
    /// (<c>?caption=</c> tries another caption), <c>POST</c> the same path with <c>{"caption": "…"}</c>, and
    /// <c>GET /preview/{card}/{locale}/{size}.json</c> (alt text and fit problems). Each takes <c>?partner=ID</c> for a
    /// partner's co-branded card (the grid also <c>?partner=all</c>); an unknown partner is a 404 naming the partners. Requires an authenticated user;
    /// the returned group takes a stricter policy when roles exist.
    /// </summary>
    public static RouteGroupBuilder MapCardPreview(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).RequireAuthorization().WithTags("Card preview");
        group.MapGet("/cards.json", CardPreviewHandlers.Grid);
        group.MapGet("/{card}.zip", CardPreviewHandlers.Zip);
        group.MapGet("/{card}/{locale}/{size}.png", CardPreviewHandlers.Image);
        group.MapPost("/{card}/{locale}/{size}.png", CardPreviewHandlers.TryCaption).DisableAntiforgery();
        group.MapGet("/{card}/{locale}/{size}.json", CardPreviewHandlers.Describe);
        return group;
    }

    /// <summary>The URL of one card's image, with <c>?partner=</c> for a partner's card.</summary>
    public static string ImageUrl(CardRequest request) =>
        $"{Prefix}/{Uri.EscapeDataString(request.StatisticId)}/{Uri.EscapeDataString(request.Locale)}/{Uri.EscapeDataString(request.Size)}.png"
        + (request.Partner is null ? "" : "?partner=" + Uri.EscapeDataString(request.Partner));

    /// <summary><paramref name="url"/> with one more query parameter.</summary>
    public static string WithQuery(string url, string name, string value) =>
        $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{name}={Uri.EscapeDataString(value)}";
}

/// <summary>Body of a caption try-out.</summary>
public sealed record CaptionTrial(string? Caption);

/// <summary>One cell of the preview grid; <see cref="Partner"/> is null for the campaign's own card.</summary>
public sealed record CardPreview(string Card, string Locale, string Size, int Width, int Height, string Url, string AltText, string? Partner = null);

/// <summary>What a card would look like in words: its alt text and anything that stops it from being drawn.</summary>
public sealed record CardDescription(string Card, string Locale, string Size, string Url, string AltText, IReadOnlyList<string> Problems, string? Partner = null)
{
    public bool Fits => Problems.Count == 0;
}
