using System.IO.Compression;
using Microsoft.Net.Http.Headers;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging;

namespace SocialScheduler.Worker.Web.Preview;

/// <summary>The handlers behind <see cref="CardPreviewEndpoints"/>; unknown values answer 404 problem details.</summary>
internal static class CardPreviewHandlers
{
    public const int MaxCaptionLength = 500;

    public static IResult Grid(CardChoices choices, SkiaCardRenderer renderer) =>
        Results.Ok(
            from card in choices.Cards
            from locale in choices.Locales
            from size in CardSize.All
            let request = new CardRequest(card, locale, size.Name)
            select new CardPreview(card, locale, size.Name, size.Width, size.Height, CardPreviewEndpoints.ImageUrl(request), renderer.AltTextFor(request)));

    public static IResult Image(string card, string locale, string size, string? caption, HttpContext http, CardChoices choices, SkiaCardRenderer renderer) =>
        Problem(choices, card, locale, size, caption) ?? Png(http, renderer, new CardRequest(card, locale, size), caption);

    public static IResult TryCaption(string card, string locale, string size, CaptionTrial trial, HttpContext http, CardChoices choices, SkiaCardRenderer renderer) =>
        Problem(choices, card, locale, size, trial.Caption ?? "") ?? Png(http, renderer, new CardRequest(card, locale, size), trial.Caption ?? "");

    public static IResult Describe(string card, string locale, string size, string? caption, CardChoices choices, SkiaCardRenderer renderer)
    {
        if (Problem(choices, card, locale, size, caption) is { } problem)
        {
            return problem;
        }

        var request = new CardRequest(card, locale, size);
        return Results.Ok(new CardDescription(
            card, locale, size, CardPreviewEndpoints.ImageUrl(request), renderer.AltTextFor(request, caption), renderer.Check(request, caption)));
    }

    public static IResult Zip(string card, CardChoices choices, SkiaCardRenderer renderer)
    {
        if (choices.Find(card, choices.Locales[0], CardSize.Landscape.Name) is { } unknown)
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
                    var request = new CardRequest(card, locale, size);
                    var rendered = renderer.Render(request);
                    var name = $"{card}-{locale}-{size}.png";
                    using var entry = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                    entry.Write(rendered.Content.Span);
                    alt.Add($"{name}\t{rendered.AltText}");
                }
            }

            using var writer = new StreamWriter(zip.CreateEntry("alt-text.tsv").Open());
            writer.Write(string.Join('\n', alt) + "\n");
        }

        return Results.File(buffer.ToArray(), "application/zip", $"{card}.zip");
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

    private static IResult? Problem(CardChoices choices, string card, string locale, string size, string? caption)
    {
        if (choices.Find(card, locale, size) is { } unknown)
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
