using System.Collections.Concurrent;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>
/// Records every request it is given and answers with scripted results (default: published). Also a finder that
/// "finds" a post when the platform really kept one (a result marked <see cref="Kept"/>).
/// </summary>
public sealed class CollectingPublisher(string platform = "Outbox") : IPlatformPublisher, IPublicationFinder, IPublisherResolver
{
    private readonly ConcurrentQueue<PublishResult> _script = new();
    private readonly ConcurrentDictionary<string, PublishResult> _kept = new();
    private int _ids;

    public string Platform { get; } = platform;

    public ConcurrentQueue<PublishRequest> Received { get; } = new();

    /// <summary>When set, the platform "kept" posts whose answer was lost (Unknown), so the finder finds them.</summary>
    public bool Kept { get; set; }

    /// <summary>When set, the finder cannot reach the platform.</summary>
    public bool FinderDown { get; set; }

    public void Answer(params PublishResult[] results)
    {
        foreach (var r in results)
        {
            _script.Enqueue(r);
        }
    }

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        Received.Enqueue(request);
        var id = $"remote-{Interlocked.Increment(ref _ids)}";
        var result = _script.TryDequeue(out var scripted) ? scripted : PublishResult.Published(id, new Uri($"https://example.test/{id}"));
        if (result.Succeeded || (Kept && result.Failure == FailureKind.Unknown))
        {
            _kept[request.IdempotencyKey] = result.Succeeded ? result : PublishResult.Published(id, new Uri($"https://example.test/{id}"));
        }

        return Task.FromResult(result);
    }

    public Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken) =>
        FinderDown
            ? Task.FromResult<PublishResult?>(PublishResult.Failed(FailureKind.Transient, "platform down"))
            : Task.FromResult(_kept.TryGetValue(request.IdempotencyKey, out var found) ? found : null);

    public IPlatformPublisher ForAccount(string account) =>
        account == "unknown-account" ? throw new KeyNotFoundException($"Unknown account '{account}'.") : this;
}
