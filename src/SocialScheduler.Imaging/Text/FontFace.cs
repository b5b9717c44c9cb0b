using HarfBuzzSharp;
using SkiaSharp;
using HbBuffer = HarfBuzzSharp.Buffer;
using HbFont = HarfBuzzSharp.Font;

namespace SocialScheduler.Imaging.Text;

/// <summary>
/// One font file loaded for both Skia (drawing) and HarfBuzz (shaping). Shaping is done once in font units and
/// scaled to any size, which is exact because hinting is off when drawing.
/// </summary>
/// <remarks>Thread-safe: the HarfBuzz font is immutable once built and each call shapes into its own buffer.</remarks>
internal sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly HbFont _font;
    private readonly float _unitsPerEm;

    private FontFace(string name, SKTypeface typeface, Blob blob, Face face, HbFont font)
    {
        Name = name;
        Typeface = typeface;
        _blob = blob;
        _face = face;
        _font = font;
        _unitsPerEm = typeface.UnitsPerEm;
    }

    public string Name { get; }

    public SKTypeface Typeface { get; }

    public static FontFace Load(string name, string path)
    {
        var typeface = SKTypeface.FromFile(path)
            ?? throw new InvalidDataException($"{path}: not a font file Skia can read (TrueType or OpenType expected).");
        var blob = Blob.FromFile(path);
        blob.MakeImmutable();
        var face = new Face(blob, 0) { UnitsPerEm = typeface.UnitsPerEm };
        face.MakeImmutable();
        var font = new HbFont(face);
        font.SetFunctionsOpenType();
        font.SetScale(typeface.UnitsPerEm, typeface.UnitsPerEm);
        return new FontFace(name, typeface, blob, face, font);
    }

    /// <summary>Shapes <paramref name="text"/> at 1 px; multiply widths and positions by the font size.</summary>
    public ShapedText Shape(string text)
    {
        if (text.Length == 0)
        {
            return ShapedText.Empty;
        }

        using var buffer = new HbBuffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        _font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ushort[infos.Length];
        var clusters = new int[infos.Length];
        var x = new float[infos.Length];
        var y = new float[infos.Length];
        var pen = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            x[i] = (pen + positions[i].XOffset) / _unitsPerEm;
            y[i] = -positions[i].YOffset / _unitsPerEm;
            pen += positions[i].XAdvance;
        }

        return new ShapedText(text, glyphs, clusters, x, y, pen / _unitsPerEm);
    }

    public void Dispose()
    {
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
        Typeface.Dispose();
    }
}
