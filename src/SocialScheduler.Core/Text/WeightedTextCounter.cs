using System.Text;

namespace SocialScheduler.Core.Text;

/// <summary>
/// The result of a twitter-text weighted count. Ranges are UTF-16 indices into the text as written (before NFC),
/// inclusive; an empty text has the ranges (0, -1).
/// </summary>
public sealed record WeightedTextCount(
    int WeightedLength,
    bool IsValid,
    int Permillage,
    int DisplayRangeStart,
    int DisplayRangeEnd,
    int ValidRangeStart,
    int ValidRangeEnd);

/// <summary>
/// The weighted length by the twitter-text rules: NFC first, then every URL 23, every emoji sequence 2 (v3),
/// Latin and general punctuation 1, everything else (CJK, …) 2; U+FFFE, U+FEFF and U+FFFF make a text invalid.
/// </summary>
/// <remarks>Thread-safe and allocation-light; proven against twitter-text's conformance cases.</remarks>
public static class WeightedTextCounter
{
    private static readonly WeightedTextCount Empty = new(0, false, 0, 0, -1, 0, -1);

    // Runs over every character of every file; worth optimizing before the first call in a short-lived validate.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static WeightedTextCount Count(string? text, WeightedTextConfig? config = null)
    {
        config ??= WeightedTextConfig.V3;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var normalized = Nfc(text);
        var urls = UrlExtractor.Find(normalized);
        var emoji = config.EmojiParsingEnabled ? EmojiSequences.Find(normalized) : null;
        var maxScaled = config.MaxWeightedLength * config.Scale;
        int weighted = 0, offset = 0, validOffset = 0, nextUrl = 0, nextEmoji = 0;
        var invalid = false;
        while (offset < normalized.Length)
        {
            int length, weight;
            var countsTowardsValid = true;
            if (nextUrl < urls.Count && urls[nextUrl].Start == offset)
            {
                length = urls[nextUrl++].Length;
                weight = config.TransformedUrlLength * config.Scale;
            }
            else if (emoji is not null && NextStartsAt(emoji, ref nextEmoji, offset))
            {
                length = emoji[nextEmoji++].Length;
                weight = config.DefaultWeight;
            }
            else
            {
                var codePoint = CodePointAt(normalized, offset);
                length = codePoint > 0xFFFF ? 2 : 1;
                weight = config.WeightOf(codePoint);
                invalid |= normalized[offset] is '\uFFFE' or '\uFEFF' or '\uFFFF';
                countsTowardsValid = !invalid;
            }

            weighted += weight;
            offset += length;
            if (countsTowardsValid && weighted <= maxScaled)
            {
                validOffset += length;
            }
        }

        var delta = text.Length - normalized.Length;
        var weightedLength = weighted / config.Scale;
        return new WeightedTextCount(
            weightedLength,
            !invalid && weightedLength <= config.MaxWeightedLength,
            weightedLength * 1000 / config.MaxWeightedLength,
            0, offset + delta - 1,
            0, validOffset + delta - 1);
    }

    /// <summary>True when the next span not yet passed starts at <paramref name="offset"/>.</summary>
    private static bool NextStartsAt(List<TextSpan> spans, ref int next, int offset)
    {
        while (next < spans.Count && spans[next].Start < offset)
        {
            next++;
        }

        return next < spans.Count && spans[next].Start == offset;
    }

    /// <summary>NFC, keeping in place what .NET refuses to normalize (non-characters, lone surrogates).</summary>
    internal static string Nfc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            var builder = new StringBuilder(text.Length);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || IsUnnormalizable(text, i))
                {
                    builder.Append(text.AsSpan(start, i - start).ToString().Normalize(NormalizationForm.FormC));
                    if (i < text.Length)
                    {
                        builder.Append(text[i]);
                    }

                    start = i + 1;
                }
            }

            return builder.ToString();
        }
    }

    private static bool IsUnnormalizable(string text, int i) =>
        text[i] is '\uFFFE' or '\uFFFF'
        || (char.IsHighSurrogate(text[i]) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])))
        || (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));

    internal static int CodePointAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
}
