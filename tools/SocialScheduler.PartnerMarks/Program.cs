using System.Text.Json;
using SkiaSharp;

// partner-marks ASSETS [ID…]: draws assets/partners/<id>/logo.png, a placeholder mark (a disc in the partner's plate
// colour with a monogram of its short name in its plate text colour), for every partner or the ones named. A partner
// that has dropped in its own logo keeps it: only a file this tool wrote (marked in its PNG text) is redrawn.
const int Size = 512;
const string Marker = "SocialScheduler placeholder mark";
var assets = args.ElementAtOrDefault(0) ?? "assets";
var only = args.Skip(1).ToHashSet(StringComparer.Ordinal);
using var typeface = SKTypeface.FromFile(Path.Combine(assets, "fonts", "NotoSans-Bold.ttf"))
    ?? throw new InvalidDataException("assets/fonts/NotoSans-Bold.ttf is not a readable font.");
foreach (var folder in Directory.GetDirectories(Path.Combine(assets, "partners")).Order(StringComparer.Ordinal))
{
    var id = Path.GetFileName(folder);
    if (only.Count > 0 && !only.Contains(id))
    {
        continue;
    }

    using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "partner.json")));
    var root = json.RootElement;
    var shortName = root.GetProperty("shortName").GetString()!;
    var colors = root.GetProperty("colors");
    var logo = Path.Combine(folder, root.GetProperty("logo").GetString()!);
    if (File.Exists(logo) && !File.ReadAllText(logo, System.Text.Encoding.Latin1).Contains(Marker, StringComparison.Ordinal))
    {
        Console.WriteLine($"{id}: keeps its own logo {logo}");
        continue;
    }

    var monogram = Monogram(shortName);
    File.WriteAllBytes(logo, Draw(monogram, Color(colors, "plate"), Color(colors, "plateText"), typeface));
    Console.WriteLine($"{id}: {logo} ({monogram})");
}

static SKColor Color(JsonElement colors, string name) => SKColor.Parse(colors.GetProperty(name).GetString());

// Short names of up to three characters, or four in capitals, stay whole (IWF, TdH, C3P); longer acronyms give their
// first two letters (NSPCC: NS), so the mark still reads at 56 px; other names give their capitals and digits
// (WeProtect: WP, 5Rights: 5R, End Violence: EV), or their first letter (Thorn: T).
static string Monogram(string shortName)
{
    var compact = shortName.Replace(" ", "", StringComparison.Ordinal);
    var acronym = compact.All(c => char.IsUpper(c) || char.IsDigit(c));
    if (compact.Length <= 3 || (acronym && compact.Length == 4))
    {
        return compact;
    }

    if (acronym)
    {
        return compact[..2];
    }

    var capitals = new string([.. compact.Where(c => char.IsUpper(c) || char.IsDigit(c)).Take(3)]);
    return capitals.Length > 1 ? capitals : compact[..1].ToUpperInvariant();
}

static byte[] Draw(string monogram, SKColor plate, SKColor text, SKTypeface typeface)
{
    var info = new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul);
    using var surface = SKSurface.Create(info);
    var canvas = surface.Canvas;
    canvas.Clear(SKColors.Transparent);
    using var paint = new SKPaint { IsAntialias = true, Color = text };
    // A ring of the text colour keeps the disc visible on a plate of the same colour as the disc.
    canvas.DrawCircle(Size / 2f, Size / 2f, Size / 2f, paint);
    paint.Color = plate;
    canvas.DrawCircle(Size / 2f, Size / 2f, (Size / 2f) - 14, paint);
    paint.Color = text;
    using var font = new SKFont(typeface, 100) { Subpixel = true, Edging = SKFontEdging.Antialias };
    var bounds = font.MeasureText(monogram, out var ink, paint);
    // The monogram's ink fills 62 % of the disc's width, and at most 46 % of its height.
    font.Size = 100 * Math.Min(Size * 0.62f / bounds, Size * 0.46f / ink.Height);
    font.MeasureText(monogram, out ink, paint);
    canvas.DrawText(monogram, (Size / 2f) - ink.MidX, (Size / 2f) - ink.MidY, SKTextAlign.Left, font, paint);
    using var image = surface.Snapshot();
    using var pixels = image.PeekPixels();
    using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9)) ?? throw new InvalidOperationException("PNG encoding failed.");
    return MarkAsPlaceholder(data.ToArray());
}

// A tEXt chunk after IHDR says the file is a placeholder, so a rerun never overwrites a partner's real logo.
static byte[] MarkAsPlaceholder(byte[] png)
{
    var payload = System.Text.Encoding.Latin1.GetBytes("Comment\0" + Marker);
    var chunk = new byte[12 + payload.Length];
    System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(chunk, payload.Length);
    "tEXt"u8.CopyTo(chunk.AsSpan(4));
    payload.CopyTo(chunk, 8);
    var crc = System.IO.Hashing.Crc32.HashToUInt32(chunk.AsSpan(4, 4 + payload.Length));
    System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + payload.Length), crc);
    const int afterHeader = 8 + 25;
    return [.. png.AsSpan(0, afterHeader), .. chunk, .. png.AsSpan(afterHeader)];
}
