using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Hosting;

/// <summary>
/// The container of <c>render</c>, which only draws cards: the service's configuration sources (appsettings.json
/// beside the program, user-secrets in Development, environment variables) and the card renderer, without the web
/// app, database, schedules or jobs. Building those is most of a cold start and <c>render</c> uses none of them.
/// </summary>
internal static class CardVerbHost
{
    public static bool Serves(string verb) => verb == "render";

    public static IHost Build()
    {
        var configuration = new ConfigurationManager();
        // As WebApplication.CreateBuilder does: ASPNETCORE_ENVIRONMENT and the other ASPNETCORE_ variables count too.
        configuration.AddEnvironmentVariables("ASPNETCORE_");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = SocialSchedulerApp.ContentRoot,
            Configuration = configuration,
        });
        SocialSchedulerApp.AddClockAndCardRendering(builder.Services, builder.Configuration);
        builder.Services.AddTransient<ICliVerb, RenderVerb>();
        return builder.Build();
    }
}
