using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;
using SocialScheduler.Worker.Web.Preview;

namespace SocialScheduler.Worker.Tests.Preview;

public sealed class CardPreviewPartnerFacts : IAsyncLifetime
{
    private PreviewServer _server = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await PreviewServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_partners_card_is_the_campaign_card_with_the_partners_plate()
    {
        var campaign = await _server.Designer.GetByteArrayAsync("/preview/reports-2021/en/square.png", Cancel);
        var partner = await _server.Designer.GetByteArrayAsync("/preview/reports-2021/en/square.png?partner=missing-children-europe", Cancel);

        using var plain = SKBitmap.Decode(campaign);
        using var coBranded = SKBitmap.Decode(partner);
        Assert.Equal(new SKColor(0xD1, 0x00, 0x3F), coBranded.GetPixel(990, 140));
        Assert.NotEqual(plain.GetPixel(990, 140), coBranded.GetPixel(990, 140));
        // Below the top row the two cards are alike: the statistic, its source and the hashtag stay as they are.
        Assert.Equal(plain.GetPixel(100, 1020), coBranded.GetPixel(100, 1020));
    }

    [Fact]
    public async Task An_unknown_partner_is_a_404_problem_naming_the_partners()
    {
        using var response = await _server.Designer.GetAsync("/preview/reports-2021/en/square.png?partner=unicef", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("partner", problem.RootElement.GetProperty("field").GetString());
        Assert.Contains("ncmec", problem.RootElement.GetProperty("valid").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task The_grid_of_every_partner_lists_each_partners_cards_with_their_urls()
    {
        var grid = await _server.Designer.GetFromJsonAsync<List<CardPreview>>("/preview/cards.json?partner=all", Cancel);

        Assert.Equal(14 * 6 * 6 * 5, grid!.Count);
        var cell = Assert.Single(grid, c => c is { Partner: "thorn", Card: "children-online", Locale: "it", Size: "link" });
        Assert.Equal("/preview/children-online/it/link.png?partner=thorn", cell.Url);
    }

    [Fact]
    public async Task A_partners_description_and_zip_are_its_own()
    {
        var description = await _server.Designer.GetFromJsonAsync<CardDescription>("/preview/growth-2020/de/wide.json?partner=iwf", Cancel);
        var bytes = await _server.Designer.GetByteArrayAsync("/preview/growth-2020.zip?partner=iwf", Cancel);

        Assert.True(description!.Fits);
        Assert.Equal("iwf", description.Partner);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Contains(zip.Entries, e => e.Name == "iwf-growth-2020-de-wide.png");
        Assert.Equal(30, zip.Entries.Count(e => e.Name.EndsWith(".png", StringComparison.Ordinal)));
    }
}
