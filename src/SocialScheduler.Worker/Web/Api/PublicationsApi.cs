using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
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
            .WithSummary("Publications (post × account × locale) with their state, filtered by campaign, account, locale, state and post; " +
                "paged by limit (1–5000, default 500) and offset, with the total in X-Total-Count and the next page in a Link header.");
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

    private const int MaxPage = 5000;

    // A long campaign holds more publications than one answer should: the list is paged (due time, then id), the total
    // is in X-Total-Count and the next page in a Link header, so a script never mistakes a page for the whole list.
    private static async Task<Results<Ok<IReadOnlyList<PublicationRecord>>, ProblemHttpResult>> ListAsync(
        [AsParameters] PublicationQueryParameters query, HttpContext http, IPublicationLedger ledger, PartnerScope scope, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? 500;
        var offset = query.Offset ?? 0;
        if (limit is < 1 or > MaxPage)
        {
            return ApiResults.BadRequest("Bad page", $"limit {limit} is out of range: use 1 to {MaxPage} (500 when left out).");
        }

        if (offset < 0)
        {
            return ApiResults.BadRequest("Bad page", $"offset {offset} is negative: use 0 or more (0 when left out).");
        }

        var (filter, error) = new PublicationQuery
        {
            Campaign = query.Campaign, Account = query.Account, Locale = query.Locale, State = query.State, Post = query.Post,
        }.ToFilter(limit);
        if (filter is null)
        {
            return ApiResults.BadRequest("Bad filter", error!);
        }

        // A person scoped to a partner sees that partner's publications only.
        filter = filter with { Accounts = scope.AccountsOf(http.User) };
        var page = await ledger.ListAsync(filter with { Offset = offset }, cancellationToken);
        var total = (await ledger.CountByStateAsync(filter, cancellationToken)).Values.Sum();
        http.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (offset + page.Count < total)
        {
            var next = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
                http.Request.Path,
                http.Request.Query.Where(q => q.Key is not ("offset" or "limit")).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                    .Append(new("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .Append(new("offset", (offset + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture))));
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<IReadOnlyList<PublicationHistoryEntry>>, NotFound, ProblemHttpResult>> HistoryAsync(
        string campaign, string postId, string account, string locale, HttpContext http, PartnerScope scope, IPublicationLedger ledger, CancellationToken cancellationToken)
    {
        var key = new PublicationKey(campaign, postId, account, locale);
        if (!scope.Allows(http.User, account))
        {
            return ApiResults.NotYourPartner(key.ToString());
        }

        return await ledger.GetAsync(key, cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await ledger.HistoryAsync(key, cancellationToken));
    }

    private static async Task<Results<Ok<CommandResult>, ProblemHttpResult>> RetryAsync(
        string campaign, string postId, string account, string locale, HttpContext http, ScopedCommands scoped, CancellationToken cancellationToken) =>
        ApiResults.From(await scoped.RetryAsync(http.User, new PublicationKey(campaign, postId, account, locale), cancellationToken));

    internal sealed record PublicationQueryParameters(string? Campaign, string? Account, string? Locale, string? State, string? Post, int? Limit, int? Offset);
}
