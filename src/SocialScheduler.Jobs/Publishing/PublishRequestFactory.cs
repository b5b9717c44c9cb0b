using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Jobs.Publishing;

/// <summary>Builds what the platform receives from a ledger record, drawing the card as the account takes it.</summary>
internal sealed class PublishRequestFactory(CardTargets cards)
{
    public PublishRequest Create(PublicationRow row, string idempotencyKey, string platform, bool withMedia)
    {
        var media = new List<MediaAttachment>();
        if (withMedia && row.Card is { Length: > 0 } card)
        {
            // Drawn under the account's byte limit, so the platform never refuses the image.
            var rendered = cards.Render(card, row.Locale, row.Account, platform, row.Size);
            // The post's own alt text wins: someone wrote it to describe this image for this audience.
            var alt = string.IsNullOrWhiteSpace(row.AltText) ? rendered.AltText : row.AltText;
            media.Add(new MediaAttachment(rendered.Content, rendered.ContentType, alt, rendered.Width, rendered.Height));
        }

        return new PublishRequest(row.Account, row.PostId, row.Locale, row.Body, media, idempotencyKey) { Publication = row.Id };
    }
}
