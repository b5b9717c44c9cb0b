using System.Security.Cryptography;
using System.Text;
using SkiaSharp;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;
using SocialScheduler.Imaging.Rendering;
using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging;

/// <summary>One thumbnail of a contact sheet: its row and column labels, the encoded card and its content hash.</summary>
public sealed record ContactSheetEntry(string Row, string Column, ReadOnlyMemory<byte> Image, string ContentHash);

/// <summary>
/// Lays rendered cards out as a grid of thumbnails (one row per statistic and locale, one column per size) so a
/// designer sees a whole statistic at a glance.
/// </summary>
public sealed class ContactSheet
{
    private const int ThumbnailHeight = 180;
    private const int Gap = 16;
    private const int LabelWidth = 220;
    private const int HeaderHeight = 40;

    private readonly CardAssetSource _assets;
    private readonly RenderedCardCache _cache;

    internal ContactSheet(CardAssetSource assets, RenderedCardCache cache)
    {
        _assets = assets;
        _cache = cache;
    }

    /// <summary>The sheet as PNG; cached under a hash of its cards, so an unchanged set is not composed again.</summary>
    public byte[] Compose(IReadOnlyList<ContactSheetEntry> entries)
    {
        var key = "sheet-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', entries.Select(e => $"{e.Row}\t{e.Column}\t{e.ContentHash}")))))[..32];
        if (_cache.TryGet(key, out var cached))
        {
            return cached;
        }

        var sheet = Draw(entries);
        _cache.Add(key, sheet);
        return sheet;
    }

    private byte[] Draw(IReadOnlyList<ContactSheetEntry> entries)
    {
        var rows = entries.Select(e => e.Row).Distinct().ToList();
        var columns = entries.Select(e => e.Column).Distinct().ToList();
        using var images = new DisposableList<SKImage>(entries.AsParallel().AsOrdered().Select(e => SKImage.FromEncodedData(e.Image.Span)));
        var columnWidths = columns.Select(c => entries.Zip(images.Items)
            .Where(p => p.First.Column == c).Max(p => ThumbnailWidth(p.Second))).ToList();
        var width = LabelWidth + columnWidths.Sum() + (Gap * (columns.Count + 1));
        var height = HeaderHeight + (rows.Count * (ThumbnailHeight + Gap)) + Gap;

        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var label = new Labels(canvas, _assets.Current.Fonts.Values.First());
        var x = LabelWidth + Gap;
        for (var c = 0; c < columns.Count; x += columnWidths[c] + Gap, c++)
        {
            label.Draw(columns[c], x, HeaderHeight - 12);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var y = HeaderHeight + (r * (ThumbnailHeight + Gap));
            label.Draw(rows[r], Gap, y + (ThumbnailHeight / 2f));
            x = LabelWidth + Gap;
            for (var c = 0; c < columns.Count; x += columnWidths[c] + Gap, c++)
            {
                var index = FindIndex(entries, rows[r], columns[c]);
                if (index >= 0)
                {
                    var image = images.Items[index];
                    var rect = SKRect.Create(x, y, ThumbnailWidth(image), ThumbnailHeight);
                    canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
                }
            }
        }

        using var pixels = bitmap.PeekPixels();
        return CardEncoder.EncodePng(pixels);
    }

    private static int FindIndex(IReadOnlyList<ContactSheetEntry> entries, string row, string column)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Row == row && entries[i].Column == column)
            {
                return i;
            }
        }

        return -1;
    }

    private static int ThumbnailWidth(SKImage image) => (int)Math.Round(image.Width * (double)ThumbnailHeight / image.Height);

    private sealed class Labels(SKCanvas canvas, FontFace face) : IDisposable
    {
        private readonly SKPaint _paint = new() { IsAntialias = true, Color = new SKColor(0x33, 0x33, 0x33) };
        private readonly SKFont _font = new(face.Typeface, 18) { Subpixel = true, Hinting = SKFontHinting.None };

        public void Draw(string text, float x, float baseline) =>
            canvas.DrawText(text, x, baseline, SKTextAlign.Left, _font, _paint);

        public void Dispose()
        {
            _paint.Dispose();
            _font.Dispose();
        }
    }

    private sealed class DisposableList<T>(IEnumerable<T?> items) : IDisposable
        where T : class, IDisposable
    {
        public List<T> Items { get; } = items.Select(i => i ?? throw new InvalidDataException("A card is not a decodable image.")).ToList();

        public void Dispose() => Items.ForEach(i => i.Dispose());
    }
}
