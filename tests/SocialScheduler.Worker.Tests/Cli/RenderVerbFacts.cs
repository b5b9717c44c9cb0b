using SkiaSharp;
using SocialScheduler.Worker.Cli;
using SocialScheduler.Worker.Tests.Preview;

namespace SocialScheduler.Worker.Tests.Cli;

public sealed class RenderVerbFacts : IDisposable
{
    private readonly ServiceProvider _services = CardServices.Build();
    private readonly string _out = Directory.CreateTempSubdirectory("render-verb-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private RenderVerb Verb => ActivatorUtilities.CreateInstance<RenderVerb>(_services);

    [Fact]
    public async Task Rendering_one_statistic_writes_every_locale_and_size_a_contact_sheet_and_an_index()
    {
        var code = await Verb.RunAsync(["--out", _out, "--card", "children-online"], _output, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Ok, code);
        var files = Directory.GetFiles(_out).Select(Path.GetFileName).ToHashSet();
        Assert.Equal(6 * 5 + 2, files.Count);
        Assert.Contains("children-online-de-portrait.png", files);
        Assert.Contains("contact-sheet.png", files);
        var index = await File.ReadAllTextAsync(Path.Combine(_out, "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("children-online-nl-link.png", index, StringComparison.Ordinal);
        Assert.Contains("1 von 5 Nutzenden digitaler Dienste in der EU ist ein Kind.", index, StringComparison.Ordinal);
        Assert.Contains("30 cards written", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_combine_to_a_single_card()
    {
        var code = await Verb.RunAsync(["--out", _out, "--card", "growth-2020", "--locale", "fr", "--size", "square"], _output, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["contact-sheet.png", "growth-2020-fr-square.png", "index.html"], Directory.GetFiles(_out).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task An_unknown_locale_is_invalid_input_naming_the_valid_locales()
    {
        var code = await Verb.RunAsync(["--out", _out, "--locale", "pt"], _output, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("Unknown locale 'pt'. Valid locales: en, fr, it, es, de, nl.", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_out));
    }

    [Theory]
    [InlineData(new[] { "--card", "growth-2020" }, "--out DIR is required.")]
    [InlineData(new[] { "--out" }, "--out needs a value.")]
    [InlineData(new[] { "--out", "x", "--colour", "red" }, "unknown argument '--colour'.")]
    public async Task Wrong_arguments_are_wrong_usage_with_the_usage_line(string[] args, string problem)
    {
        var code = await Verb.RunAsync(args, _output, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.Contains($"render: {problem}", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage: render --out DIR", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_a_progress_bar_counts_the_cards_as_they_are_written()
    {
        var verb = Verb;
        verb.IsTerminal = _ => true;

        await verb.RunAsync(["--out", _out, "--card", "growth-2020", "--size", "square"], _output, _error, TestContext.Current.CancellationToken);

        var bar = _output.ToString().Split('\n')[0];
        Assert.Equal(6, bar.Count(c => c == '\r'));
        Assert.EndsWith("\r[##############################] 6/6", bar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Into_a_file_or_a_pipe_no_progress_bar_is_written()
    {
        await Verb.RunAsync(["--out", _out, "--card", "growth-2020", "--size", "square"], _output, _error, TestContext.Current.CancellationToken);

        Assert.DoesNotContain('\r', _output.ToString());
        Assert.StartsWith("6 cards written", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_contact_sheet_has_each_card_in_its_row_of_statistic_and_locale_and_its_column_of_size()
    {
        await Verb.RunAsync(["--out", _out, "--card", "children-online"], _output, _error, TestContext.Current.CancellationToken);

        using var sheet = SKBitmap.Decode(Path.Combine(_out, "contact-sheet.png"));
        // 220 px of row labels, then square, portrait, landscape, wide and link thumbnails 180 px high, 16 px apart.
        Assert.Equal((220 + 180 + 144 + 320 + 320 + 344 + (6 * 16), 40 + (6 * 196) + 16), (sheet.Width, sheet.Height));
        var columns = new[] { ("square", 236, 180), ("portrait", 432, 144), ("landscape", 592, 320), ("wide", 928, 320), ("link", 1264, 344) };
        var locales = new[] { "en", "fr", "it", "es", "de", "nl" };
        for (var row = 0; row < locales.Length; row++)
        {
            foreach (var (size, x, width) in columns)
            {
                var cell = SKRectI.Create(x, 40 + (row * 196), width, 180);
                var own = Difference(sheet, cell, Thumbnail($"children-online-{locales[row]}-{size}.png", width));
                var neighbour = Difference(sheet, cell, Thumbnail($"children-online-{locales[(row + 1) % 6]}-{size}.png", width));
                Assert.True(own < 2 && own < neighbour / 2, $"{locales[row]} {size}: differs by {own:0.00} from its card, {neighbour:0.00} from the next locale's");
            }
        }
    }

    [Fact]
    public async Task Two_runs_without_a_cache_write_the_same_bytes()
    {
        using var other = CardServices.Build();
        var second = Directory.CreateTempSubdirectory("render-verb-").FullName;
        try
        {
            await Verb.RunAsync(["--out", _out, "--card", "public-support"], _output, _error, TestContext.Current.CancellationToken);
            await ActivatorUtilities.CreateInstance<RenderVerb>(other).RunAsync(["--out", second, "--card", "public-support"], _output, _error, TestContext.Current.CancellationToken);

            var files = Directory.GetFiles(_out).Select(Path.GetFileName).Order().ToList();
            Assert.Equal(32, files.Count);
            Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(_out, f!)), File.ReadAllBytes(Path.Combine(second, f!))));
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_run_with_nothing_changed_takes_the_contact_sheet_from_the_cache()
    {
        var cache = Directory.CreateTempSubdirectory("render-cache-").FullName;
        try
        {
            using (var first = CardServices.Build(cache))
            {
                await ActivatorUtilities.CreateInstance<RenderVerb>(first).RunAsync(["--out", _out, "--card", "hosted-europe", "--size", "link"], _output, _error, TestContext.Current.CancellationToken);
            }

            var cached = Assert.Single(Directory.GetFiles(cache, "sheet-*.png"));
            File.WriteAllBytes(cached, File.ReadAllBytes(Path.Combine(_out, "contact-sheet.png"))[..^12]);
            using var second = CardServices.Build(cache);
            await ActivatorUtilities.CreateInstance<RenderVerb>(second).RunAsync(["--out", _out, "--card", "hosted-europe", "--size", "link"], _output, _error, TestContext.Current.CancellationToken);

            // The cached sheet was served as it is (here cut short on purpose), not drawn again.
            Assert.Equal(File.ReadAllBytes(cached), File.ReadAllBytes(Path.Combine(_out, "contact-sheet.png")));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void The_verb_is_registered_with_the_program_verbs()
    {
        var services = new ServiceCollection().AddCliVerbs();

        Assert.Contains(services, d => d.ServiceType == typeof(ICliVerb) && d.ImplementationType == typeof(RenderVerb));
    }

    private SKBitmap Thumbnail(string file, int width)
    {
        using var card = SKBitmap.Decode(Path.Combine(_out, file));
        return card.Resize(new SKImageInfo(width, 180, SKColorType.Rgba8888, SKAlphaType.Opaque), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }

    // Mean absolute difference per channel (0–255) between a cell of the sheet and a thumbnail.
    private static double Difference(SKBitmap sheet, SKRectI cell, SKBitmap thumbnail)
    {
        using (thumbnail)
        {
            long total = 0;
            for (var y = 0; y < cell.Height; y++)
            {
                for (var x = 0; x < cell.Width; x++)
                {
                    var (a, b) = (sheet.GetPixel(cell.Left + x, cell.Top + y), thumbnail.GetPixel(x, y));
                    total += Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
                }
            }

            return total / (3.0 * cell.Width * cell.Height);
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_out, recursive: true);
    }
}
