using System.Net;
using Hangfire;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Schedules;
using SocialScheduler.Imaging;
using SocialScheduler.Jobs;
using SocialScheduler.Platforms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Web;
using SocialScheduler.Worker.Web.Auth;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>
/// The web app as the service runs it — the same <c>AddWebApp</c>/<c>UseWebApp</c>/<c>MapWebApp</c> calls, Kestrel
/// on a free loopback port, a real SQLite file in a fresh folder — with one test-only addition: the header
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

    public IServiceProvider Services => _app.Services;

    public static async Task<WebTestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        TextWriter? console = null,
        string? folder = null,
        TimeProvider? time = null)
    {
        folder ??= Directory.CreateTempSubdirectory("socialscheduler-web-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebAppServiceCollectionExtensions).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(RepoPaths.Root, "src", "SocialScheduler.Worker"),
            EnvironmentName = "Test",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
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
            ["DataProtection:KeysPath"] = Path.Combine(folder, "keys"),
            ["Accounts:outbox:Platform"] = "Outbox",
            ["Accounts:outbox-eu:Platform"] = "Outbox",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (console is not null)
        {
            builder.Services.AddSingleton(new BootstrapConsole { Out = console });
        }

        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        // The service's own registrations, as the composition root makes them.
        var services = builder.Services;
        services.AddAccounts(builder.Configuration);
        services.AddSchedules(builder.Configuration);
        services.AddCardRendering(builder.Configuration);
        services.AddPlatformPublishers(builder.Configuration);
        services.AddPublishingPipeline(builder.Configuration);
        builder.AddWebApp();

        // Hangfire keeps its logger in static state: one host's disposed logger factory would break every later host.
        var hangfire = services.Last(d => d.ServiceType == typeof(IGlobalConfiguration));
        services.Remove(hangfire);
        services.AddSingleton<IGlobalConfiguration>(provider =>
            ((IGlobalConfiguration)hangfire.ImplementationFactory!(provider)).UseLogProvider(new SilentLogProvider()));

        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var remote))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(remote.ToString());
            }

            return next(context);
        });
        app.UseWebApp();
        app.MapWebApp();
        await app.StartAsync(TestContext.Current.CancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new WebTestHost(app, folder, new Uri(address));
    }

    /// <summary>A user of <paramref name="role"/> with <see cref="UserPassword"/>, ready to sign in.</summary>
    public async Task<string> CreateUserAsync(string role, string? userName = null)
    {
        userName ??= role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var user = new WebUser { UserName = userName };
        Assert.True((await users.CreateAsync(user, UserPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return userName;
    }

    private sealed class SilentLogProvider : Hangfire.Logging.ILogProvider
    {
        public Hangfire.Logging.ILog GetLogger(string name) => new Silent();

        private sealed class Silent : Hangfire.Logging.ILog
        {
            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
