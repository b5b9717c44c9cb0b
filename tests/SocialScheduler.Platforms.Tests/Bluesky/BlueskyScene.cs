using SocialScheduler.Platforms.Tests.Fakes.Bluesky;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Bluesky;

/// <summary>A fresh account on the real PDS, reached through a fault proxy, with its own token folder and key ring.</summary>
public sealed class BlueskyScene : IAsyncDisposable
{
    private BlueskyScene(PdsAccount account, PdsFaultProxy proxy, string folder)
    {
        Account = account;
        Proxy = proxy;
        Folder = folder;
    }

    public PdsAccount Account { get; }

    public PdsFaultProxy Proxy { get; }

    public string Folder { get; }

    public string TokensPath => Path.Combine(Folder, "tokens");

    public static async Task<BlueskyScene> StartAsync()
    {
        var pds = TestPds.Url;
        var account = await TestPds.CreateAccountAsync(TestContext.Current.CancellationToken);
        var proxy = new PdsFaultProxy(pds);
        await proxy.StartAsync();
        return new BlueskyScene(account, proxy, Directory.CreateTempSubdirectory("bluesky-").FullName);
    }

    public PlatformHarness Harness(string? appPassword = null, Uri? baseUrl = null) => new("bsky", new Dictionary<string, string?>
    {
        ["Platform"] = "Bluesky",
        ["BaseUrl"] = (baseUrl ?? Proxy.BaseUrl).ToString(),
        ["Identifier"] = Account.Handle,
        ["AppPassword"] = appPassword ?? Account.AppPassword,
    }, configure: null, extra: new Dictionary<string, string?>
    {
        ["Tokens:Path"] = TokensPath,
        ["DataProtection:KeysPath"] = Path.Combine(Folder, "keys"),
    });

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
