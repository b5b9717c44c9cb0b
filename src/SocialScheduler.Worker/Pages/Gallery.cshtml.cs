using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Preview;

namespace SocialScheduler.Worker.Pages;

/// <summary>One statistic in every locale, at every size or at one, drawn live by the preview endpoints.</summary>
[Authorize(Policy = WebPolicies.Preview)]
public sealed class GalleryModel(CardChoices choices, SkiaCardRenderer renderer) : PageModel
{
    public sealed record Cell(string Card, string Locale, string Size, int Width, int Height, string Url, string AltText, IReadOnlyList<string> Problems);

    /// <summary>The <see cref="Size"/> that shows every size: a row per locale, a column per size.</summary>
    public const string AllSizes = "all";

    public CardChoices Choices => choices;

    [BindProperty(SupportsGet = true)]
    public string Card { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Size { get; set; } = AllSizes;

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

        if (choices.Find(Card, choices.Locales[0], Size == AllSizes ? CardSize.Landscape.Name : Size) is { } unknown)
        {
            Error = $"There is no {unknown.Field} '{unknown.Value}': choose one of {string.Join(", ", unknown.Field == "size" ? [AllSizes, .. unknown.Valid] : unknown.Valid)}.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var caption = string.IsNullOrWhiteSpace(Caption) ? null : Caption.Trim();
        var sizes = Size == AllSizes ? CardSize.All : CardSize.All.Where(s => s.Name == Size);
        Cells = (
            from locale in choices.Locales
            from size in sizes
            let request = new CardRequest(Card, locale, size.Name)
            let url = CardPreviewEndpoints.ImageUrl(request) + (caption is null ? "" : "?caption=" + Uri.EscapeDataString(caption))
            select new Cell(Card, locale, size.Name, size.Width, size.Height, url, renderer.AltTextFor(request, caption), renderer.Check(request, caption))).ToList();
        return Page();
    }
}
