using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Worker.Web.Dashboard;

/// <summary>
/// The dashboard's commands (delete, requeue, trigger…) act on a POST only, but Hangfire's batch commands read a form
/// from any method and throw on a GET (a 500). Any other method on a command's address is answered 405 here first.
/// </summary>
internal static class DashboardCommandsPostOnly
{
    public static IApplicationBuilder UseDashboardCommandsPostOnly(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path;
        if (!HttpMethods.IsPost(context.Request.Method)
            && path.StartsWithSegments(DashboardEndpoints.Path, out var rest)
            && DashboardRoutes.Routes.FindDispatcher(rest.Value ?? "") is { Item1: { } dispatcher }
            && IsCommand(dispatcher))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "POST";
            return Task.CompletedTask;
        }

        return next(context);
    });

    // Hangfire keeps its command dispatchers internal; their names are the one way to tell them from pages.
    private static bool IsCommand(IDashboardDispatcher dispatcher) =>
        dispatcher.GetType().Name is "CommandDispatcher" or "BatchCommandDispatcher";
}
