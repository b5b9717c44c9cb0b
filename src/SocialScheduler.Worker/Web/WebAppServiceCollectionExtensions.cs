using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.RateLimiting;
using SocialScheduler.Worker.Web.Accounts;
using SocialScheduler.Worker.Web.Api;
using SocialScheduler.Worker.Web.Auth;
using SocialScheduler.Worker.Web.Localization;
using SocialScheduler.Worker.Web.Publications;
using SocialScheduler.Worker.Web.Security;

namespace SocialScheduler.Worker.Web;

public static class WebAppServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in with users in the <c>Storage:*</c> database, roles, antiforgery (which also switches on the job
    /// dashboard's CSRF check), sign-in throttling, problem+json errors, Razor Pages and the OpenAPI document.
    /// Call before <c>Build()</c>; Hangfire itself is registered by the jobs layer.
    /// </summary>
    public static WebApplicationBuilder AddWebApp(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddWebUsers(builder.Configuration);
        services.AddScoped<UserAdministration>();
        services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section))
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Web:TimeZone is not an IANA time zone; use a name such as Europe/Brussels.")
            .ValidateDataAnnotations()
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "https" or "http"),
                "Web:PublicBaseUrl is not an http(s) address; write it as https://social.example.org, or remove it to use the request's address.")
            .ValidateOnStart();
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<WebOptions>>((kestrel, web) =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = web.Value.MaxRequestBytes;
            });
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordCheck>();
        services.AddOptions<ForwardedHeadersSettings>().Bind(builder.Configuration.GetSection(ForwardedHeadersSettings.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddUiLocalization();
        services.AddSingleton<PublicationStatuses>();
        services.AddSingleton<PostComposer>();
        services.AddSingleton<PauseScopes>();
        services.AddSingleton<PartnerScope>();
        services.AddSingleton<ScopedCommands>();
        services.AddSingleton<TextMeasurements>();
        services.AddSingleton<ProvenanceExport>();
        services.AddAccountConnections();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieEvents.CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/denied";
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = CookieEvents.RedirectToLogin;
            options.Events.OnRedirectToAccessDenied = CookieEvents.RedirectToAccessDenied;
            options.Events.OnValidatePrincipal = SessionStamp.ValidateAsync;
        });
        services.AddOptions<CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<AuthOptions>>((cookie, auth) =>
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(auth.Value.SessionMinutes));

        services.AddAntiforgery(options =>
        {
            options.HeaderName = WebAntiforgery.HeaderName;
            options.Cookie.Name = WebAntiforgery.CookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddRateLimiter(options =>
        {
            options.AddPolicy<string, SignInRateLimitPolicy>(SignInRateLimitPolicy.Name);
            options.AddPolicy<string, RenderQueuePolicy>(RenderQueuePolicy.Name);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        });

        services.AddProblemDetails();

        // States and other enums read as words in the API ("Published", not 2), as on the pages.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddRazorPages(options => options.Conventions.AllowAnonymousToPage("/Status"))
            .AddMvcOptions(options => options.Filters.Add<AntiforgeryFailureFilter>())
            .ConfigureApplicationPartManager(AddOwnPages);
        services.AddOpenApi();
        return builder;
    }

    // The pages live in this assembly; a host whose entry assembly is another one (a test host) must still find them.
    private static void AddOwnPages(ApplicationPartManager manager)
    {
        var assembly = typeof(WebAppServiceCollectionExtensions).Assembly;
        if (manager.ApplicationParts.Any(part => part is AssemblyPart own && own.Assembly == assembly))
        {
            return;
        }

        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            manager.ApplicationParts.Add(part);
        }
    }
}
