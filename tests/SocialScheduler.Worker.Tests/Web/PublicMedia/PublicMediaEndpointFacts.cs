using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Media;
using SocialScheduler.Platforms.PublicMedia;
using SocialScheduler.Worker.Tests.Web.Support;

namespace SocialScheduler.Worker.Tests.Web.PublicMedia;

/// <summary>What Meta's crawler sees at <c>/media/</c>: the card, for anyone, with no cookie and no redirect, until its lifetime is over.</summary>
public sealed class PublicMediaEndpointFacts : IAsyncLifetime
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, 0xFF, 0xD9];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private WebTestHost _host = null!;

    public async ValueTask InitializeAsync() =>
        _host = await WebTestHost.StartAsync(
            new Dictionary<string, string?> { ["Media:PublicBaseUrl"] = "http://127.0.0.1:1/" },
            services: services => services.AddSingleton(sp => new PublicMediaStore(sp.GetRequiredService<IOptions<PublicMediaOptions>>(), _time)));

    [Fact]
    public async Task A_shared_card_is_served_to_an_anonymous_caller_with_its_type_and_length_and_no_cookie()
    {
        var link = await _host.Services.GetRequiredService<IPublicMedia>().ShareAsync(Jpeg, "image/jpeg", TestContext.Current.CancellationToken);
        using var client = Crawler();

        using var response = await client.GetAsync(link.Url.PathAndQuery, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Jpeg.Length, response.Content.Headers.ContentLength);
        Assert.Equal(Jpeg, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task A_cache_in_front_is_never_told_to_keep_a_card_past_its_lifetime()
    {
        var link = await _host.Services.GetRequiredService<IPublicMedia>().ShareAsync(Jpeg, "image/jpeg", TestContext.Current.CancellationToken);
        using var client = Crawler();
        _time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(10));

        using var response = await client.GetAsync(link.Url.PathAndQuery, TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromMinutes(10), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task After_its_lifetime_the_card_answers_a_bare_404_and_its_file_is_deleted()
    {
        var link = await _host.Services.GetRequiredService<IPublicMedia>().ShareAsync(Jpeg, "image/jpeg", TestContext.Current.CancellationToken);
        var folder = _host.Services.GetRequiredService<IOptions<PublicMediaOptions>>().Value.Path;
        using var client = Crawler();

        _time.Advance(TimeSpan.FromHours(24));
        using var response = await client.GetAsync(link.Url.PathAndQuery, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.False(File.Exists(Path.Combine(folder, link.Url.Segments[^1])));
    }

    [Theory]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.jpg")]
    [InlineData("/media/..%2Fsocialscheduler.db")]
    [InlineData("/media/socialscheduler.db")]
    public async Task Any_other_name_under_media_is_a_bare_404(string path)
    {
        using var client = Crawler();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    // Meta's crawler: no cookie container, and a redirect is not followed.
    private HttpClient Crawler() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _host.BaseAddress };
}
