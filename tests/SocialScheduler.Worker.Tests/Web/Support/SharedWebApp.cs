namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>One running app shared by the tests that need no special configuration; each test makes its own users.</summary>
public sealed class SharedWebApp : IAsyncLifetime
{
    private WebTestHost? _host;

    public WebTestHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => _host = await WebTestHost.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
