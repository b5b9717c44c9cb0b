using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Schedules.Loading;
using SocialScheduler.Core.Schedules.Planning;
using SocialScheduler.Core.Schedules.Validation;
using SocialScheduler.Core.Text;

namespace SocialScheduler.Core.Schedules;

public static class SchedulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the file-backed <see cref="IScheduleSource"/> (loaded at start, watched when <c>Schedules:Watch</c>),
    /// the <see cref="PostValidator"/> the web form uses, and the rules behind <c>validate</c> and <c>plan</c>.
    /// Needs <c>AddAccounts</c>; takes every registered <see cref="Cards.ICardPreflight"/> when there is one.
    /// </summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScheduleOptions>()
            .Bind(configuration.GetSection(ScheduleOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PlanOptions>()
            .Bind(configuration.GetSection(PlanOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<XPlanOptions>()
            .Bind(configuration.GetSection($"{PlanOptions.Section}:X"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => CampaignCatalogLoader.LoadFromDirectory(configuration["Campaign:Path"] ?? "assets/campaign"));
        services.TryAddSingleton(sp => new PlatformTextLimits(sp.GetRequiredService<AccountDirectory>(), ReadTextSettings(configuration)));
        services.TryAddSingleton(_ => MissedWindow.From(configuration));
        services.TryAddSingleton<PostValidator>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ScheduleOptions>>().Value);
        services.TryAddSingleton<ScheduleFileValidator>();
        services.TryAddSingleton<ScheduleFolder>();
        services.TryAddSingleton<PublicationPlanner>();
        services.TryAddSingleton<FileScheduleSource>();
        services.TryAddSingleton<IScheduleSource>(sp => sp.GetRequiredService<FileScheduleSource>());
        services.AddSingleton<IHostedService, ScheduleWatchService>();
        return services;
    }

    /// <summary>Per-account text settings: <c>Accounts:&lt;name&gt;:MaxCharacters</c> and friends, for Mastodon instances.</summary>
    private static Dictionary<string, PlatformTextSettings> ReadTextSettings(IConfiguration configuration)
    {
        var settings = new Dictionary<string, PlatformTextSettings>(StringComparer.Ordinal);
        foreach (var account in configuration.GetSection("Accounts").GetChildren())
        {
            var defaults = PlatformTextSettings.Default;
            settings[account.Key] = new PlatformTextSettings(
                account.GetValue("MaxCharacters", defaults.MastodonMaxCharacters),
                account.GetValue("CharactersReservedPerUrl", defaults.MastodonCharactersReservedPerUrl),
                account.GetValue("DescriptionLimit", defaults.MastodonDescriptionLimit));
        }

        return settings;
    }
}
