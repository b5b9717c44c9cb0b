using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>Browsers are sent to the sign-in page; the API answers 401/403 with a problem+json body instead.</summary>
internal static class CookieEvents
{
    public const string CookieName = "socialscheduler.session";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApi(context.Request))
        {
            return Problem(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign-in required",
                "Sign in (the session cookie is missing or has expired) and send the session cookie with the request.");
        }

        var target = Relative(context.RedirectUri);
        if (context.Request.Cookies.ContainsKey(CookieName))
        {
            // A session cookie that no longer authenticates means the session expired or was ended by an admin.
            target += (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "expired=true";
        }

        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    public static Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApi(context.Request))
        {
            return Problem(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed for your role",
                "Your role does not allow this operation; ask an admin if you need it.");
        }

        context.Response.Redirect(Relative(context.RedirectUri));
        return Task.CompletedTask;
    }

    // The cookie handler builds an absolute address from the request's Host header, which the client chooses: the
    // browser is sent to a path on the host it already talks to instead.
    private static string Relative(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : uri;

    private static Task Problem(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
