namespace SocialScheduler.Core.Text;

/// <summary>A code point range and its weight in the twitter-text weighted count.</summary>
public readonly record struct WeightedRange(int Start, int End, int Weight);

/// <summary>
/// The parameters of the twitter-text weighted count, as twitter-text publishes them (<c>config/v2.json</c>, <c>v3.json</c>):
/// code points in <see cref="Ranges"/> weigh their range's weight, every other one <see cref="DefaultWeight"/>,
/// a URL weighs <see cref="TransformedUrlLength"/> characters, and with emoji parsing an emoji sequence weighs
/// <see cref="DefaultWeight"/> once.
/// </summary>
public sealed record WeightedTextConfig(
    int Version,
    int MaxWeightedLength,
    int Scale,
    int DefaultWeight,
    bool EmojiParsingEnabled,
    int TransformedUrlLength,
    IReadOnlyList<WeightedRange> Ranges)
{
    private static readonly WeightedRange[] LatinAndPunctuation =
    [
        new(0, 4351, 100),
        new(8192, 8205, 100),
        new(8208, 8223, 100),
        new(8242, 8247, 100),
    ];

    public static WeightedTextConfig V2 { get; } = new(2, 280, 100, 200, false, 23, LatinAndPunctuation);

    /// <summary>The latest published configuration (v3: emoji sequences weigh as one).</summary>
    public static WeightedTextConfig V3 { get; } = V2 with { Version = 3, EmojiParsingEnabled = true };

    internal int WeightOf(int codePoint)
    {
        // An indexer loop: this runs once per character, and an enumerator here would allocate each time.
        for (var i = 0; i < Ranges.Count; i++)
        {
            var range = Ranges[i];
            if (codePoint >= range.Start && codePoint <= range.End)
            {
                return range.Weight;
            }
        }

        return DefaultWeight;
    }
}
