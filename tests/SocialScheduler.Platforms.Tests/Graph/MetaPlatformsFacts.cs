using Microsoft.Extensions.DependencyInjection;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.PublicMedia;
using SocialScheduler.Platforms.Tests.Fakes.Facebook;
using SocialScheduler.Platforms.Tests.Fakes.Meta;
using SocialScheduler.Platforms.Tests.Support;

namespace SocialScheduler.Platforms.Tests.Graph;

/// <summary>One service with a Facebook Page, an Instagram account and a Threads profile, as the campaign runs it.</summary>
public sealed class MetaPlatformsFacts : IAsyncLifetime
{
    private const string UserId = "17841400008460056";
    private readonly string _mediaFolder = Directory.CreateTempSubdirectory("ss-public-media-").FullName;
    private readonly FacebookFake _facebook = new("v25.0", "104328541234567", "page-token");
    private readonly ContainerFake _instagram = new(ContainerFlavour.Instagram, "v25.0", UserId, "ig-token");
    private readonly ContainerFake _threads = new(ContainerFlavour.Threads, "v1.0", UserId, "threads-token");
    private readonly PublicMediaServer _media = new();

    public async ValueTask InitializeAsync()
    {
        await Task.WhenAll(_facebook.StartAsync(), _instagram.StartAsync(), _threads.StartAsync(), _media.StartAsync());
    }

    [Fact]
    public async Task A_card_post_in_six_locales_reaches_the_page_the_instagram_account_and_the_threads_profile_once_each()
    {
        using var provider = Services.Build(new Dictionary<string, string?>
        {
            ["Media:PublicBaseUrl"] = _media.BaseUrl.ToString(),
            ["Media:Path"] = _mediaFolder,
            ["Accounts:page:Platform"] = "Facebook", ["Accounts:page:PageId"] = "104328541234567", ["Accounts:page:AccessToken"] = "page-token",
            ["Accounts:page:BaseUrl"] = _facebook.BaseUrl.ToString(), ["Accounts:page:Timeout"] = "00:00:10",
            ["Accounts:ig:Platform"] = "Instagram", ["Accounts:ig:UserId"] = UserId, ["Accounts:ig:AccessToken"] = "ig-token",
            ["Accounts:ig:BaseUrl"] = _instagram.BaseUrl.ToString(), ["Accounts:ig:ContainerPoll"] = "00:00:00.010", ["Accounts:ig:Timeout"] = "00:00:10",
            ["Accounts:threads:Platform"] = "Threads", ["Accounts:threads:UserId"] = UserId, ["Accounts:threads:AccessToken"] = "threads-token",
            ["Accounts:threads:BaseUrl"] = _threads.BaseUrl.ToString(), ["Accounts:threads:ContainerPoll"] = "00:00:00.010", ["Accounts:threads:Timeout"] = "00:00:10",
        });
        provider.ValidateOnStart();
        _media.Store = provider.GetRequiredService<PublicMediaStore>();
        var publishers = provider.GetRequiredService<IPublisherResolver>();

        var results = new List<PublishResult>();
        foreach (var locale in Some.Locales)
        {
            foreach (var account in new[] { "page", "ig", "threads" })
            {
                var request = Some.Post(account, locale);
                // The renderer draws Instagram's card as JPEG, the only type Instagram takes.
                request = account == "ig" ? TestJpeg.AsJpeg(request) : request;
                results.Add(await publishers.ForAccount(account).PublishAsync(request, TestContext.Current.CancellationToken));
            }
        }

        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        Assert.Equal(Some.Texts.Values.Order(), _facebook.Posts.Select(p => p.Message).Order());
        foreach (var fake in new[] { _instagram, _threads })
        {
            Assert.Equal(Some.Texts.Values.Order(), fake.Posts.Select(p => p.Text).Order());
            Assert.Equal(6, fake.Containers.Count);
            Assert.All(fake.Posts, p => Assert.Contains(Some.Hashtag, p.Text, StringComparison.Ordinal));
            Assert.Equal(Some.Locales.Select(Some.AltText).Order(), fake.Posts.Select(p => p.AltText!).Order());
        }

        Assert.All(_instagram.Posts, p => Assert.Equal("image/jpeg", p.ImageType));
        Assert.All(_threads.Posts, p => Assert.Equal("image/png", p.ImageType));
        Assert.Equal(12, _media.Received.Count(r => r.StartsWith("GET /media/", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await _facebook.DisposeAsync();
        await _instagram.DisposeAsync();
        await _threads.DisposeAsync();
        await _media.DisposeAsync();
        Directory.Delete(_mediaFolder, recursive: true);
    }
}
