using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Web.Api;

/// <summary>The publication list, each publication's history, retry and the live text counters.</summary>
internal static class PublicationsApi
{
    public static RouteGroupBuilder MapPublicationsApi(this RouteGroupBuilder api)
    {
        var publications = api.MapGroup("/publications").WithTags("Publications");
        publications.MapGet("/", ListAsync)
            .WithSummary("Publications (post × account × locale) with their state, filtered by campaign, account, locale, state and post.");
        publications.MapGet("/{campaign}/{postId}/{account}/{locale}/history", HistoryAsync)
            .WithSummary("Every change of one publication, oldest first.");
        publications.MapPost("/{campaign}/{postId}/{account}/{locale}/retry", RetryAsync)
            .RequireAuthorization(WebPolicies.Compose)
            .WithSummary("Sends a Failed, NeedsAttention or Cancelled publication again, now.");

        api.MapGet("/text/measure", (string? text, string[]? accounts, TextMeasurements measurements) =>
                TypedResults.Ok(measurements.Measure(text, accounts ?? [])))
            .WithTags("Compose")
            .WithSummary("Counts a text as each account's platform will, the campaign hashtag included.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<PublicationRecord>>, ProblemHttpResult>> ListAsync(
        [AsParameters] PublicationQueryParameters query, IPublicationLedger ledger, CancellationToken cancellationToken)
    {
        var (filter, error) = new PublicationQuery
        {
            Campaign = query.Campaign, Account = query.Account, Locale = query.Locale, State = query.State, Post = query.Post,
        }.ToFilter(limit: 5000);
        if (filter is null)
        {
            return ApiResults.BadRequest("Bad filter", error!);
        }

        return TypedResults.Ok(await ledger.ListAsync(filter, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<PublicationHistoryEntry>>, NotFound>> HistoryAsync(
        string campaign, string postId, string account, string locale, IPublicationLedger ledger, CancellationToken cancellationToken)
    {
        var key = new PublicationKey(campaign, postId, account, locale);
        return await ledger.GetAsync(key, cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await ledger.HistoryAsync(key, cancellationToken));
    }

    private static async Task<Results<Ok<CommandResult>, ProblemHttpResult>> RetryAsync(
        string campaign, string postId, string account, string locale, HttpContext http, IPublishingCommands commands, CancellationToken cancellationToken) =>
        ApiResults.From(await commands.RetryAsync(new PublicationKey(campaign, postId, account, locale), http.User.Identity!.Name!, cancellationToken));

    internal sealed record PublicationQueryParameters(string? Campaign, string? Account, string? Locale, string? State, string? Post);
}
