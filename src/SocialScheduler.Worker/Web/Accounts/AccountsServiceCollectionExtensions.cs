namespace SocialScheduler.Worker.Web.Accounts;

internal static class AccountsServiceCollectionExtensions
{
    /// <summary>The Accounts page and <c>/api/accounts</c>: connect flows, pending callbacks, the overview.</summary>
    public static IServiceCollection AddAccountConnections(this IServiceCollection services)
    {
        services.AddSingleton<PendingConnections>();
        services.AddSingleton<AccountConnections>();
        services.AddSingleton<AccountsOverview>();
        return services;
    }
}
