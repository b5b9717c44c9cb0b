using Microsoft.AspNetCore.Http;
using SocialScheduler.Worker.Web.Api;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Dashboard;
using SocialScheduler.Worker.Web.Preview;
using SocialScheduler.Worker.Web.Security;

namespace SocialScheduler.Worker.Web;

public static class WebAppApplicationExtensions
{
    /// <summary>
    /// The web middleware in its required order: forwarded headers (when <c>Web:ForwardedHeaders:Enabled</c>), errors,
    /// HSTS (HTTPS only), security headers, static files, the request's language, routing, sign-in throttling, authentication, authorization,
    /// forced password change, antiforgery. Call right after
    /// <c>Build()</c>, before any other middleware or endpoint; it calls <c>UseRouting</c> itself.
    /// </summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        // First, so throttling, cookies and HSTS all see the client's address and scheme, not the proxy's.
        var forwarded = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersSettings>>().Value;
        if (forwarded.Enabled)
        {
            app.UseForwardedHeaders(forwarded.ToOptions());
        }

        app.UseWhen(context => CookieEvents.IsApi(context.Request), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !CookieEvents.IsApi(context.Request), pages =>
        {
            pages.UseExceptionHandler("/status/500");
            pages.UseStatusCodePagesWithReExecute("/status/{0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMustChangePassword();
        app.UseAntiforgery();
        app.UseDashboardCommandsPostOnly();
        return app;
    }

    /// <summary>
    /// Pages, <c>/api</c> (with its OpenAPI document at <c>/api/openapi/v1.json</c>), card previews under
    /// <c>/preview</c> and the job dashboard at <c>/hangfire</c>. Everything needs a signed-in user; endpoints mapped elsewhere that must stay public (such
    /// as <c>/healthz</c>) need <c>.AllowAnonymous()</c>.
    /// </summary>
    public static WebApplication MapWebApp(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapWebApi();
        app.MapOpenApi("/api/openapi/{documentName}.json");
        app.MapJobDashboard();
        app.MapCardPreview().RequireAuthorization(WebPolicies.Preview).RequireRateLimiting(RenderQueuePolicy.Name);
        return app;
    }

    /// <summary>The <c>/api</c> group; other areas add their endpoints to it.</summary>
    private static void MapWebApi(this WebApplication app)
    {
        var api = app.MapGroup("/api")
            .RequireAuthorization()
            .AddEndpointFilter<ApiAntiforgeryFilter>()
            .WithTags("Account");
        api.MapAccountApi();
        api.MapPublicationsApi();
        api.MapPostsApi();
        api.MapPublishingApi();
        api.MapAccountsApi();
    }
}
