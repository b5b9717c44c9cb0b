using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>A user holding a generated or admin-given password can only change it or sign out.</summary>
internal static class MustChangePasswordMiddleware
{
    public const string PasswordPage = "/account/password";

    private static readonly string[] Allowed = [PasswordPage, "/logout", "/status", "/css", "/js"];

    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.User.HasClaim(WebUserClaimsFactory.MustChangePasswordClaim, "true")
            || Allowed.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
        }

        if (CookieEvents.IsApi(context.Request))
        {
            return Results.Problem(
                title: "Password change required",
                detail: "Sign in to the web app and choose your own password first.",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
        }

        context.Response.Redirect(PasswordPage);
        return Task.CompletedTask;
    });
}
