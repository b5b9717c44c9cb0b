using System.IO.Compression;
using Microsoft.Net.Http.Headers;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging;

namespace SocialScheduler.Worker.Web.Preview;

/// <summary>The handlers behind <see cref="CardPreviewEndpoints"/>; unknown values answer 404 problem details.</summary>
internal static class CardPreviewHandlers
{
    public const int MaxCaptionLength = 500;

    public static IResult Grid(string? partner, CardChoices choices, SkiaCardRenderer renderer) =>
        partner is not null && partner != CardChoices.AllPartners && choices.FindPartner(partner) is { } unknown
            ? NotFound(unknown with { Valid = [CardChoices.AllPartners, .. unknown.Valid] })
            : Results.Ok(
                from p in choices.PartnersFor(partner)
                from card in choices.Cards
                from locale in choices.Locales
                from size in CardSize.All
                let request = new CardRequest(card, locale, size.Name, p)
                select new CardPreview(card, locale, size.Name, size.Width, size.Height, CardPreviewEndpoints.ImageUrl(request), renderer.AltTextFor(request), p));

    public static IResult Image(string card, string locale, string size, string? caption, string? partner, HttpContext http, CardChoices choices, SkiaCardRenderer renderer) =>
        Problem(choices, card, locale, size, caption, partner) ?? Png(http, renderer, new CardRequest(card, locale, size, partner), caption);

    public static IResult TryCaption(
        string card, string locale, string size, string? partner, CaptionTrial trial, HttpContext http, CardChoices choices, SkiaCardRenderer renderer) =>
        Problem(choices, card, locale, size, trial.Caption ?? "", partner) ?? Png(http, renderer, new CardRequest(card, locale, size, partner), trial.Caption ?? "");

    public static IResult Describe(string card, string locale, string size, string? caption, string? partner, CardChoices choices, SkiaCardRenderer renderer)
    {
        if (Problem(choices, card, locale, size, caption, partner) is { } problem)
        {
            return problem;
        }

        var request = new CardRequest(card, locale, size, partner);
        return Results.Ok(new CardDescription(
            card, locale, size, CardPreviewEndpoints.ImageUrl(request), renderer.AltTextFor(request, caption), renderer.Check(request, caption), partner));
    }

    public static IResult Zip(string card, string? partner, CardChoices choices, SkiaCardRenderer renderer)
    {
        if (choices.Find(card, choices.Locales[0], CardSize.Landscape.Name, partner) is { } unknown)
        {
            return NotFound(unknown);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var alt = new List<string>();
            foreach (var locale in choices.Locales)
            {
                foreach (var size in choices.Sizes)
                {
                    var request = new CardRequest(card, locale, size, partner);
                    var rendered = renderer.Render(request);
                    var name = partner is null ? $"{card}-{locale}-{size}.png" : $"{partner}-{card}-{locale}-{size}.png";
                    using var entry = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                    entry.Write(rendered.Content.Span);
                    alt.Add($"{name}\t{rendered.AltText}");
                }
            }

            using var writer = new StreamWriter(zip.CreateEntry("alt-text.tsv").Open());
            writer.Write(string.Join('\n', alt) + "\n");
        }

        return Results.File(buffer.ToArray(), "application/zip", partner is null ? $"{card}.zip" : $"{partner}-{card}.zip");
    }

    private static IResult Png(HttpContext http, SkiaCardRenderer renderer, CardRequest request, string? caption)
    {
        RenderedCard card;
        try
        {
            card = caption is null ? renderer.Render(request) : renderer.RenderWithCaption(request, caption);
        }
        catch (CardLayoutException ex)
        {
            return Results.Problem(
                title: "The card cannot be drawn",
                detail: ex.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["problems"] = ex.Problems });
        }

        var etag = new EntityTagHeaderValue($"\"{card.ContentHash}\"");
        http.Response.Headers.CacheControl = "private, no-cache";
        return Results.File(card.Content.ToArray(), card.ContentType, entityTag: etag);
    }

    private static IResult? Problem(CardChoices choices, string card, string locale, string size, string? caption, string? partner)
    {
        if (choices.Find(card, locale, size, partner) is { } unknown)
        {
            return NotFound(unknown);
        }

        return caption is not null && (caption.Length > MaxCaptionLength || string.IsNullOrWhiteSpace(caption))
            ? Results.Problem(
                title: "Caption not accepted",
                detail: $"caption must have 1 to {MaxCaptionLength} characters (it has {caption.Length}).",
                statusCode: StatusCodes.Status400BadRequest)
            : null;
    }

    private static IResult NotFound(UnknownCardValue unknown) =>
        Results.Problem(
            title: $"Unknown {unknown.Field}",
            detail: unknown.Message,
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["field"] = unknown.Field, ["value"] = unknown.Value, ["valid"] = unknown.Valid });
}
