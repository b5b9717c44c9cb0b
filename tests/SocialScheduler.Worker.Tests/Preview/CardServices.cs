using Microsoft.Extensions.Configuration;
using SocialScheduler.Imaging;
using SocialScheduler.Testing;

namespace SocialScheduler.Worker.Tests.Preview;

/// <summary>The card rendering services as the host registers them, over the repository's assets.</summary>
internal static class CardServices
{
    public static ServiceProvider Build(string? cacheDirectory = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Imaging:AssetsPath"] = RepoPaths.Assets,
            ["Imaging:CacheDirectory"] = cacheDirectory ?? "",
            ["Campaign:Path"] = RepoPaths.Campaign,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddCardRendering(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
