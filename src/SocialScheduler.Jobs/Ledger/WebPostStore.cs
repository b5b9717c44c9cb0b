using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Storage;

namespace SocialScheduler.Jobs.Ledger;

/// <summary>
/// Web posts in <c>publishing_web_posts</c>, one JSON body per post. It only keeps them: <see cref="SyncedWebPostStore"/>
/// resyncs the ledger after each change, so the synchronizer can read this store without depending on itself.
/// </summary>
internal sealed partial class WebPostStore(LedgerDatabase database, TimeProvider time) : IWebPostSource
{
    public const string Origin = "web";

    public async Task<IReadOnlyList<ScheduledPost>> ListAsync(CancellationToken cancellationToken = default) =>
        (await ListAuthoredAsync(cancellationToken)).Select(w => w.Post).ToList();

    public async Task<IReadOnlyList<AuthoredPost>> ListAuthoredAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Body, string Author)>(new CommandDefinition(
            "SELECT body, author FROM publishing_web_posts ORDER BY campaign, post_id", cancellationToken: cancellationToken));
        return rows.Select(r => new AuthoredPost(JsonSerializer.Deserialize<WebPostBody>(r.Body)!.ToPost(), r.Author)).ToList();
    }

    /// <summary>The web post <paramref name="postId"/> of <paramref name="campaign"/>, read by its key; null when there is none.</summary>
    public async Task<ScheduledPost?> FindAsync(string campaign, string postId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var body = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT body FROM publishing_web_posts WHERE campaign = @campaign AND post_id = @postId", new { campaign, postId }, cancellationToken: cancellationToken));
        return body is null ? null : JsonSerializer.Deserialize<WebPostBody>(body)!.ToPost();
    }

    public async Task SaveAsync(ScheduledPost post, string author, CancellationToken cancellationToken = default)
    {
        Check(post.Campaign, "campaign");
        Check(post.Id, "id");
        if (!post.Publications().Any())
        {
            throw new ArgumentException($"Post '{post.Id}' has no publication: give it at least one account and one locale.", nameof(post));
        }

        var missing = post.Locales.Where(l => !post.Text.ContainsKey(l)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Post '{post.Id}' has no text for {string.Join(", ", missing)}: write text.<locale> for each locale.", nameof(post));
        }

        var body = JsonSerializer.Serialize(WebPostBody.From(post with { Origin = Origin }));
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var args = new { post.Campaign, PostId = post.Id, Body = body, Author = author, Now = now };
            var before = await connection.QuerySingleOrDefaultAsync<string>(
                "SELECT body FROM publishing_web_posts WHERE campaign = @Campaign AND post_id = @PostId", args, transaction);
            await Contributors.RecordAsync(connection, transaction, before is null ? null : JsonSerializer.Deserialize<WebPostBody>(before)!.ToPost(), post, author, now);
            var updated = await connection.ExecuteAsync(
                "UPDATE publishing_web_posts SET body = @Body, author = @Author, updated_ms = @Now WHERE campaign = @Campaign AND post_id = @PostId",
                args, transaction);
            if (updated == 0)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO publishing_web_posts (campaign, post_id, body, author, created_ms, updated_ms) VALUES (@Campaign, @PostId, @Body, @Author, @Now, @Now)",
                    args, transaction);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<bool> DeleteAsync(string campaign, string postId, string actor, CancellationToken cancellationToken = default)
    {
        int deleted;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            deleted = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM publishing_web_posts WHERE campaign = @campaign AND post_id = @postId", new { campaign, postId }, cancellationToken: cancellationToken));
        }

        return deleted > 0;
    }

    private static void Check(string value, string field)
    {
        if (!Slug().IsMatch(value))
        {
            throw new ArgumentException($"The post's {field} '{value}' must use only a-z, 0-9 and '-'.", field);
        }
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex Slug();
}
