using System.Collections.Concurrent;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Graph;

/// <summary>
/// Remote steps kept for the life of the process, for hosts without a publication ledger (<c>accounts check</c>,
/// adapter tests). The publishing pipeline replaces it with the ledger's, which survives a crash.
/// </summary>
internal sealed class InProcessPublishSteps : IPublishSteps
{
    private readonly ConcurrentDictionary<(string, string), string> _steps = new();

    public Task<string?> RecallAsync(string publication, string step, CancellationToken cancellationToken) =>
        Task.FromResult(_steps.TryGetValue((publication, step), out var id) ? id : null);

    public Task RememberAsync(string publication, string step, string remoteId, CancellationToken cancellationToken)
    {
        _steps[(publication, step)] = remoteId;
        return Task.CompletedTask;
    }
}
