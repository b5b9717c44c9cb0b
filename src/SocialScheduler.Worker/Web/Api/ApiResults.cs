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

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
