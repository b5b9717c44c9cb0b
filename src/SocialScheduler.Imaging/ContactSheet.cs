using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using SkiaSharp;
using SocialScheduler.Core.Cards;
using SocialScheduler.Imaging.Assets;
using SocialScheduler.Imaging.Caching;
using SocialScheduler.Imaging.Rendering;
using SocialScheduler.Imaging.Text;

namespace SocialScheduler.Imaging;

/// <summary>
/// One place on a contact sheet: its row and column labels and its card as resolved for drawing, so the hash the sheet
/// is cached under is the hash of the card drawn into it.
/// </summary>
public sealed record ContactSheetCell(string Row, string Column, ResolvedCard Card);

/// <summary>
/// Lays rendered cards out as a grid of thumbnails (one row per statistic and locale, one column per size) so a
/// designer sees a whole statistic at a glance.
/// </summary>
public sealed class ContactSheet
{
    internal const int ThumbnailHeight = 180;
    internal const int Gap = 16;
    internal const int HeaderHeight = 40;
    private const int LabelWidth = 220;

    private readonly CardAssetSource _assets;
    private readonly RenderedCardCache _cache;

    internal ContactSheet(CardAssetSource assets, RenderedCardCache cache)
    {
        _assets = assets;
        _cache = cache;
    }

    /// <summary>
    /// The sheet of <paramref name="cells"/> when an identical one was made before (same labels, same card hashes):
    /// then nothing needs drawing.
    /// </summary>
    public bool TryGetCached(IReadOnlyList<ContactSheetCell> cells, [NotNullWhen(true)] out byte[]? sheet)
    {
        if (_cache.TryGet(Key(cells), out var cached))
        {
            sheet = cached;
            return true;
        }

        sheet = null;
        return false;
    }

    /// <summary>Starts drawing the sheet of <paramref name="cells"/>; it is cached when finished with every cell placed.</summary>
    public ContactSheetDraft Draft(IReadOnlyList<ContactSheetCell> cells)
    {
        var key = Key(cells);
        return new ContactSheetDraft(cells, new SheetLayout(cells), LabelFace(cells), sheet => _cache.Add(key, sheet));
    }

    private static string Key(IReadOnlyList<ContactSheetCell> cells) =>
        "sheet-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            ContentHash.RendererVersion + "\n" + string.Join('\n', cells.Select(c => $"{c.Row}\t{c.Column}\t{c.Card.ContentHash}")))))[..32];

    // The labels are set in the fonts the cards were resolved with, like the cards themselves.
    private FontFace LabelFace(IReadOnlyList<ContactSheetCell> cells) =>
        (cells.Count > 0 ? cells[0].Card.Assets : _assets.Current).Fonts.Values.First();

    internal static int ThumbnailWidth(int width, int height) => (int)Math.Round(width * (double)ThumbnailHeight / height);

    /// <summary>Where every cell, row label and column label goes.</summary>
    internal sealed class SheetLayout
    {
        public SheetLayout(IReadOnlyList<ContactSheetCell> cells)
        {
            Rows = [.. cells.Select(c => c.Row).Distinct()];
            Columns = [.. cells.Select(c => c.Column).Distinct()];
            var widths = Columns.Select(column => cells.Where(c => c.Column == column)
                .Max(c => ThumbnailWidth(c.Card.Size.Width, c.Card.Size.Height))).ToList();
            ColumnX = [.. widths.Select((_, i) => LabelWidth + Gap + widths.Take(i).Sum() + (i * Gap))];
            Width = cells.Count == 0 ? LabelWidth : LabelWidth + widths.Sum() + (Gap * (Columns.Count + 1));
            Height = HeaderHeight + (Rows.Count * (ThumbnailHeight + Gap)) + Gap;
            Cells = [.. cells.Select(c => SKRectI.Create(
                ColumnX[Columns.IndexOf(c.Column)],
                RowY(Rows.IndexOf(c.Row)),
                ThumbnailWidth(c.Card.Size.Width, c.Card.Size.Height),
                ThumbnailHeight))];
        }

        public List<string> Rows { get; }

        public List<string> Columns { get; }

        public List<int> ColumnX { get; }

        public int Width { get; }

        public int Height { get; }

        public List<SKRectI> Cells { get; }

        public static int RowY(int row) => HeaderHeight + (row * (ThumbnailHeight + Gap));
    }
}

/// <summary>
/// A contact sheet being drawn: each cell's thumbnail is drawn once, from the card's pixels while they are still in
/// memory or else from its encoded image. Cells may be placed from several threads at once.
/// </summary>
public sealed class ContactSheetDraft : IDisposable
{
    // The nearest mipmap level, filtered: as sharp as blending two levels at a glance, a third of the CPU.
    private static readonly SKSamplingOptions Downscale = new(SKFilterMode.Linear, SKMipmapMode.Nearest);

    private readonly IReadOnlyList<ContactSheetCell> _cells;
    private readonly ContactSheet.SheetLayout _layout;
    private readonly FontFace _labelFace;
    private readonly Action<byte[]> _store;
    private readonly SKBitmap _pixels;
    private readonly bool[] _placed;

    internal ContactSheetDraft(IReadOnlyList<ContactSheetCell> cells, ContactSheet.SheetLayout layout, FontFace labelFace, Action<byte[]> store)
    {
        _cells = cells;
        _layout = layout;
        _labelFace = labelFace;
        _store = store;
        _placed = new bool[cells.Count];
        // Opaque, like the cards: the PNG is then RGB and the thumbnails need no blending with what lies under them.
        _pixels = new SKBitmap(new SKImageInfo(layout.Width, layout.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        _pixels.Erase(SKColors.White);
    }

    /// <summary>Draws cell <paramref name="index"/> from the pixels of its card.</summary>
    public void Place(int index, SKPixmap card)
    {
        using var image = SKImage.FromPixels(card) ?? throw new InvalidOperationException("The card's pixels cannot be read.");
        Place(index, image);
    }

    /// <summary>Draws cell <paramref name="index"/> from its card's encoded image (a card that was not drawn in this run).</summary>
    public void Place(int index, ReadOnlySpan<byte> encoded)
    {
        using var image = SKImage.FromEncodedData(encoded) ?? throw new InvalidDataException("A card is not a decodable image.");
        Place(index, image);
    }

    /// <summary>The sheet as PNG. It is cached only when every cell was placed, so a failed card is drawn again next time.</summary>
    public byte[] Finish()
    {
        using (var canvas = new SKCanvas(_pixels))
        using (var paint = new SKPaint { IsAntialias = true, Color = new SKColor(0x33, 0x33, 0x33) })
        using (var font = new SKFont(_labelFace.Typeface, 18) { Subpixel = true, Hinting = SKFontHinting.None })
        {
            for (var c = 0; c < _layout.Columns.Count; c++)
            {
                canvas.DrawText(_layout.Columns[c], _layout.ColumnX[c], ContactSheet.HeaderHeight - 12, SKTextAlign.Left, font, paint);
            }

            for (var r = 0; r < _layout.Rows.Count; r++)
            {
                canvas.DrawText(_layout.Rows[r], ContactSheet.Gap, ContactSheet.SheetLayout.RowY(r) + (ContactSheet.ThumbnailHeight / 2f), SKTextAlign.Left, font, paint);
            }
        }

        using var pixmap = _pixels.PeekPixels();
        // A review image, never published: the fastest zlib level keeps its encoding short at the end of a run.
        var sheet = PngWriter.Encode(pixmap, level: 1);
        if (_placed.All(p => p))
        {
            _store(sheet);
        }

        return sheet;
    }

    public void Dispose() => _pixels.Dispose();

    private void Place(int index, SKImage image)
    {
        var cell = _layout.Cells[index];
        var size = _cells[index].Card.Size;
        if ((image.Width, image.Height) != (size.Width, size.Height))
        {
            throw new ArgumentException($"Cell {index} expects a {size.Width}×{size.Height} card, not {image.Width}×{image.Height}.", nameof(image));
        }

        // A surface of its own over the shared pixels: cells never overlap, so threads never write the same byte.
        using var surface = SKSurface.Create(_pixels.Info, _pixels.GetPixels(), _pixels.RowBytes)
            ?? throw new InvalidOperationException("Skia could not draw on the contact sheet.");
        surface.Canvas.ClipRect(cell);
        surface.Canvas.DrawImage(image, cell, Downscale);
        _placed[index] = true;
    }
}
