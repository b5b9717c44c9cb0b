using System.Text.Json;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Graph;

internal abstract partial class ContainerPublisher<TOptions>
{
    private const string Finished = "FINISHED";
    private const string InProgress = "IN_PROGRESS";
    private const string Published = "PUBLISHED";
    private const string Expired = "EXPIRED";
    private const string Error = "ERROR";

    /// <summary>Our name for a container Graph no longer knows (error 100): expired and deleted, or never made.</summary>
    private const string Gone = "GONE";

    private static readonly TimeSpan LongestPoll = TimeSpan.FromMinutes(1);

    private sealed record ContainerStatus(string Code, string? Detail);

    private sealed record RememberedContainer(string Id, string Content);

    private async Task<RememberedContainer?> RecallAsync(PublishRequest request, CancellationToken cancellationToken) =>
        await steps.RecallAsync(request.Publication, Step, cancellationToken) is { } value && value.Split(' ') is [var id, var content]
            ? new RememberedContainer(id, content)
            : null;

    private async Task<(ContainerStatus? Status, PublishResult? Failure)> StatusAsync(ContainerApi api, string container, CancellationToken cancellationToken)
    {
        var reply = await api.StatusAsync(container, cancellationToken);
        if (!reply.IsSuccess)
        {
            return GraphFailures.Code(reply) == 100
                ? (new ContainerStatus(Gone, reply.PlatformMessage()), null)
                : (null, GraphFailures.Classify(Platform, reply, time, Dialect.AuthHint));
        }

        var json = reply.Json();
        var detail = new[] { "error_message", "status" }
            .Select(f => json.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return (new ContainerStatus(json.GetProperty(Dialect.Status).GetString()!, detail), null);
    }

    /// <summary>Reads the status until FINISHED, waiting longer each time (up to a minute) and no longer than <c>ContainerWait</c>.</summary>
    private async Task<PublishResult?> WaitAsync(ContainerApi api, GraphAccountOptions account, string container, CancellationToken cancellationToken)
    {
        var delay = account.ContainerPoll;
        var waited = TimeSpan.Zero;
        while (true)
        {
            var (status, failure) = await StatusAsync(api, container, cancellationToken);
            switch (failure, status?.Code)
            {
                case ({ } refused, _):
                    return refused;
                case (_, Finished):
                    return null;
                case (_, Error):
                    return PublishResult.Failed(FailureKind.Permanent, $"{Platform} could not prepare the post: {status!.Detail ?? "the container is in ERROR"}.");
                case (_, InProgress) when waited < account.ContainerWait:
                    await Task.Delay(delay, time, cancellationToken);
                    waited += delay;
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestPoll.Ticks));
                    break;
                case (_, InProgress):
                    return PublishResult.Failed(FailureKind.Transient, $"{Platform} was still preparing container {container} after {waited}; the next attempt publishes the same container.");
                default:
                    return PublishResult.Failed(FailureKind.Transient, $"{Platform} reports container {container} as {status?.Code}; the next attempt makes a new one.");
            }
        }
    }

    /// <summary>
    /// For the reconciler. Nothing remembered means nothing was published: the container id is stored before any
    /// publish call. A container not yet published means the next attempt publishes it. Otherwise the post is the
    /// one among the account's recent posts with the same text.
    /// </summary>
    public async Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (await RecallAsync(request, cancellationToken) is not { } remembered)
        {
            return null;
        }

        var api = Api(request.Account);
        var (status, failure) = await StatusAsync(api, remembered.Id, cancellationToken);
        if (failure is not null || status!.Code is not (Published or Gone))
        {
            return failure;
        }

        return await FindByTextAsync(api, request, cancellationToken) ?? (status.Code == Published
            ? PublishResult.Failed(FailureKind.Unknown, $"{Platform} says container {remembered.Id} is published, but the post is not among the account's recent posts yet.")
            : null);
    }

    private async Task<PublishResult?> FindByTextAsync(ContainerApi api, PublishRequest request, CancellationToken cancellationToken)
    {
        var recent = await api.RecentAsync(cancellationToken);
        if (!recent.IsSuccess)
        {
            return GraphFailures.Classify(Platform, recent, time, Dialect.AuthHint);
        }

        foreach (var post in recent.Json().GetProperty("data").EnumerateArray())
        {
            if (post.TryGetProperty(Dialect.Recent.TextField, out var text) && text.GetString() == request.Text)
            {
                return PublishResult.Published(post.GetProperty("id").GetString()!, Link(post));
            }
        }

        return null;
    }

    private static async Task<Uri?> PermalinkAsync(ContainerApi api, string id, CancellationToken cancellationToken)
    {
        // The link is for people reading the ledger; the post exists whether or not it can be read now.
        var reply = await api.PermalinkAsync(id, cancellationToken);
        try
        {
            return reply.IsSuccess ? Link(reply.Json()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Uri? Link(JsonElement post) =>
        post.TryGetProperty("permalink", out var link) && link.ValueKind == JsonValueKind.String && Uri.TryCreate(link.GetString(), UriKind.Absolute, out var url)
            ? url
            : null;
}
