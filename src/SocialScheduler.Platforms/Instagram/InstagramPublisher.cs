using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Media;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Graph;

namespace SocialScheduler.Platforms.Instagram;

/// <summary>
/// Posts a card to Instagram: a container <c>POST /{ig-user-id}/media</c> with <c>image_url</c> (a JPEG at a public
/// URL Instagram fetches), <c>caption</c> and <c>alt_text</c>, then <c>POST /{ig-user-id}/media_publish</c> once
/// its <c>status_code</c> is FINISHED. Instagram has no text-only post.
/// </summary>
internal sealed class InstagramPublisher(
    IHttpClientFactory http, IOptionsMonitor<InstagramAccountOptions> accounts, IPublicMedia media, IPublishSteps steps, TimeProvider time, ILogger<InstagramPublisher> logger)
    : ContainerPublisher<InstagramAccountOptions>(http, accounts, media, steps, time, logger)
{
    public const string ClientNameValue = "Instagram";

    private static readonly ContainerDialect Spelling = new(
        InstagramPlatform.PlatformName, "media", "media_publish", "status_code", "content_publishing_limit", ("media", "caption"), [MediaTypes.Jpeg],
        (request, image) => image is null
            ? null
            : [new("image_url", image.AbsoluteUri), new("caption", request.Text), new("alt_text", request.Media[0].AltText)],
        "Check the account's AccessToken: an Instagram user token with instagram_business_content_publish (or instagram_content_publish through Facebook Login).");

    public override string Platform => InstagramPlatform.PlatformName;

    protected override ContainerDialect Dialect => Spelling;

    protected override Uri PublicApi => InstagramAccountOptions.PublicApi;

    protected override string ClientName => ClientNameValue;
}
