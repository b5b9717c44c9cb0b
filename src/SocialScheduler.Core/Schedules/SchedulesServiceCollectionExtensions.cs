using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Platforms;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Core.Schedules.Planning;
using SocialScheduler.Core.Schedules.Validation;

namespace SocialScheduler.Core.Schedules;

public static class SchedulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the file-backed <see cref="IScheduleSource"/> (loaded at start, watched when <c>Schedules:Watch</c>),
    /// the <see cref="PostValidator"/> the web form uses, and the rules behind <c>validate</c> and <c>plan</c>.
    /// Needs <c>AddAccounts</c> (and so the platform descriptions); takes every registered
    /// <see cref="Cards.ICardPreflight"/> when there is one.
    /// </summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScheduleOptions>()
            .Bind(configuration.GetSection(ScheduleOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => CampaignCatalogLoader.LoadFromDirectory(configuration["Campaign:Path"] ?? "assets/campaign"));
        var platforms = services.PlatformCatalog();
        services.TryAddSingleton(sp => new AccountPlatforms(sp.GetRequiredService<AccountDirectory>(), platforms, configuration.GetSection("Accounts")));
        services.TryAddSingleton(_ => new RateLimitCheck(platforms, configuration.GetSection("Plans")));
        services.TryAddSingleton(_ => MissedWindow.From(configuration));
        services.TryAddSingleton<PostValidator>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ScheduleOptions>>().Value);
        services.TryAddSingleton<ScheduleFileValidator>();
        services.TryAddSingleton<ScheduleFolder>();
        services.TryAddSingleton<PublicationPlanner>();
        services.TryAddSingleton<FileScheduleSource>();
        services.TryAddSingleton<IScheduleSource>(sp => sp.GetRequiredService<FileScheduleSource>());
        services.AddSingleton<IHostedService, ScheduleWatchService>();
        return services.AddPostsInForce();
    }

    /// <summary>
    /// Registers <see cref="PostsInForce"/> (and <see cref="IPostLookup"/>): the files' posts, and the web posts when an
    /// <see cref="IWebPostSource"/> is registered. Needs an <see cref="IScheduleSource"/>.
    /// </summary>
    public static IServiceCollection AddPostsInForce(this IServiceCollection services)
    {
        services.TryAddSingleton<PostsInForce>();
        services.TryAddSingleton<IPostLookup>(sp => sp.GetRequiredService<PostsInForce>());
        return services;
    }
}
