using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>Builds what the platform receives from a ledger record, drawing the card at the platform's size.</summary>
internal sealed class PublishRequestFactory(IServiceProvider services, IOptions<PublishingOptions> options)
{
    public PublishRequest Create(PublicationRow row, string idempotencyKey, string platform, bool withMedia)
    {
        var media = new List<MediaAttachment>();
        if (withMedia && row.Card is { Length: > 0 } card)
        {
            var renderer = services.GetService<ICardRenderer>()
                ?? throw new InvalidOperationException("no card renderer is registered (AddCardRendering) but the post has a card.");
            var request = new CardRequest(card, row.Locale, SizeFor(platform));
            // A bounded renderer keeps the image under the platform's byte limit, so the platform never refuses it.
            var limit = PlatformImageRules.All.FirstOrDefault(r => string.Equals(r.Platform, platform, StringComparison.OrdinalIgnoreCase));
            var rendered = renderer is IBoundedCardRenderer bounded && limit is not null
                ? bounded.Render(request, limit.MaxBytes)
                : renderer.Render(request);
            media.Add(new MediaAttachment(rendered.Content, rendered.ContentType, rendered.AltText, rendered.Width, rendered.Height));
        }

        return new PublishRequest(row.Account, row.PostId, row.Locale, row.Body, media, idempotencyKey);
    }

    public string SizeFor(string platform) => options.Value.CardSizeFor(platform);
}
