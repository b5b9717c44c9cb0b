using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Media;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Accounts;
using SocialScheduler.Platforms.Graph;

namespace SocialScheduler.Platforms.Threads;

/// <summary>
/// Posts to Threads: a container <c>POST /{threads-user-id}/threads</c> with <c>media_type=IMAGE</c>,
/// <c>image_url</c> (a public URL Threads fetches), <c>text</c> and <c>alt_text</c> (or <c>media_type=TEXT</c>
/// alone), then <c>POST /{threads-user-id}/threads_publish</c> once its <c>status</c> is FINISHED.
/// </summary>
internal sealed class ThreadsPublisher(
    IHttpClientFactory http, IOptionsMonitor<ThreadsAccountOptions> accounts, IPublicMedia media, IPublishSteps steps, TimeProvider time, ILogger<ThreadsPublisher> logger)
    : ContainerPublisher<ThreadsAccountOptions>(http, accounts, media, steps, time, logger)
{
    public const string ClientNameValue = "Threads";

    private static readonly ContainerDialect Spelling = new(
        ThreadsPlatform.PlatformName, "threads", "threads_publish", "status", "threads_publishing_limit", ("threads", "text"), [MediaTypes.Jpeg, MediaTypes.Png],
        (request, image) => image is null
            ? [new("media_type", "TEXT"), new("text", request.Text)]
            : [new("media_type", "IMAGE"), new("image_url", image.AbsoluteUri), new("text", request.Text), new("alt_text", request.Media[0].AltText)],
        "Check the account's AccessToken: a long-lived Threads token with threads_content_publish (it lasts 60 days).");

    public override string Platform => ThreadsPlatform.PlatformName;

    protected override ContainerDialect Dialect => Spelling;

    protected override Uri PublicApi => ThreadsAccountOptions.PublicApi;

    protected override string ClientName => ClientNameValue;
}
