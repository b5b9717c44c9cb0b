using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialScheduler.Core.Accounts;
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
        publishing.MapGet("/pauses", async (IPublicationLedger ledger, HttpContext http, PartnerScope partners, CancellationToken ct) =>
                (await ledger.PausesAsync(ct)).Where(p => partners.Allows(http.User, p.Scope) || !p.Scope.Value.StartsWith("account:", StringComparison.Ordinal)).ToList())
            .WithSummary("The pauses in force (a person scoped to a partner: those of its accounts, and those of everything or the campaign).");
        publishing.MapPost("/pause", (ScopeBody body, HttpContext http, IPublishingCommands commands, PartnerScope partners, PauseScopes scopes, CancellationToken ct) =>
                RunAsync(body, http, partners, async scope => scopes.ProblemWith(scope) is { } problem
                    ? CommandResult.Refused(problem)
                    : await commands.PauseAsync(scope, http.User.Identity!.Name!, body.Reason, ct), invalidIsBadRequest: true))
            .RequireAuthorization(WebPolicies.Admin)
            .WithSummary("Stops publishing at once in a scope: 'all', 'account:<name>' or 'campaign:<id>' (Admin only; an admin scoped to a partner: its accounts only).");
        publishing.MapPost("/resume", (ScopeBody body, HttpContext http, IPublishingCommands commands, PartnerScope partners, CancellationToken ct) =>
                RunAsync(body, http, partners, scope => commands.ResumeAsync(scope, http.User.Identity!.Name!, ct)))
            .RequireAuthorization(WebPolicies.Admin)
            .WithSummary("Lifts a pause (Admin only).");

        api.MapGet("/provenance", ProvenanceAsync)
            .RequireAuthorization(WebPolicies.Compose)
            .WithTags("Publishing")
            .WithSummary("Provenance of every publication, or of one partner's (partner=ID) (format=csv or json): text, image hash, statistic and source, approver, remote id and URL, times.");
        return api;
    }

    // An admin scoped to a partner pauses and resumes that partner's accounts only, one at a time.
    private static async Task<Results<Ok<CommandResult>, ProblemHttpResult>> RunAsync(
        ScopeBody body, HttpContext http, PartnerScope partners, Func<PauseScope, Task<CommandResult>> command, bool invalidIsBadRequest = false)
    {
        if (!PauseScope.TryParse(body.Scope ?? "all", out var scope))
        {
            return ApiResults.BadRequest("Bad scope", $"scope '{body.Scope}' is not a pause scope: use 'all', 'account:<name>' or 'campaign:<id>'.");
        }

        if (!partners.Allows(http.User, scope))
        {
            return ApiResults.NotYourPartner($"pause scope '{scope}'");
        }

        var result = await command(scope);
        return invalidIsBadRequest && !result.Succeeded ? ApiResults.BadRequest("Bad scope", result.Message) : ApiResults.From(result);
    }

    private static async Task<IResult> ProvenanceAsync(
        string? format, string? campaign, string? partner, HttpContext http, PartnerScope scope, AccountDirectory accounts, ProvenanceExport export, CancellationToken cancellationToken)
    {
        // A person scoped to a partner exports that partner's publications only; anyone may narrow to one partner.
        var only = PartnerAccounts.Within(scope.AccountsOf(http.User), string.IsNullOrWhiteSpace(partner) ? null : accounts.AccountsOf(partner));
        var rows = await export.RowsAsync(new PublicationFilter { Campaign = string.IsNullOrWhiteSpace(campaign) ? null : campaign, Accounts = only }, cancellationToken);
        return (format ?? "json").ToLowerInvariant() switch
        {
            "json" => TypedResults.Ok(rows),
            "csv" => TypedResults.File(Encoding.UTF8.GetBytes(ProvenanceExport.ToCsv(rows)), "text/csv; charset=utf-8", "provenance.csv"),
            _ => ApiResults.BadRequest("Bad format", $"format '{format}' is not known: use csv or json."),
        };
    }
}
