namespace SocialScheduler.Imaging.Text;

/// <summary>Glyphs of a shaped string at 1 px: ids, source character index, pen positions (y grows downwards) and total advance.</summary>
internal sealed record ShapedText(string Text, ushort[] Glyphs, int[] Clusters, float[] X, float[] Y, float Width)
{
    public static ShapedText Empty { get; } = new("", [], [], [], [], 0);

    /// <summary>Characters the font has no glyph for (HarfBuzz shapes them to glyph 0, drawn as a box).</summary>
    public IEnumerable<string> MissingCharacters()
    {
        for (var i = 0; i < Glyphs.Length; i++)
        {
            if (Glyphs[i] == 0)
            {
                var rune = System.Text.Rune.GetRuneAt(Text, Clusters[i]);
                yield return $"'{rune}' (U+{rune.Value:X4})";
            }
        }
    }
}
