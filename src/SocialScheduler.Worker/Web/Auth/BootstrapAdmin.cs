using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialScheduler.Worker.Web.Auth;

/// <summary>
/// Makes sure the roles exist and somebody can sign in as an admin. A configured admin is created once and never
/// overwritten; with none configured and no admin in the database, a generated password is written once to the
/// console (not to the log, whose sinks may persist it) and only its hash is stored.
/// </summary>
internal sealed class BootstrapAdmin(
    UserManager<WebUser> users,
    RoleManager<Microsoft.AspNetCore.Identity.IdentityRole> roles,
    IOptions<AuthOptions> options,
    BootstrapConsole console,
    ILogger<BootstrapAdmin> logger)
{
    public const string GeneratedUserName = "admin";

    public async Task EnsureAsync()
    {
        foreach (var role in WebRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new(role)), "role " + role);
            }
        }

        var configured = options.Value.BootstrapAdmin;
        if (configured.IsConfigured)
        {
            await EnsureConfiguredAsync(configured.UserName!, configured.Password!);
            return;
        }

        if ((await users.GetUsersInRoleAsync(WebRoles.Admin)).Count > 0)
        {
            return;
        }

        var password = PasswordRules.Generate();
        await CreateAsync(GeneratedUserName, password, mustChangePassword: true);
        console.Out.WriteLine($"""

            ==== SocialScheduler: first admin created ====
            user name: {GeneratedUserName}
            password:  {password}
            This password is shown once and stored only as a hash; you will choose your own after signing in.
            ===============================================

            """);
        logger.LogWarning("Created the admin user '{UserName}' with a generated password, written once to the console.", GeneratedUserName);
    }

    private async Task EnsureConfiguredAsync(string userName, string password)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        await CreateAsync(userName, password, mustChangePassword: false);
        logger.LogInformation("Created the admin user '{UserName}' from Auth:BootstrapAdmin.", userName);
    }

    private async Task CreateAsync(string userName, string password, bool mustChangePassword)
    {
        var user = new WebUser { UserName = userName, MustChangePassword = mustChangePassword };
        Check(await users.CreateAsync(user, password), "Auth:BootstrapAdmin");
        Check(await users.AddToRoleAsync(user, WebRoles.Admin), "Auth:BootstrapAdmin");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"{what}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Where the generated admin password is written: the process's standard output unless a test captures it.</summary>
public sealed class BootstrapConsole
{
    public TextWriter Out { get; init; } = Console.Out;
}
