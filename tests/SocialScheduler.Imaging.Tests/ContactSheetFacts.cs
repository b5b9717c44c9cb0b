using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkiaSharp;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;
using SocialScheduler.Imaging.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Imaging.Tests;

/// <summary>The contact sheet of a run and the cache entry it leaves behind, when the assets change mid-run.</summary>
public sealed class ContactSheetFacts : IDisposable
{
    private static readonly CardRequest[] Requests =
    [
        new("reports-2021", "en", "square"),
        new("reports-2021", "fr", "square"),
        new("growth-2020", "en", "link"),
    ];

    private readonly AssetsCopy _assets = new();
    private readonly string _cache = Directory.CreateTempSubdirectory("imaging-sheet-cache-").FullName;

    [Fact]
    public void A_reload_between_resolving_and_drawing_gives_the_cards_and_sheet_of_the_assets_resolved()
    {
        using var run = new Run(_assets.Path, _cache);
        var resolved = run.Renderer.Resolve(Requests);

        // A designer's edit lands after the cards were resolved (and the sheet keyed) and before they are drawn.
        _assets.Edit("brand/theme.json", t => t.Replace("#FFB81C", "#E4002B", StringComparison.Ordinal));
        run.Source.Reload();
        Assert.NotEqual(resolved[0].Assets.Fingerprint, run.Source.Current.Fingerprint);
        var (cards, sheet) = run.Draw(resolved);

        using var untouched = new Run(RepoPaths.Assets, cacheDirectory: null);
        var (expectedCards, expectedSheet) = untouched.Draw(untouched.Renderer.Resolve(Requests));
        Assert.Equal(resolved.Select(r => r.ContentHash), cards.Select(c => c.ContentHash));
        Assert.All(Enumerable.Range(0, cards.Count), i => Assert.Equal(expectedCards[i].Content.ToArray(), cards[i].Content.ToArray()));
        Assert.Equal(expectedSheet, sheet);
        using var square = Png.Decode(cards[0].Content);
        Assert.Equal(new SKColor(0xFF, 0xB8, 0x1C), square.GetPixel(150, 474));
    }

    [Fact]
    public void The_sheet_is_cached_under_the_hashes_of_the_cards_drawn_into_it_and_a_reload_draws_a_new_one()
    {
        using var run = new Run(_assets.Path, _cache);
        var resolved = run.Renderer.Resolve(Requests);
        _assets.Edit("brand/theme.json", t => t.Replace("#FFB81C", "#E4002B", StringComparison.Ordinal));
        run.Source.Reload();
        var (cards, sheet) = run.Draw(resolved);

        // The cells of the cards as drawn find that sheet; the cells of the reloaded assets do not.
        Assert.True(run.Sheet.TryGetCached(Cells(resolved), out var cached));
        Assert.Equal(sheet, cached);
        Assert.False(run.Sheet.TryGetCached(Cells(run.Renderer.Resolve(Requests)), out _));

        var (_, reloadedSheet) = run.Draw(run.Renderer.Resolve(Requests));
        Assert.NotEqual(sheet, reloadedSheet);
        Assert.Equal(2, Directory.GetFiles(_cache, "sheet-*.png").Length);
        Assert.All(cards, c => Assert.True(File.Exists(Path.Combine(_cache, c.ContentHash + ".png"))));
    }

    [Fact]
    public void A_sheet_with_a_cell_left_empty_is_not_cached_so_the_next_run_draws_it_again()
    {
        using var run = new Run(_assets.Path, _cache);
        var resolved = run.Renderer.Resolve(Requests);
        var cells = Cells(resolved);

        using (var draft = run.Sheet.Draft(cells))
        {
            // The third card failed: its cell stays white.
            draft.Place(0, run.Renderer.Render(resolved[0], drawn: null).Content.Span);
            draft.Place(1, run.Renderer.Render(resolved[1], drawn: null).Content.Span);
            draft.Finish();
        }

        Assert.False(run.Sheet.TryGetCached(cells, out _));
        var (_, complete) = run.Draw(resolved);
        Assert.True(run.Sheet.TryGetCached(cells, out var cached));
        Assert.Equal(complete, cached);
    }

    private static List<ContactSheetCell> Cells(IReadOnlyList<ResolvedCard> cards) =>
        [.. cards.Select(c => new ContactSheetCell($"{c.Request.StatisticId} {c.Request.Locale}", c.Request.Size, c))];

    public void Dispose()
    {
        _assets.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    /// <summary>A renderer and contact sheet over one assets folder, drawing as the <c>render</c> verb does.</summary>
    private sealed class Run : IDisposable
    {
        public Run(string assetsPath, string? cacheDirectory)
        {
            var options = Options.Create(new ImagingOptions { AssetsPath = assetsPath, CacheDirectory = cacheDirectory, MemoryCacheEntries = 0 });
            Source = new CardAssetSource(options, NullLogger<CardAssetSource>.Instance);
            var cache = new RenderedCardCache(options);
            Renderer = new SkiaCardRenderer(Source, Renderers.Catalog, cache);
            Sheet = new ContactSheet(Source, cache);
        }

        public CardAssetSource Source { get; }

        public SkiaCardRenderer Renderer { get; }

        public ContactSheet Sheet { get; }

        /// <summary>Draws every card and the sheet, even when the same sheet is cached.</summary>
        public (List<RenderedCard> Cards, byte[] Sheet) Draw(IReadOnlyList<ResolvedCard> resolved)
        {
            using var draft = Sheet.Draft(Cells(resolved));
            var cards = resolved.Select((card, i) =>
            {
                var placed = false;
                var rendered = Renderer.Render(card, pixels =>
                {
                    draft.Place(i, pixels);
                    placed = true;
                });
                if (!placed)
                {
                    draft.Place(i, rendered.Content.Span);
                }

                return rendered;
            }).ToList();
            return (cards, draft.Finish());
        }

        public void Dispose()
        {
            Renderer.Dispose();
            Source.Dispose();
        }
    }
}
