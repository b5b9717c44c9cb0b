using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Worker.Web.Security;

/// <summary>
/// Headers on every response. Our pages load nothing inline or from elsewhere; the job dashboard ships inline
/// scripts and styles, so its path gets a looser script and style policy and nothing else.
/// </summary>
internal static class SecurityHeaders
{
    private const string Common = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    internal const string Pages = Common + "; script-src 'self'; style-src 'self'";

    internal const string Dashboard = Common + "; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/hangfire") ? Dashboard : Pages;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (CookieEvents.IsApi(context.Request))
            {
                // API answers carry users, texts and provenance: no shared or browser cache keeps them.
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
