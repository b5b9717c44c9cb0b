using System.Net;
using Hangfire;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Hosting;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>
/// The service as <c>dotnet run</c> starts it — the same composition root, Kestrel on a free loopback port, a real
/// SQLite file and outbox in a fresh folder — with one test-only addition: the header
/// <see cref="RemoteAddressHeader"/> makes a request look like it comes from another machine.
/// </summary>
public sealed class WebTestHost : IAsyncDisposable
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";
    public const string AdminName = "admin";
    public const string AdminPassword = "correct horse battery staple";
    public const string UserPassword = "a long enough passphrase";

    private readonly WebApplication _app;

    private WebTestHost(WebApplication app, string folder, Uri address)
    {
        _app = app;
        Folder = folder;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    public string Folder { get; }

    public string Outbox => Path.Combine(Folder, "outbox");

    public IServiceProvider Services => _app.Services;

    public static async Task<WebTestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        TextWriter? console = null,
        string? folder = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        folder ??= Directory.CreateTempSubdirectory("socialscheduler-web-").FullName;
        var app = SocialSchedulerApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(Defaults(folder));
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }

            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>();
            services?.Invoke(builder.Services);
            if (console is not null)
            {
                builder.Services.AddSingleton(new BootstrapConsole { Out = console });
            }

            if (time is not null)
            {
                // The composition root registers the system clock after this callback, so the session clock is set directly.
                builder.Services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TimeProvider = time);
            }
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        Silence();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new WebTestHost(app, folder, new Uri(address));
    }

    /// <summary>A user of <paramref name="role"/> with <see cref="UserPassword"/>, ready to sign in; scoped to <paramref name="partner"/> when given.</summary>
    public async Task<string> CreateUserAsync(string role, string? userName = null, string? partner = null)
    {
        userName ??= role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var user = new WebUser { UserName = userName, Partner = partner };
        Assert.True((await users.CreateAsync(user, UserPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return userName;
    }

    public async ValueTask DisposeAsync()
    {
        Silence();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Dictionary<string, string?> Defaults(string folder) => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "socialscheduler.db")}",
        ["Auth:BootstrapAdmin:UserName"] = AdminName,
        ["Auth:BootstrapAdmin:Password"] = AdminPassword,
        ["Auth:SignInAttemptsPerMinute"] = "1000",
        ["Schedules:Path"] = Directory.CreateDirectory(Path.Combine(folder, "schedules")).FullName,
        ["Schedules:Watch"] = "false",
        ["Campaign:Path"] = RepoPaths.Campaign,
        ["Imaging:AssetsPath"] = RepoPaths.Assets,
        ["Imaging:CacheDirectory"] = Path.Combine(folder, "cards"),
        ["Outbox:Path"] = Path.Combine(folder, "outbox"),
        ["Media:Path"] = Path.Combine(folder, "media"),
        ["DataProtection:KeysPath"] = Path.Combine(folder, "keys"),
        ["Accounts:outbox:Platform"] = "Outbox",
        ["Accounts:outbox-eu:Platform"] = "Outbox",

        // Never contacted: it is there for its 500-character limit.
        ["Accounts:mastodon:Platform"] = "Mastodon",
        ["Accounts:mastodon:BaseUrl"] = "http://127.0.0.1:9",
        ["Accounts:mastodon:AccessToken"] = "unused-in-tests",
    };

    // Hangfire logs through static state: a stopped host's logger factory must never stay behind in it.
    private static void Silence() => GlobalConfiguration.Configuration.UseLogProvider(new SilentLogProvider());

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var remote))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(remote.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class SilentLogProvider : Hangfire.Logging.ILogProvider
    {
        public Hangfire.Logging.ILog GetLogger(string name) => new Silent();

        private sealed class Silent : Hangfire.Logging.ILog
        {
            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
        }
    }
}
