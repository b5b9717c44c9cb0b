using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Imaging;
using SocialScheduler.Jobs;
using SocialScheduler.Platforms;
using SocialScheduler.Worker.Web;
using SocialScheduler.Worker.Web.Schedules;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Hosting;

/// <summary>The composition root: every capability registers here, in one order, for the service and the verbs.</summary>
public static class SocialSchedulerApp
{
    /// <summary>The address used when neither ASPNETCORE_URLS nor --urls names one.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json ships beside the program; relative data paths (schedules/, data/) stay relative to the
        // directory the service is started from, as the README's command expects.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        configure?.Invoke(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        // TryAdd: a test host may bring its own clock through the configure callback.
        services.TryAddSingleton(TimeProvider.System);
        services.AddAccounts(configuration);
        services.AddCardRendering(configuration);
        services.AddSchedules(configuration);
        services.AddPlatformPublishers(configuration);
        services.AddPublishingPipeline(configuration);
        services.AddCliVerbs();
        services.AddHealthChecks().AddScheduleHealthCheck();
        builder.AddWebApp();

        var app = builder.Build();
        app.UseWebApp();
        app.MapHealthEndpoint();
        app.MapWebApp();
        return app;
    }
}
