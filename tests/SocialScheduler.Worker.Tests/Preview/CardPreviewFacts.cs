using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialScheduler.Worker.Web.Preview;

namespace SocialScheduler.Worker.Tests.Preview;

public sealed class CardPreviewFacts : IAsyncLifetime
{
    private PreviewServer _server = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await PreviewServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/preview/cards.json")]
    [InlineData("/preview/reports-2021/de/landscape.png")]
    [InlineData("/preview/reports-2021.zip")]
    public async Task Anonymous_visitors_see_no_preview(string path)
    {
        using var response = await _server.Anonymous.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_designer_gets_the_live_card_as_a_png_of_its_size()
    {
        using var response = await _server.Designer.GetAsync("/preview/reports-2021/de/portrait.png", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal((1080, 1350), (ReadInt(bytes, 16), ReadInt(bytes, 20)));
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task An_unchanged_card_is_not_sent_again()
    {
        using var first = await _server.Designer.GetAsync("/preview/growth-2020/fr/square.png", Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/preview/growth-2020/fr/square.png");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _server.Designer.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/preview/reports-2022/de/landscape.png", "card", "reports-2021")]
    [InlineData("/preview/reports-2021/pt/landscape.png", "locale", "nl")]
    [InlineData("/preview/reports-2021/de/huge.png", "size", "link")]
    [InlineData("/preview/nothing.zip", "card", "public-support")]
    public async Task An_unknown_card_locale_or_size_is_a_404_problem_naming_the_valid_values(string path, string field, string aValidValue)
    {
        using var response = await _server.Designer.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(field, problem.RootElement.GetProperty("field").GetString());
        Assert.Contains(aValidValue, problem.RootElement.GetProperty("valid").EnumerateArray().Select(v => v.GetString()));
        Assert.StartsWith($"Unknown {field} '", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_grid_lists_every_card_with_its_url_and_alt_text()
    {
        var grid = await _server.Designer.GetFromJsonAsync<List<CardPreview>>("/preview/cards.json", Cancel);

        Assert.Equal(6 * 6 * 5, grid!.Count);
        var cell = Assert.Single(grid, c => c is { Card: "children-online", Locale: "it", Size: "link" });
        Assert.Equal("/preview/children-online/it/link.png", cell.Url);
        Assert.Equal((1200, 627), (cell.Width, cell.Height));
        Assert.Equal("1 su 5 utenti di servizi digitali nell’UE è un bambino. Fonte: 5Rights Foundation, The Digital Services Act must deliver for children, 2022.", cell.AltText);
    }

    [Fact]
    public async Task The_zip_holds_every_image_of_the_statistic_and_their_alt_texts()
    {
        var bytes = await _server.Designer.GetByteArrayAsync("/preview/hosted-europe.zip", Cancel);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(30, zip.Entries.Count(e => e.Name.EndsWith(".png", StringComparison.Ordinal)));
        Assert.Contains(zip.Entries, e => e.Name == "hosted-europe-es-wide.png");
        Assert.Contains(zip.Entries, e => e.Name == "alt-text.tsv");
    }

    [Fact]
    public async Task Trying_a_caption_returns_a_different_image_and_leaves_the_stored_card_alone()
    {
        var before = await _server.Designer.GetByteArrayAsync("/preview/reports-2021/en/landscape.png", Cancel);

        using var tried = await _server.Designer.PostAsJsonAsync("/preview/reports-2021/en/landscape.png", new CaptionTrial("reports in one year"), Cancel);
        var after = await _server.Designer.GetByteArrayAsync("/preview/reports-2021/en/landscape.png", Cancel);
        var viaQuery = await _server.Designer.GetByteArrayAsync("/preview/reports-2021/en/landscape.png?caption=reports%20in%20one%20year", Cancel);

        Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
        var triedBytes = await tried.Content.ReadAsByteArrayAsync(Cancel);
        Assert.NotEqual(before, triedBytes);
        Assert.Equal(triedBytes, viaQuery);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_caption_that_cannot_fit_is_described_with_its_problem_and_refused_as_an_image()
    {
        var caption = Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("a caption far too long for any card", 12)));

        var description = await _server.Designer.GetFromJsonAsync<CardDescription>($"/preview/reports-2021/en/landscape.json?caption={caption}", Cancel);
        using var image = await _server.Designer.GetAsync($"/preview/reports-2021/en/landscape.png?caption={caption}", Cancel);

        Assert.False(description!.Fits);
        Assert.Contains(description.Problems, p => p.Contains("caption: the text needs", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, image.StatusCode);
    }

    private static int ReadInt(byte[] png, int offset) =>
        (png[offset] << 24) | (png[offset + 1] << 16) | (png[offset + 2] << 8) | png[offset + 3];
}
