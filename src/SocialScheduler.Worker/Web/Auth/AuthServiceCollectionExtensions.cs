using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Storage;

namespace SocialScheduler.Worker.Web.Auth;

internal static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddWebUsers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new BootstrapConsole());
        services.AddSingleton(sp => new UsersDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddDbContext<UsersDbContext>((sp, options) => sp.GetRequiredService<UsersDatabase>().Configure(options));

        services.AddIdentity<WebUser, IdentityRole>(options =>
            {
                PasswordRules.Apply(options.Password);
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
                options.Lockout.AllowedForNewUsers = true;
                // Growing waits (SignInThrottle) slow guessing long before this; a stranger cannot reach it quickly.
                options.Lockout.MaxFailedAccessAttempts = 50;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddClaimsPrincipalFactory<WebUserClaimsFactory>();

        // Each request checks the stamp itself (SessionStamp); this refreshes roles and claims now and then.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddScoped<BootstrapAdmin>();
        services.AddHostedService<WebAppInitializer>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(WebPolicies.Admin, p => p.RequireRole(WebRoles.Admin))
            .AddPolicy(WebPolicies.Compose, p => p.RequireRole(WebRoles.Admin, WebRoles.Comms))
            .AddPolicy(WebPolicies.Dashboard, p => p.RequireRole(WebRoles.Admin, WebRoles.Comms))
            .AddPolicy(WebPolicies.Preview, p => p.RequireRole(WebRoles.Admin, WebRoles.Comms, WebRoles.Designer));
        return services;
    }
}
