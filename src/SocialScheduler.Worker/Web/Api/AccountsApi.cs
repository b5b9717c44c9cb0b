using Microsoft.AspNetCore.Http.HttpResults;
using SocialScheduler.Worker.Web.Accounts;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Web.Api;

/// <summary>Accounts for scripts (Admin only): list, connect, check, disconnect; the same rules as the Accounts page.</summary>
internal static class AccountsApi
{
    public sealed record Started(Uri AuthorizeUrl);

    public sealed record Message(string Text);

    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").RequireAuthorization(WebPolicies.Admin).WithTags("Accounts");
        accounts.MapGet("/", (AccountsOverview overview, CancellationToken ct) => overview.ListAsync(ct))
            .WithSummary("Every account, from configuration (read-only) or connected here, with its state (Admin only).");
        accounts.MapPost("/", ConnectAsync)
            .WithSummary("Connects an account: {authorizeUrl} to open for OAuth platforms; app-password platforms are connected at once with identifier and appPassword (Admin only).");
        accounts.MapPost("/{name}/check", async (string name, AccountsOverview overview, CancellationToken ct) => Result(await overview.CheckAsync(name, ct)))
            .WithSummary("Asks the platform whether the account works now (Admin only).");
        accounts.MapDelete("/{name}", async (string name, HttpContext http, AccountConnections connections, CancellationToken ct) =>
                Result(await connections.DisconnectAsync(name, http.User.Identity!.Name!, ct)))
            .WithSummary("Disconnects a connected account; its pending publications become NeedsAttention until it is reconnected (Admin only).");
        return api;
    }

    private static async Task<Results<Ok<Started>, Ok<Message>, ProblemHttpResult>> ConnectAsync(
        NewAccount body, HttpContext http, AccountConnections connections, CancellationToken cancellationToken)
    {
        var outcome = await connections.StartAsync(body, http.User.Identity!.Name!, RequestBase(http.Request), cancellationToken);
        if (!outcome.Succeeded)
        {
            return Problem(outcome);
        }

        return outcome.AuthorizeUrl is { } url ? TypedResults.Ok(new Started(url)) : TypedResults.Ok(new Message(outcome.Message));
    }

    private static Results<Ok<Message>, ProblemHttpResult> Result(AccountOutcome outcome) =>
        outcome.Succeeded ? TypedResults.Ok(new Message(outcome.Message)) : Problem(outcome);

    private static ProblemHttpResult Problem(AccountOutcome outcome) =>
        TypedResults.Problem(title: "The account was not changed", detail: outcome.Message, statusCode: outcome.Status);

    internal static Uri RequestBase(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
