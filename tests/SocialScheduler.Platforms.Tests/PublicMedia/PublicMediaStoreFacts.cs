using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Platforms.PublicMedia;

namespace SocialScheduler.Platforms.Tests.PublicMedia;

public sealed class PublicMediaStoreFacts : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("socialscheduler-media-").FullName;
    private readonly PublicMediaStore _store;

    public PublicMediaStoreFacts() =>
        _store = new PublicMediaStore(Options.Create(new PublicMediaOptions { PublicBaseUrl = new Uri("https://social.example.org/base"), Path = _folder }), _time);

    [Fact]
    public async Task A_shared_jpeg_gets_an_unguessable_address_under_media_that_lives_24_hours()
    {
        var link = await _store.ShareAsync(new byte[] { 0xFF, 0xD8, 0xFF }, "image/jpeg", TestContext.Current.CancellationToken);

        Assert.Matches("^https://social.example.org/base/media/[A-Za-z0-9_-]{32}\\.jpg$", link.Url.AbsoluteUri);
        Assert.Equal(_time.GetUtcNow().AddHours(24), link.ExpiresAt);
        var file = _store.TryOpen(link.Url.Segments[^1]);
        Assert.NotNull(file);
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, await File.ReadAllBytesAsync(file.Path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Two_shares_of_the_same_image_get_different_addresses()
    {
        var first = await _store.ShareAsync(new byte[] { 1 }, "image/png", TestContext.Current.CancellationToken);
        var second = await _store.ShareAsync(new byte[] { 1 }, "image/png", TestContext.Current.CancellationToken);

        Assert.NotEqual(first.Url, second.Url);
    }

    [Fact]
    public async Task Once_its_lifetime_is_over_a_rendition_is_not_served_and_its_files_are_gone()
    {
        var link = await _store.ShareAsync(new byte[] { 1, 2 }, "image/jpeg", TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.NotNull(_store.TryOpen(link.Url.Segments[^1]));

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(_store.TryOpen(link.Url.Segments[^1]));
        Assert.Empty(Directory.EnumerateFiles(_folder));
    }

    [Fact]
    public async Task The_sweep_deletes_expired_renditions_nobody_asked_for_and_keeps_live_ones()
    {
        await _store.ShareAsync(new byte[] { 1 }, "image/jpeg", TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromHours(12));
        var live = await _store.ShareAsync(new byte[] { 2 }, "image/jpeg", TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromHours(13));

        Assert.Equal(1, _store.Sweep());

        Assert.Equal([live.Url.Segments[^1], live.Url.Segments[^1] + ".expires"], Directory.EnumerateFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("../socialscheduler.db")]
    [InlineData("abc.jpg")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.jpg.expires")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.txt")]
    public void A_name_that_is_not_a_live_rendition_is_not_served(string name)
    {
        File.WriteAllText(Path.Combine(_folder, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.txt"), "secret");

        Assert.Null(_store.TryOpen(name));
    }

    [Fact]
    public async Task A_type_that_is_not_served_is_refused_before_anything_is_written()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.ShareAsync(new byte[] { 1 }, "text/html", TestContext.Current.CancellationToken));

        Assert.StartsWith("'text/html' is not served publicly: use image/jpeg or image/png.", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
