using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Localization;
using SocialScheduler.Worker.Web.Preview;

namespace SocialScheduler.Worker.Pages;

/// <summary>
/// One statistic in every locale, at every size or at one, as the campaign's card, one partner's or every partner's,
/// drawn live by the preview endpoints.
/// </summary>
[Authorize(Policy = WebPolicies.Preview)]
public sealed class GalleryModel(CardChoices choices, SkiaCardRenderer renderer, IStringLocalizer<UiText> text) : PageModel
{
    public sealed record Cell(
        string Card, string Locale, string Size, int Width, int Height, string Url, string AltText, IReadOnlyList<string> Problems, string? Partner = null);

    /// <summary>The <see cref="Size"/> that shows every size: a row per locale, a column per size.</summary>
    public const string AllSizes = "all";

    public CardChoices Choices => choices;

    [BindProperty(SupportsGet = true)]
    public string Card { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Size { get; set; } = AllSizes;

    [BindProperty(SupportsGet = true)]
    public string? Caption { get; set; }

    /// <summary>Empty for the campaign's own cards, a partner's id, or <see cref="CardChoices.AllPartners"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Partner { get; set; }

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
            Error = text["Gallery.Unknown", unknown.Field, unknown.Value, string.Join(", ", unknown.Field == "size" ? [AllSizes, .. unknown.Valid] : unknown.Valid)];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var partner = string.IsNullOrEmpty(Partner) ? null : Partner;
        if (partner is not null && partner != CardChoices.AllPartners && choices.FindPartner(partner) is { } unknownPartner)
        {
            Error = text["Gallery.UnknownPartner", unknownPartner.Value, string.Join(", ", [CardChoices.AllPartners, .. unknownPartner.Valid])];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var caption = string.IsNullOrWhiteSpace(Caption) ? null : Caption.Trim();
        var sizes = Size == AllSizes ? CardSize.All : CardSize.All.Where(s => s.Name == Size);
        Cells = (
            from p in choices.PartnersFor(partner)
            from locale in choices.Locales
            from size in sizes
            let request = new CardRequest(Card, locale, size.Name, p)
            let url = caption is null ? CardPreviewEndpoints.ImageUrl(request) : CardPreviewEndpoints.WithQuery(CardPreviewEndpoints.ImageUrl(request), "caption", caption)
            select new Cell(Card, locale, size.Name, size.Width, size.Height, url, renderer.AltTextFor(request, caption), renderer.Check(request, caption), p)).ToList();
        return Page();
    }
}
