using System.Reflection;

namespace SocialScheduler.Worker.Cli;

public static class CliServiceCollectionExtensions
{
    /// <summary>Registers every <see cref="ICliVerb"/> in this program.</summary>
    public static IServiceCollection AddCliVerbs(this IServiceCollection services)
    {
        var verbs = Assembly.GetExecutingAssembly().GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliVerb).IsAssignableFrom(t));
        foreach (var verb in verbs)
        {
            services.AddTransient(typeof(ICliVerb), verb);
        }

        return services;
    }
}
