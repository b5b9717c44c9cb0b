using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Tests.Support;

/// <summary>The service container with one configured account, its adapter and everything it logged.</summary>
public sealed class PlatformHarness : IDisposable
{
    public PlatformHarness(string account, IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? extra = null)
    {
        Account = account;
        var all = settings.ToDictionary(s => $"Accounts:{account}:{s.Key}", s => s.Value);
        // Long enough for a fresh loopback server to answer on a loaded machine; the hang tests wait this out.
        all.TryAdd($"Accounts:{account}:Timeout", "00:00:20");
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Provider = Services.Build(all, services =>
        {
            services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
            configure?.Invoke(services);
        });
        Provider.ValidateOnStart();
        Publisher = Provider.GetRequiredService<IPublisherResolver>().ForAccount(account);
    }

    public string Account { get; }

    public CollectingLoggerProvider Logs { get; } = new();

    public ServiceProvider Provider { get; }

    public IPlatformPublisher Publisher { get; }

    public IPublicationFinder Finder => (IPublicationFinder)Publisher;

    /// <summary>How the requests of <see cref="PublishAsync"/> are shaped for the platform (a JPEG card for Instagram).</summary>
    public Func<PublishRequest, PublishRequest> Shape { get; init; } = request => request;

    public Task<PublishResult> PublishAsync(string locale = "en", string? text = null, string? key = null) =>
        Publisher.PublishAsync(Shape(Some.Post(Account, locale, text, key: key)), TestContext.Current.CancellationToken);

    public void Dispose() => Provider.Dispose();
}
