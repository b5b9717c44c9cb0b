using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// Read side of the publication ledger, for the web UI, the CLI and health checks. The ledger is the source of
/// truth about what was published: Hangfire jobs only carry a publication id and act on what they find here.
/// </summary>
/// <remarks>Thread-safe singleton; every call opens its own connection.</remarks>
public interface IPublicationLedger
{
    Task<PublicationRecord?> GetAsync(PublicationKey key, CancellationToken cancellationToken = default);

    /// <summary>Publications matching <paramref name="filter"/>, ordered by due time then key.</summary>
    Task<IReadOnlyList<PublicationRecord>> ListAsync(PublicationFilter filter, CancellationToken cancellationToken = default);

    /// <summary>How many publications match <paramref name="filter"/> in each state (limit and offset ignored).</summary>
    Task<IReadOnlyDictionary<PublicationState, int>> CountByStateAsync(PublicationFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every change of one publication, oldest first.</summary>
    Task<IReadOnlyList<PublicationHistoryEntry>> HistoryAsync(PublicationKey key, CancellationToken cancellationToken = default);

    /// <summary>Every change of every publication matching <paramref name="filter"/>, for provenance exports.</summary>
    Task<IReadOnlyList<PublicationHistoryEntry>> ExportHistoryAsync(PublicationFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every change of the publications in <paramref name="keys"/> (and of no other), ordered by publication then
    /// oldest first, as <see cref="ExportHistoryAsync"/> orders them.
    /// </summary>
    Task<IReadOnlyList<PublicationHistoryEntry>> HistoryOfAsync(IReadOnlyCollection<PublicationKey> keys, CancellationToken cancellationToken = default);

    /// <summary>The last cancellation of a repeating post's series (in force or resumed), or null when there was none.</summary>
    Task<SeriesCancellation?> SeriesCancellationAsync(string campaign, string postId, CancellationToken cancellationToken = default);

    /// <summary>The pauses in force, oldest first.</summary>
    Task<IReadOnlyList<PauseEntry>> PausesAsync(CancellationToken cancellationToken = default);
}
