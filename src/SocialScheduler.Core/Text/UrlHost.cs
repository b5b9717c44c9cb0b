using System.Globalization;

namespace SocialScheduler.Core.Text;

/// <summary>Reads the dot-separated labels of a host and finds where its known top-level domain ends.</summary>
internal static class UrlHost
{
    public static List<TextSpan> ReadLabels(string text, int start, bool ascii)
    {
        var labels = new List<TextSpan>();
        var i = start;
        while (true)
        {
            var labelStart = i;
            while (i < text.Length && IsLabelChar(text[i], ascii))
            {
                i++;
            }

            if (i == labelStart)
            {
                break;
            }

            labels.Add(new TextSpan(labelStart, i - labelStart));
            if (i + 1 < text.Length && text[i] == '.' && IsLabelChar(text[i + 1], ascii))
            {
                i++;
                continue;
            }

            break;
        }

        return labels;
    }

    /// <summary>The end of the longest run of labels that ends with a known top-level domain; -1 when there is none.</summary>
    public static int EndOfDomain(string text, List<TextSpan> labels)
    {
        for (var last = labels.Count - 1; last >= 1; last--)
        {
            var tld = labels[last];
            if (text[tld.Start] != '-' && text[tld.Start + tld.Length - 1] != '-'
                && TopLevelDomains.IsKnown(text.Substring(tld.Start, tld.Length)))
            {
                return tld.Start + tld.Length;
            }
        }

        return -1;
    }

    private static bool IsLabelChar(char c, bool ascii)
    {
        if (c is '-' or '_')
        {
            return true;
        }

        if (ascii)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
