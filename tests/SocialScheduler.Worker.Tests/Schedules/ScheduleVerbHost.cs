using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Platforms;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Cli;

namespace SocialScheduler.Worker.Tests.Schedules;

/// <summary>The services a schedule verb is built from, configured as in appsettings, with a fixed clock.</summary>
public static class ScheduleVerbHost
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    public static ServiceProvider Build(string schedulesPath, params (string Key, string Value)[] settings) => Build(schedulesPath, null, settings);

    public static ServiceProvider Build(string schedulesPath, Action<IServiceCollection>? extra, params (string Key, string Value)[] settings) =>
        Build(Now, schedulesPath, extra, settings);

    /// <summary>The services as on a machine whose clock reads <paramref name="now"/>.</summary>
    public static ServiceProvider Build(DateTimeOffset now, string schedulesPath, Action<IServiceCollection>? extra, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Schedules:Path"] = schedulesPath,
            ["Campaign:Path"] = RepoPaths.Campaign,
            ["Accounts:outbox:Platform"] = "Outbox",
            ["Accounts:x-main:Platform"] = "X",
            ["Accounts:bsky:Platform"] = "Bluesky",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        extra?.Invoke(services);
        return services
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(now))
            .AddPlatforms(configuration)
            .AddAccounts(configuration)
            .AddSchedules(configuration)
            .AddTransient<ICliVerb, ValidateVerb>()
            .AddTransient<ICliVerb, PlanVerb>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public static async Task<(int Code, string Output, string Error)> RunAsync(ServiceProvider services, string verb, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliDispatcher.RunAsync(services, verb, args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
