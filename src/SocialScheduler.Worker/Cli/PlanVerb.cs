using System.Globalization;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Core.Schedules.Planning;

namespace SocialScheduler.Worker.Cli;

/// <summary>
/// <c>plan [--days N] [--account A] [--locale L]</c>: what will be published, when (UTC and the post's own zone),
/// where and in which language, which platform limits the plan would exceed, and which partners a post names have no
/// account in its languages.
/// </summary>
/// <remarks>Its services are resolved when it runs, so listing the verbs never depends on schedules being registered.</remarks>
public sealed class PlanVerb(IServiceProvider services) : ICliVerb
{
    public string Name => "plan";

    public string Usage => "[--days N] [--account A] [--locale L]  what will be published (default: the next 7 days)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!PlanArguments.TryParse(args, out var request, out var problem))
        {
            await error.WriteLineAsync($"plan: {problem}. Usage: plan {Usage}");
            return ExitCodes.WrongUsage;
        }

        var accounts = services.GetRequiredService<AccountDirectory>();
        var planner = services.GetRequiredService<PublicationPlanner>();
        var rateLimits = services.GetRequiredService<RateLimitCheck>();
        var time = services.GetRequiredService<TimeProvider>();
        if (request.Account is { } name && !accounts.TryGet(name, out _))
        {
            await error.WriteLineAsync($"plan: '{name}' is not a configured account; use one of: {string.Join(", ", accounts.Names.Order(StringComparer.Ordinal))}");
            return ExitCodes.InvalidInput;
        }

        var snapshot = services.GetRequiredService<IScheduleSource>().Current;
        var posts = await InForceAsync(snapshot, error, cancellationToken);
        var from = time.GetUtcNow();
        var to = from.AddDays(request.Days);
        var plan = planner.Plan(posts, from, to, request.Account, request.Locale);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{plan.Count} publications from {from:yyyy-MM-dd HH:mm}Z to {to:yyyy-MM-dd HH:mm}Z"));
        if (plan.Count > 0)
        {
            await PlanTable.WriteAsync(output, plan);
        }

        foreach (var warning in rateLimits.Check(plan))
        {
            await output.WriteLineAsync(warning.ToString());
        }

        // A partner without an account in a post's language is silent in it; only the posts of this plan are listed.
        var planned = plan.Select(p => Core.Schedules.Time.Recurrence.PostIdOf(p.PostId)).ToHashSet(StringComparer.Ordinal);
        foreach (var gap in PartnerGaps.Of(posts.Where(p => planned.Contains(p.Id)), accounts))
        {
            await output.WriteLineAsync("note: " + gap);
        }

        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            await error.WriteLineAsync($"note: the schedules have {errors} errors; files with errors count with their last good version. Run 'validate' to see them.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The posts in force: the files' and, when the publishing pipeline is there to keep them, the web posts no file
    /// post shadows.
    /// </summary>
    private async Task<IEnumerable<ScheduledPost>> InForceAsync(ScheduleSnapshot files, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return (await services.GetRequiredService<PostsInForce>().ListAsync(cancellationToken)).Select(p => p.Post);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The plan of the files is still worth showing when the database cannot be read.
            await error.WriteLineAsync($"note: posts written in the web UI are not included: {ex.Message}");
            return files.Posts;
        }
    }
}
