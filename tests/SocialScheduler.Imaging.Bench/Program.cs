using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkiaSharp;
using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Cards;
using SocialScheduler.Core.Partners;
using SocialScheduler.Imaging;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;
using SocialScheduler.Imaging.Partners;
using SocialScheduler.Imaging.Rendering;

// bench run ASSETS CACHE_DIR THREADS [partners] : the whole campaign (or every partner's co-branded cards) through the
//                                      cached renderer, as `render` does.
// bench measure ASSETS               : uncached throughput on 1 and 2 threads, CPU per card (draw, encode).
// bench png ASSETS                   : PNG encoders and settings compared on the same square cards.
// bench floor ASSETS                 : the smallest each card can be encoded to (JPEG at the lowest quality tried), by
//                                      size: the least Accounts:<name>:MaxImageBytes that every card fits under.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var mode = args.ElementAtOrDefault(0) ?? "measure";
var assets = args.ElementAtOrDefault(1) ?? "assets";
var catalog = CampaignCatalogLoader.LoadFromDirectory(Path.Combine(assets, "campaign"));
var partners = args.Contains("partners") ? LoadPartners(assets, catalog) : PartnerCatalog.Empty;
var requests = (
    from p in partners.Ids.Count == 0 ? [null] : partners.Ids.Cast<string?>()
    from s in catalog.Statistics
    from l in catalog.Locales
    from z in CardSize.All
    select new CardRequest(s.Id, l, z.Name, p)).ToList();

if (mode == "run")
{
    var threads = int.Parse(args.ElementAtOrDefault(3) ?? "2", CultureInfo.InvariantCulture);
    using var renderer = Create(assets, catalog, args.ElementAtOrDefault(2));
    var clock = Stopwatch.StartNew();
    Parallel.ForEach(requests, new ParallelOptions { MaxDegreeOfParallelism = threads }, r => renderer.Render(r));
    Console.WriteLine($"rendered {requests.Count} cards on {threads} threads in {clock.ElapsedMilliseconds} ms (in process); peak RSS {PeakMegabytes()} MB");
    return;
}

if (mode == "png")
{
    // Which PNG encoder and settings to use, on the same drawn square cards: Skia's libpng with every filter set and
    // zlib level, then the card encoder (None filter, RGB, the runtime's zlib-ng).
    using var renderer = Create(assets, catalog, null);
    var squares = requests.Where(r => r.Size == "square").Take(12).Select(renderer.DrawUncached).ToList();
    void Measure(string name, Func<SKPixmap, long> encode)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long bytes = 0;
        foreach (var bitmap in squares)
        {
            using var pixmap = bitmap.PeekPixels();
            bytes += encode(pixmap);
        }

        var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / squares.Count;
        Console.WriteLine($"{name,-34}: {ms,5:0.0} ms CPU, {bytes / squares.Count / 1024,4} KiB");
    }

    foreach (var opaque in new[] { false, true })
    {
        foreach (var filter in new[] { SKPngEncoderFilterFlags.None, SKPngEncoderFilterFlags.Sub, SKPngEncoderFilterFlags.Up, SKPngEncoderFilterFlags.AllFilters })
        {
            foreach (var level in new[] { 1, 3, 6 })
            {
                Measure($"Skia {(opaque ? "RGB " : "RGBA")} {filter,-10} zlib {level}", pixmap =>
                {
                    using var source = opaque ? null : new SKPixmap(pixmap.Info.WithAlphaType(SKAlphaType.Premul), pixmap.GetPixels(), pixmap.RowBytes);
                    using var data = (source ?? pixmap).Encode(new SKPngEncoderOptions(filter, level))!;
                    return data.Size;
                });
            }
        }
    }

    foreach (var level in new[] { 1, 3, 6 })
    {
        Measure($"card encoder RGB None zlib-ng {level}", pixmap => PngWriter.Encode(pixmap, level).Length);
    }

    squares.ForEach(b => b.Dispose());
    return;
}

if (mode == "floor")
{
    using var renderer = Create(assets, catalog, null);
    var options = new SKJpegEncoderOptions(CardEncoder.LowestJpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);
    long largest = 0;
    foreach (var size in CardSize.All)
    {
        var sizes = requests.Where(r => r.Size == size.Name).Select(r =>
        {
            using var bitmap = renderer.DrawUncached(r);
            using var data = bitmap.PeekPixels().Encode(options)!;
            return (Request: r, Bytes: data.Size);
        }).ToList();
        var most = sizes.MaxBy(s => s.Bytes);
        largest = Math.Max(largest, most.Bytes);
        Console.WriteLine(
            $"{size.Name,-9} {size.Width}x{size.Height}: JPEG quality {CardEncoder.LowestJpegQuality} {sizes.Min(s => s.Bytes),7:N0} to {most.Bytes,7:N0} bytes (largest: {most.Request.StatisticId}/{most.Request.Locale})");
    }

    Console.WriteLine($"every card fits in {largest:N0} bytes; Accounts:<name>:MaxImageBytes must be at least {AccountOptions.MinImageBytes:N0}");
    return;
}

using (var warm = Create(assets, catalog, null))
{
    // JIT and font caches warm, so the figures are steady-state.
    requests.Take(30).ToList().ForEach(r => warm.RenderUncached(r, ThreadCpu.Milliseconds, out _, out _));
}

foreach (var threads in new[] { 1, 2, 2, 2 })
{
    using var renderer = Create(assets, catalog, null);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    Parallel.ForEach(requests, new ParallelOptions { MaxDegreeOfParallelism = threads }, r => renderer.RenderUncached(r, ThreadCpu.Milliseconds, out _, out _));
    var wall = clock.Elapsed.TotalSeconds;
    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    Console.WriteLine($"{threads} thread(s): {requests.Count / wall:0.0} cards/s, {wall * 1000:0} ms wall, {cpuMs / requests.Count:0.0} ms CPU per card (all sizes); RSS after {RssMegabytes()} MB");
}

using (var renderer = Create(assets, catalog, null))
{
    foreach (var size in CardSize.All)
    {
        var ofSize = requests.Where(r => r.Size == size.Name).ToList();
        double draw = 0, encode = 0, bytes = 0;
        foreach (var request in ofSize)
        {
            bytes += renderer.RenderUncached(request, ThreadCpu.Milliseconds, out var d, out var e).Length;
            (draw, encode) = (draw + d, encode + e);
        }

        var n = ofSize.Count;
        Console.WriteLine(
            $"{size.Name,-9} {size.Width}x{size.Height}: {(draw + encode) / n,5:0.0} ms CPU per card = draw {draw / n:0.0} + PNG encode {encode / n:0.0}; {bytes / n / 1024:0} KiB average");
    }
}

using (var renderer = Create(assets, catalog, null))
{
    // Layout alone (fitting every text box), to tell it apart from painting in the draw figure.
    var squares = requests.Where(r => r.Size == "square").ToList();
    var started = ThreadCpu.Milliseconds();
    foreach (var request in squares)
    {
        renderer.LayoutOnly(request);
    }

    Console.WriteLine($"of which text layout (fitting every box): {(ThreadCpu.Milliseconds() - started) / squares.Count:0.00} ms CPU per square card");
}

Console.WriteLine($"peak RSS {PeakMegabytes()} MB");

SkiaCardRenderer Create(string assets, CampaignCatalog catalog, string? cache)
{
    var options = Options.Create(new ImagingOptions { AssetsPath = assets, CacheDirectory = cache, MemoryCacheEntries = 0 });
    return new SkiaCardRenderer(new CardAssetSource(options, NullLogger<CardAssetSource>.Instance), catalog, new RenderedCardCache(options), partners);
}

static PartnerCatalog LoadPartners(string assets, CampaignCatalog catalog)
{
    var options = Options.Create(new ImagingOptions { AssetsPath = assets, CacheDirectory = null });
    using var source = new CardAssetSource(options, NullLogger<CardAssetSource>.Instance);
    return PartnerCatalogLoader.Load(Path.Combine(assets, "partners"), catalog.Locales, new SkiaPartnerArtCheck(source));
}

static long RssMegabytes()
{
    using var process = Process.GetCurrentProcess();
    return process.WorkingSet64 / (1024 * 1024);
}

static long PeakMegabytes()
{
    using var process = Process.GetCurrentProcess();
    return process.PeakWorkingSet64 / (1024 * 1024);
}
