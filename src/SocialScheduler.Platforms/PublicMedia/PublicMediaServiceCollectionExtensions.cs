using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Media;

namespace SocialScheduler.Platforms.PublicMedia;

public static class PublicMediaServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="PublicMediaStore"/> behind <see cref="IPublicMedia"/>, its <c>Media</c> settings checked at start.</summary>
    public static IServiceCollection AddPublicMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicMediaOptions>().Bind(configuration.GetSection(PublicMediaOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicMediaOptions>, PublicMediaOptionsValidator>());
        services.TryAddSingleton<PublicMediaStore>();
        services.TryAddSingleton<IPublicMedia>(sp => sp.GetRequiredService<PublicMediaStore>());
        return services;
    }
}
