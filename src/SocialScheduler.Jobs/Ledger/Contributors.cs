using System.Data.Common;
using Dapper;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// Who changed each locale of a web post since that locale was last approved: none of them may approve it, so two
/// people always stand behind a published text however often it is saved. A save that changes a locale's text, alt
/// text, card or size adds the person who saved; a save that changes nothing a reviewer of that locale reads (the
/// same text sent again, another locale edited) adds nobody. An approval starts the list afresh.
/// </summary>
/// <remarks>Thread-safe singleton over <c>publishing_contributors</c>.</remarks>
internal sealed class Contributors(LedgerDatabase database)
{
    /// <summary>
    /// Inside the save's transaction: adds <paramref name="author"/> to each locale of <paramref name="saved"/> whose
    /// content differs from <paramref name="before"/> (every locale of a new post).
    /// </summary>
    public static async Task RecordAsync(
        DbConnection connection, DbTransaction transaction, ScheduledPost? before, ScheduledPost saved, string author, long now)
    {
        foreach (var locale in saved.Locales.Where(l => before is null || Content(before, l) != Content(saved, l)))
        {
            var args = new { saved.Campaign, PostId = saved.Id, Locale = locale, UserName = author.ToLowerInvariant(), Now = now };
            var updated = await connection.ExecuteAsync(
                "UPDATE publishing_contributors SET changed_ms = @Now WHERE campaign = @Campaign AND post_id = @PostId AND locale = @Locale AND user_name = @UserName",
                args, transaction);
            if (updated == 0)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO publishing_contributors (campaign, post_id, locale, user_name, changed_ms) VALUES (@Campaign, @PostId, @Locale, @UserName, @Now)",
                    args, transaction);
            }
        }
    }

    /// <summary>The user names (lower case) who changed <paramref name="locale"/> of the post since its last approval.</summary>
    public async Task<IReadOnlyCollection<string>> OfAsync(string campaign, string postId, string locale, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT user_name FROM publishing_contributors WHERE campaign = @campaign AND post_id = @postId AND locale = @locale",
            new { campaign, postId, locale }, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>After an approval of <paramref name="locale"/>: later changes start a new list.</summary>
    public async Task ClearAsync(string campaign, string postId, string locale, CancellationToken cancellationToken)
    {
        using var turn = await database.WriteTurnAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM publishing_contributors WHERE campaign = @campaign AND post_id = @postId AND locale = @locale",
            new { campaign, postId, locale }, cancellationToken: cancellationToken));
    }

    // What a reviewer of one locale reads: its text and alt text, the card and its size. A time-only change moves the
    // publication (and asks for approval again) but makes nobody a contributor.
    private static (string? Text, string? Alt, string? Card, string? Size) Content(ScheduledPost post, string locale) =>
        (post.Text.GetValueOrDefault(locale), post.AltText?.GetValueOrDefault(locale), post.Card, post.Size);
}
