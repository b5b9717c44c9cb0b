using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Schedules;

namespace SocialScheduler.Jobs.Tests.Support;

/// <summary>The whole pipeline as the service runs it: a generic host with AddPublishingPipeline and a real Hangfire server.</summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private PipelineHost(IHost host, string directory) => (Host, Directory) = (host, directory);

    public IHost Host { get; }

    public string Directory { get; }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public static PipelineHost Create(IScheduleSource source, IPublisherResolver publishers, Dictionary<string, string?>? settings = null, string? directory = null)
    {
        directory ??= System.IO.Directory.CreateTempSubdirectory("ss-host-").FullName;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(directory, "socialscheduler.db")}",
            ["Publishing:SchedulePollingInterval"] = "00:00:01",
            ["Publishing:WorkerCount"] = "4",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddSingleton(source);
        builder.Services.AddSingleton(publishers);
        builder.Services.AddPublishingPipeline(builder.Configuration);
        return new PipelineHost(builder.Build(), directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (TimeProvider.System.GetUtcNow() < until)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        return await condition();
    }
}
