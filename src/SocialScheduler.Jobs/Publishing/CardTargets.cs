using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Platforms;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>The size a card is drawn at for one account, and the largest file that account may receive.</summary>
/// <param name="ContentTypes">The image types the platform takes; a card is never sent in another.</param>
public sealed record CardTarget(string Size, long MaxBytes)
{
    public IReadOnlyList<string> ContentTypes { get; init; } = ["image/png", "image/jpeg"];
}

/// <summary>
/// The one place that decides how a publication's card is drawn, so what is published, what the provenance export
/// hashes and what <c>plan</c> shows always agree. Size: the post's own, else <c>Accounts:&lt;name&gt;:CardSize</c>,
/// else <c>Publishing:CardSizes:&lt;platform&gt;</c>, else the platform's default. Byte limit: the smaller of the
/// platform's and <c>Accounts:&lt;name&gt;:MaxImageBytes</c>. Both defaults come from the platform's description.
/// </summary>
/// <exception cref="KeyNotFoundException">The platform has no description: a card is never drawn without its limit.</exception>
public sealed class CardTargets(IServiceProvider services, IOptions<PublishingOptions> options, PlatformCatalog platforms)
{
    // Optional: hosts that publish only to the outbox may register no accounts.
    private AccountDirectory? Accounts => services.GetService<AccountDirectory>();

    public CardTarget For(string account, string platform, string? postSize)
    {
        var images = platforms.Get(platform).Images;
        AccountOptions? settings = null;
        var known = Accounts?.TryGet(account, out settings) == true;
        var size = !string.IsNullOrWhiteSpace(postSize) ? postSize
            : known && !string.IsNullOrWhiteSpace(settings!.CardSize) ? settings.CardSize
            : options.Value.CardSizes.TryGetValue(platform, out var configured) ? configured
            : images.DefaultSize.Name;
        var limit = known && settings!.MaxImageBytes is { } own ? Math.Min(own, images.MaxBytes) : images.MaxBytes;
        return new CardTarget(CardSize.TryParse(size, out var parsed) ? parsed.Name : size, limit) { ContentTypes = images.ContentTypes };
    }

    /// <summary>Draws <paramref name="card"/> as <paramref name="account"/> receives it: at its size, under its byte limit,
    /// co-branded with the account's partner (<c>Accounts:&lt;name&gt;:Partner</c>) when it has one.</summary>
    public RenderedCard Render(string card, string locale, string account, string platform, string? postSize)
    {
        var renderer = services.GetService<ICardRenderer>()
            ?? throw new InvalidOperationException("no card renderer is registered (AddCardRendering) but the post has a card.");
        var target = For(account, platform, postSize);
        var request = new CardRequest(card, locale, target.Size, Accounts?.PartnerOf(account));
        return renderer is IBoundedCardRenderer bounded
            ? bounded.Render(request, target.MaxBytes, target.ContentTypes)
            : renderer.Render(request);
    }
}
