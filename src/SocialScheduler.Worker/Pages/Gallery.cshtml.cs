using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Preview;

namespace SocialScheduler.Worker.Pages;

/// <summary>One statistic in every locale at one size, drawn live by the preview endpoints.</summary>
[Authorize(Policy = WebPolicies.Preview)]
public sealed class GalleryModel(CardChoices choices, SkiaCardRenderer renderer) : PageModel
{
    public sealed record Cell(string Card, string Locale, string Size, int Width, int Height, string Url, string AltText, IReadOnlyList<string> Problems);

    public CardChoices Choices => choices;

    [BindProperty(SupportsGet = true)]
    public string Card { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Size { get; set; } = CardSize.Landscape.Name;

    [BindProperty(SupportsGet = true)]
    public string? Caption { get; set; }

    public IReadOnlyList<Cell> Cells { get; private set; } = [];

    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        if (string.IsNullOrEmpty(Card))
        {
            Card = choices.Cards[0];
        }

        if (choices.Find(Card, choices.Locales[0], Size) is { } unknown || !CardSize.TryParse(Size, out var size))
        {
            unknown = choices.Find(Card, choices.Locales[0], Size);
            Error = unknown is null
                ? $"Unknown size '{Size}'."
                : $"There is no {unknown.Field} '{unknown.Value}': choose one of {string.Join(", ", unknown.Valid)}.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var caption = string.IsNullOrWhiteSpace(Caption) ? null : Caption.Trim();
        Cells = choices.Locales.Select(locale =>
        {
            var request = new CardRequest(Card, locale, Size);
            var url = CardPreviewEndpoints.ImageUrl(request) + (caption is null ? "" : "?caption=" + Uri.EscapeDataString(caption));
            return new Cell(Card, locale, Size, size.Width, size.Height, url, renderer.AltTextFor(request, caption), renderer.Check(request, caption));
        }).ToList();
        return Page();
    }
}
