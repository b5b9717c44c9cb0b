using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Tests.Support;

namespace SocialScheduler.Imaging.Tests;

public sealed class CardCacheFacts : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("imaging-cache-").FullName;
    private readonly AssetsCopy _assets = new();

    [Fact]
    public void A_second_run_with_nothing_changed_serves_every_card_from_the_disk_cache()
    {
        var requests = Renderers.Catalog.Locales.Select(l => new CardRequest("public-support", l, "landscape")).ToList();
        using (var first = Renderers.Create(cacheDirectory: _cache))
        {
            requests.ForEach(r => first.Render(r));
        }

        var files = Directory.GetFiles(_cache).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        using var second = Renderers.Create(cacheDirectory: _cache);
        var cards = requests.Select(r => second.Render(r)).ToList();

        Assert.Equal(6, files.Count);
        Assert.All(cards, c => Assert.True(File.Exists(Path.Combine(_cache, c.ContentHash + ".png"))));
        Assert.Equal(files, Directory.GetFiles(_cache).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void A_changed_statistic_changes_the_hash_of_its_cards_only()
    {
        var changed = Renderers.Catalog.Statistics.Select(s => s.Id != "growth-2020" ? s : s with
        {
            Text = s.Text.ToDictionary(kv => kv.Key, kv => kv.Value with { Source = kv.Value.Source + " (updated)" }),
        });
        var catalog = new CampaignCatalog(Renderers.Catalog.Campaign, Renderers.Catalog.Hashtag, Renderers.Catalog.Brand, Renderers.Catalog.Locales, Renderers.Catalog.SourceLabels, changed);
        using var renderer = Renderers.Create(catalog: catalog);

        var before = Renderers.Catalog.Statistics.ToDictionary(s => s.Id, s => Renderers.Shared.Render(new CardRequest(s.Id, "en", "square")).ContentHash);
        var after = Renderers.Catalog.Statistics.ToDictionary(s => s.Id, s => renderer.Render(new CardRequest(s.Id, "en", "square")).ContentHash);

        Assert.Equal(["growth-2020"], before.Keys.Where(id => before[id] != after[id]));
    }

    [Fact]
    public void With_watch_on_an_edited_theme_is_used_without_a_restart()
    {
        var options = Options.Create(new ImagingOptions { AssetsPath = _assets.Path, Watch = true, CacheDirectory = null });
        using var source = new CardAssetSource(options, NullLogger<CardAssetSource>.Instance);
        var reloaded = new ManualResetEventSlim();
        source.Reloaded += reloaded.Set;
        var before = source.Current.Fingerprint;

        _assets.Edit("brand/theme.json", t => t.Replace("#FFB81C", "#E4002B", StringComparison.Ordinal));

        Assert.True(reloaded.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken), "no reload within 10 s");
        Assert.NotEqual(before, source.Current.Fingerprint);
        Assert.Equal(new SkiaSharp.SKColor(0xE4, 0x00, 0x2B), source.Current.Colors["accent"]);
    }

    [Fact]
    public void A_broken_edit_keeps_the_previous_assets_in_use()
    {
        var options = Options.Create(new ImagingOptions { AssetsPath = _assets.Path, CacheDirectory = null });
        using var source = new CardAssetSource(options, NullLogger<CardAssetSource>.Instance);
        var before = source.Current;

        _assets.Edit("templates/statistic.json", t => t[..^20]);
        source.Reload();

        Assert.Same(before, source.Current);
    }

    public void Dispose()
    {
        Directory.Delete(_cache, recursive: true);
        _assets.Dispose();
    }
}
