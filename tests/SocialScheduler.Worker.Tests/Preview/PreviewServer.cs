using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialScheduler.Imaging;
using SocialScheduler.Testing;
using SocialScheduler.Worker.Web.Preview;

namespace SocialScheduler.Worker.Tests.Preview;

/// <summary>
/// The preview endpoints on a real Kestrel server on loopback, with an authentication scheme that signs in whoever
/// sends <c>X-User</c> and refuses everyone else with 401.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, HttpClient anonymous, HttpClient designer)
    {
        _app = app;
        Anonymous = anonymous;
        Designer = designer;
    }

    public HttpClient Anonymous { get; }

    public HttpClient Designer { get; }

    public static async Task<PreviewServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Imaging:AssetsPath"] = RepoPaths.Assets;
        builder.Configuration["Imaging:CacheDirectory"] = "";
        builder.Configuration["Campaign:Path"] = RepoPaths.Campaign;
        builder.Services.AddCardRendering(builder.Configuration);
        builder.Services.AddAuthentication(HeaderUser.Name).AddScheme<AuthenticationSchemeOptions, HeaderUser>(HeaderUser.Name, null);
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCardPreview();
        await app.StartAsync();

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var designer = new HttpClient { BaseAddress = address };
        designer.DefaultRequestHeaders.Add("X-User", "designer");
        return new PreviewServer(app, new HttpClient { BaseAddress = address }, designer);
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Designer.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class HeaderUser(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "Header";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue("X-User", out var user))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
        }
    }
}
