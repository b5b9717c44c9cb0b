using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Publishing.Commands;

namespace SocialScheduler.Worker.Web.Api;

internal static class ApiResults
{
    /// <summary>A command's outcome: 200 with its message, or 409 when the publication's state no longer allows it.</summary>
    public static Results<Ok<CommandResult>, ProblemHttpResult> From(CommandResult result) =>
        result.Succeeded
            ? TypedResults.Ok(result)
            : TypedResults.Problem(title: "Not possible in the current state", detail: result.Message, statusCode: StatusCodes.Status409Conflict);

    /// <summary>A command run for a person: 403 when it touches another partner's account, else as <see cref="From(CommandResult)"/>.</summary>
    public static Results<Ok<CommandResult>, ProblemHttpResult> From(Publications.ScopedResult result) =>
        result.Result is { } done ? From(done) : NotYourPartner(result.Forbidden!);

    /// <summary>403 for a person scoped to a partner asking for another partner's account or publication; nothing changed.</summary>
    public static ProblemHttpResult NotYourPartner(string what) =>
        TypedResults.Problem(title: "Not your partner's", detail: $"{what} belongs to another partner's account; nothing was changed.", statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
