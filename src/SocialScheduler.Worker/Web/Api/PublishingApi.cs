using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Publications;

namespace SocialScheduler.Worker.Web.Api;

/// <summary>Pause and resume (Admin) and the provenance export (Admin and Comms).</summary>
internal static class PublishingApi
{
    public sealed record ScopeBody(string? Scope, string? Reason);

    public static RouteGroupBuilder MapPublishingApi(this RouteGroupBuilder api)
    {
        var publishing = api.MapGroup("/publishing").WithTags("Publishing");
        publishing.MapGet("/pauses", (IPublicationLedger ledger, CancellationToken ct) => ledger.PausesAsync(ct))
            .WithSummary("The pauses in force.");
        publishing.MapPost("/pause", (ScopeBody body, HttpContext http, IPublishingCommands commands, PauseScopes scopes, CancellationToken ct) =>
                RunAsync(body, async scope => scopes.ProblemWith(scope) is { } problem
                    ? CommandResult.Refused(problem)
                    : await commands.PauseAsync(scope, http.User.Identity!.Name!, body.Reason, ct), invalidIsBadRequest: true))
            .RequireAuthorization(WebPolicies.Admin)
            .WithSummary("Stops publishing at once in a scope: 'all', 'account:<name>' or 'campaign:<id>' (Admin only).");
        publishing.MapPost("/resume", (ScopeBody body, HttpContext http, IPublishingCommands commands, CancellationToken ct) =>
                RunAsync(body, scope => commands.ResumeAsync(scope, http.User.Identity!.Name!, ct)))
            .RequireAuthorization(WebPolicies.Admin)
            .WithSummary("Lifts a pause (Admin only).");

        api.MapGet("/provenance", ProvenanceAsync)
            .RequireAuthorization(WebPolicies.Compose)
            .WithTags("Publishing")
            .WithSummary("Provenance of every publication (format=csv or json): text, image hash, statistic and source, approver, remote id and URL, times.");
        return api;
    }

    private static async Task<Results<Ok<CommandResult>, ProblemHttpResult>> RunAsync(
        ScopeBody body, Func<PauseScope, Task<CommandResult>> command, bool invalidIsBadRequest = false)
    {
        if (!PauseScope.TryParse(body.Scope ?? "all", out var scope))
        {
            return ApiResults.BadRequest("Bad scope", $"scope '{body.Scope}' is not a pause scope: use 'all', 'account:<name>' or 'campaign:<id>'.");
        }

        var result = await command(scope);
        return invalidIsBadRequest && !result.Succeeded ? ApiResults.BadRequest("Bad scope", result.Message) : ApiResults.From(result);
    }

    private static async Task<IResult> ProvenanceAsync(string? format, string? campaign, ProvenanceExport export, CancellationToken cancellationToken)
    {
        var rows = await export.RowsAsync(new PublicationFilter { Campaign = string.IsNullOrWhiteSpace(campaign) ? null : campaign }, cancellationToken);
        return (format ?? "json").ToLowerInvariant() switch
        {
            "json" => TypedResults.Ok(rows),
            "csv" => TypedResults.File(Encoding.UTF8.GetBytes(ProvenanceExport.ToCsv(rows)), "text/csv; charset=utf-8", "provenance.csv"),
            _ => ApiResults.BadRequest("Bad format", $"format '{format}' is not known: use csv or json."),
        };
    }
}
