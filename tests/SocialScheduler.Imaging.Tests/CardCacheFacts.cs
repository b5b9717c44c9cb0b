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
        var catalog = new CampaignCatalog(Renderers.Catalog.Campaign, Renderers.Catalog.Hashtag, Renderers.Catalog.Brand, Renderers.Catalog.Locales, Renderers.Catalog.SourceLabels, changed, Renderers.Catalog.BrandLabels);
        using var renderer = Renderers.Create(catalog: catalog);

        var before = Renderers.Catalog.Statistics.ToDictionary(s => s.Id, s => Renderers.Shared.Render(new CardRequest(s.Id, "en", "square")).ContentHash);
        var after = Renderers.Catalog.Statistics.ToDictionary(s => s.Id, s => renderer.Render(new CardRequest(s.Id, "en", "square")).ContentHash);

        Assert.Equal(["growth-2020"], before.Keys.Where(id => before[id] != after[id]));
    }

    [Fact]
    public void After_one_number_changes_in_the_campaign_file_the_next_run_draws_only_the_cards_showing_it()
    {
        var requests = (
            from statistic in Renderers.Catalog.Statistics
            from locale in Renderers.Catalog.Locales
            from size in new[] { "landscape", "link" }
            select new CardRequest(statistic.Id, locale, size)).ToList();
        using (var first = Renderers.Create(_assets.Path, CampaignCatalogLoader.LoadFromDirectory(_assets.File("campaign")), _cache))
        {
            requests.ForEach(r => first.Render(r));
        }

        var before = Directory.GetFiles(_cache).ToHashSet();
        _assets.Edit("campaign/statistics.json", t => t.Replace("\"number\": \"85\u00A0million\"", "\"number\": \"86\u00A0million\"", StringComparison.Ordinal));
        using var second = Renderers.Create(_assets.Path, CampaignCatalogLoader.LoadFromDirectory(_assets.File("campaign")), _cache);
        var cards = requests.ToDictionary(r => r, second.Render);

        var drawn = Directory.GetFiles(_cache).Except(before).Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(
            new[] { "landscape", "link" }.Select(size => cards[new CardRequest("reports-2021", "en", size)].ContentHash).Order(),
            drawn);
    }

    [Fact]
    public void With_watch_on_an_edited_template_changes_the_next_card_without_a_restart()
    {
        var options = Options.Create(new ImagingOptions { AssetsPath = _assets.Path, Watch = true, CacheDirectory = null, MemoryCacheEntries = 0 });
        using var source = new CardAssetSource(options, NullLogger<CardAssetSource>.Instance);
        using var renderer = new SkiaCardRenderer(source, Renderers.Catalog, new Caching.RenderedCardCache(options));
        var request = new CardRequest("reports-2021", "en", "square");
        var before = renderer.Render(request);
        var reloaded = new ManualResetEventSlim();
        source.Reloaded += reloaded.Set;

        // The accent bar under the square card's number doubles in length.
        _assets.Edit("templates/statistic.json", t => t.Replace("\"width\": 160,", "\"width\": 320,", StringComparison.Ordinal));

        Assert.True(reloaded.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken), "no reload within 10 s");
        var after = renderer.Render(request);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
        using var oldCard = Png.Decode(before.Content);
        using var newCard = Png.Decode(after.Content);
        var accent = new SkiaSharp.SKColor(0xFF, 0xB8, 0x1C);
        Assert.Equal(accent, oldCard.GetPixel(150, 474));
        Assert.NotEqual(accent, oldCard.GetPixel(300, 474));
        Assert.Equal(accent, newCard.GetPixel(300, 474));
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
