using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>
/// Marks a request refused for a missing or stale antiforgery token, so the status page can say so instead of a
/// bare "400 Bad Request".
/// </summary>
internal sealed class AntiforgeryFailureFilter : IAlwaysRunResultFilter
{
    public const string ItemKey = "socialscheduler:antiforgery-failed";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.HttpContext.Items[ItemKey] = true;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
