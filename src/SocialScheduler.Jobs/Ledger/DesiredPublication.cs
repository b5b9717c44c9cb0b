using System.Security.Cryptography;
using System.Text;
using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>One publication as the schedule wants it now.</summary>
/// <param name="Size">The card size the post asks for, or null for the account's default.</param>
/// <param name="AltText">The card's alt text in this locale, or null without a card.</param>
internal sealed record DesiredPublication(
    PublicationKey Key, string Origin, long DueMs, string TimeZone, string Text, string? Card, string? Author, string? Size = null, string? AltText = null)
{
    // A post without a size keeps the hash it had before sizes were stored, so an upgrade moves nothing; a changed
    // size or alt text changes the hash, so the post moves (its card drawn again, its approval asked again).
    public string Hash { get; } = HashOf(Origin, DueMs, TimeZone, Card, Text, Size, AltText);

    /// <summary>The hash before alt text was part of it: a record stored then takes its alt text without moving.</summary>
    public string HashWithoutAltText { get; } = HashOf(Origin, DueMs, TimeZone, Card, Text, Size, null);

    /// <summary>
    /// Not added to the ledger when due before this (null: always added): <see cref="long.MaxValue"/> for an
    /// occurrence of a cancelled series, the moment of resumption for one resumed. One already there is kept.
    /// </summary>
    public long? AddedFromMs { get; init; }

    /// <summary>The approval of the series this occurrence inherits when added, if the approved content is unchanged.</summary>
    public SeriesApproval? Approval { get; init; }

    private static string HashOf(string origin, long dueMs, string timeZone, string? card, string text, string? size, string? altText) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{origin}\n{dueMs}\n{timeZone}\n{card}\n{text}" + (size is null ? "" : $"\nsize={size}") + (altText is null ? "" : $"\nalt={altText}"))));
}

/// <summary>What a sync changed: jobs to create (records whose job id was cleared) and jobs to delete.</summary>
internal sealed record SyncOutcome(int Added, int Moved, int Cancelled, int Unchanged, IReadOnlyList<string> JobsToDelete);
