using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Media;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Graph;

/// <summary>
/// Publishes through a media container, as Instagram and Threads do, exactly once without an idempotency key: the
/// quota is read first; the card is shared at an unguessable public URL the platform fetches itself; the container
/// id is remembered through <see cref="IPublishSteps"/> before it is published, so a later attempt publishes the
/// same container; its status is read with a bounded backoff until FINISHED; then it is published.
/// </summary>
/// <remarks>Thread-safe singleton; each call works on its own request.</remarks>
internal abstract partial class ContainerPublisher<TOptions>(
    IHttpClientFactory http, IOptionsMonitor<TOptions> accounts, IPublicMedia media, IPublishSteps steps, TimeProvider time, ILogger logger)
    : IPlatformPublisher, IPublicationFinder
    where TOptions : GraphAccountOptions
{
    /// <summary>The remembered step: the container of the publication, with the content it was made for.</summary>
    internal const string Step = "container";

    /// <summary>Graph's refusal to publish a container that is not FINISHED.</summary>
    private const int NotReady = 9007;

    /// <summary>Graph's refusal when the image URL could not be fetched or read.</summary>
    private const int MediaRefused = 9004;

    public abstract string Platform { get; }

    protected abstract ContainerDialect Dialect { get; }

    protected abstract Uri PublicApi { get; }

    protected abstract string ClientName { get; }

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
        UnexpectedReply.GuardAsync(Platform, () => PublishCoreAsync(request, cancellationToken));

    private async Task<PublishResult> PublishCoreAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (request.Media.Count > 0 && !Dialect.ContentTypes.Contains(request.Media[0].ContentType))
        {
            return PublishResult.Failed(FailureKind.Permanent,
                $"{Platform} takes only {string.Join(" or ", Dialect.ContentTypes)} images and the card is {request.Media[0].ContentType}: it was not sent.");
        }

        var api = Api(request.Account);
        if (await QuotaLeftAsync(api, cancellationToken) is { } quota)
        {
            return quota;
        }

        var content = Fingerprint(request);
        var container = await RecallAsync(request, cancellationToken) is { } remembered && remembered.Content == content ? remembered.Id : null;
        if (container is not null)
        {
            var (status, failure) = await StatusAsync(api, container, cancellationToken);
            if (failure is not null)
            {
                return failure;
            }

            if (status!.Code is Published or Gone)
            {
                // An earlier attempt may have published it and lost the answer: the account's posts tell.
                var found = await FindByTextAsync(api, request, cancellationToken);
                if (found is not null || status.Code == Published)
                {
                    return found ?? PublishResult.Failed(FailureKind.Unknown,
                        $"{Platform} says container {container} is published, but the post is not among the account's recent posts yet; look again before trying.");
                }
            }

            if (status.Code is Expired or Error or Gone)
            {
                container = null;
            }
        }

        if (container is null)
        {
            var made = await CreateAsync(api, request, content, cancellationToken);
            if (!made.Succeeded)
            {
                return made;
            }

            container = made.RemoteId!;
        }

        if (await WaitAsync(api, accounts.Get(request.Account), container, cancellationToken) is { } notReady)
        {
            return notReady;
        }

        var reply = await api.PublishAsync(container, cancellationToken);
        if (!reply.IsSuccess)
        {
            return GraphFailures.Code(reply) == NotReady
                ? PublishResult.Failed(FailureKind.Transient, $"{Platform} answered {reply.PlatformMessage()} The container is not ready; the next attempt publishes it.")
                : GraphFailures.Classify(Platform, reply, time, Dialect.AuthHint);
        }

        var id = reply.Json().GetProperty("id").GetString()!;
        logger.LogInformation("{Platform} published {PostId}.{Locale} for {Account} as {RemoteId} from container {Container}",
            Platform, request.PostId, request.Locale, request.Account, id, container);
        return PublishResult.Published(id, await PermalinkAsync(api, id, cancellationToken));
    }

    /// <summary>Shares the card, makes the container and remembers it before anything can publish it.</summary>
    private async Task<PublishResult> CreateAsync(ContainerApi api, PublishRequest request, string content, CancellationToken cancellationToken)
    {
        Uri? imageUrl = null;
        if (request.Media.Count > 0)
        {
            imageUrl = (await media.ShareAsync(request.Media[0].Content, request.Media[0].ContentType, cancellationToken)).Url;
        }

        if (Dialect.Fields(request, imageUrl) is not { } fields)
        {
            return PublishResult.Failed(FailureKind.Permanent, $"{Platform} has no text-only post: give the post a card.");
        }

        var reply = await api.CreateContainerAsync(fields, cancellationToken);
        if (!reply.IsSuccess)
        {
            var failed = GraphFailures.Classify(Platform, reply, time, Dialect.AuthHint);
            return GraphFailures.Code(reply) == MediaRefused
                ? PublishResult.Failed(FailureKind.Permanent, failed.Message + " Check that Media:PublicBaseUrl is reachable from the internet without sign-in.")
                : failed;
        }

        var container = reply.Json().GetProperty("id").GetString()!;
        await steps.RememberAsync(request.Publication, Step, $"{container} {content}", cancellationToken);
        return PublishResult.Published(container, null);
    }

    private async Task<PublishResult?> QuotaLeftAsync(ContainerApi api, CancellationToken cancellationToken)
    {
        var reply = await api.QuotaAsync(cancellationToken);
        if (!reply.IsSuccess)
        {
            return GraphFailures.Classify(Platform, reply, time, Dialect.AuthHint);
        }

        var data = reply.Json().GetProperty("data");
        if (data.GetArrayLength() == 0)
        {
            return null;
        }

        var quota = data[0];
        var used = quota.GetProperty("quota_usage").GetInt32();
        var total = quota.GetProperty("config").GetProperty("quota_total").GetInt32();
        // The window slides over 24 hours and Graph does not say when the oldest post leaves it: look again in an hour.
        return used >= total
            ? PublishResult.Failed(FailureKind.RateLimited, $"{Platform} allows {total} published posts per 24 hours and the account has used {used}.", time.GetUtcNow().AddHours(1))
            : null;
    }

    private ContainerApi Api(string account) => new(http.CreateClient(ClientName), accounts.Get(account), PublicApi, Dialect);

    /// <summary>What the container was made with, so an edited post never publishes an old container.</summary>
    private static string Fingerprint(PublishRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(request.Text + "\0" + string.Join("\0", request.Media.Select(m => m.AltText)) + "\0"));
        foreach (var image in request.Media)
        {
            hash.AppendData(image.Content.Span);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
