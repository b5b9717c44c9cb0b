using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Worker.Web.Api;

/// <summary>
/// The API is authenticated by the same cookie as the pages, so a state-changing call must prove it comes from a
/// page or script that read the token (GET /api/antiforgery) — another site cannot.
/// </summary>
internal sealed class ApiAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return await next(context);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(
                title: "Missing or invalid antiforgery token",
                detail: $"Nothing was changed. Read a token from GET /api/antiforgery and send it in the {WebAntiforgery.HeaderName} header.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}

internal static class WebAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string CookieName = "socialscheduler.antiforgery";
}
