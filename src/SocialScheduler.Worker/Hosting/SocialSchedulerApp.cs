using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Imaging;
using SocialScheduler.Jobs;
using SocialScheduler.Platforms;
using SocialScheduler.Worker.Web;
using SocialScheduler.Worker.Web.PublicMedia;
using SocialScheduler.Worker.Web.Schedules;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Hosting;

/// <summary>The composition root: every capability registers here, in one order, for the service and the verbs.</summary>
public static class SocialSchedulerApp
{
    /// <summary>The address used when neither ASPNETCORE_URLS nor --urls names one.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// The content root of every host: appsettings.json ships beside the program, while relative data paths
    /// (schedules/, data/) stay relative to the directory the service is started from, as the README's command expects.
    /// </summary>
    internal static string ContentRoot => AppContext.BaseDirectory;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = ContentRoot,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        configure?.Invoke(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        AddClockAndCardRendering(services, configuration);
        services.AddPlatforms(configuration);
        services.AddAccounts(configuration);
        services.AddSchedules(configuration);
        services.AddPlatformPublishers(configuration);
        services.AddPublishingPipeline(configuration);
        services.AddCliVerbs();
        services.AddHostedService<PublicMediaSweeper>();
        services.AddHealthChecks().AddScheduleHealthCheck();
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        builder.AddWebApp();

        var app = builder.Build();
        app.UseWebApp();
        app.MapHealthEndpoint();
        app.MapPublicMedia();
        app.MapWebApp();
        return app;
    }

    /// <summary>
    /// What the service and the cards-only host of <c>render</c> (<see cref="CardVerbHost"/>) both register, so a
    /// card drawn by the verb is drawn with the clock and renderer settings the service uses.
    /// </summary>
    internal static void AddClockAndCardRendering(IServiceCollection services, IConfiguration configuration)
    {
        // TryAdd: a test host may bring its own clock through the configure callback.
        services.TryAddSingleton(TimeProvider.System);
        services.AddCardRendering(configuration);
    }
}
