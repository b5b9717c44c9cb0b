using System.Globalization;

namespace SocialScheduler.Core.Text;

/// <summary>A URL found in a text: its UTF-16 start and length.</summary>
public readonly record struct TextSpan(int Start, int Length);

/// <summary>
/// Finds URLs the way platforms that shorten links find them: with <c>http(s)://</c>, or (unless a protocol is required) a bare domain with a known
/// top-level domain, e.g. <c>example.com/path</c>. A host that cannot be a real domain (a label longer than 63
/// characters once punycode-encoded) is not a URL and counts character by character.
/// </summary>
public static class UrlExtractor
{
    private static readonly IdnMapping Idn = new();

    // Runs over every character of every file; worth optimizing before the first call in a short-lived validate.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<TextSpan> Find(string text, bool requireProtocol = false)
    {
        var found = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var protocol = text[i] is 'h' or 'H' ? ProtocolLength(text, i) : 0;
            if (protocol == 0 && !requireProtocol && IsAsciiDomainChar(text[i]) && !IsFollowedByDot(text, ref i))
            {
                // A plain word: no domain starts inside it.
                continue;
            }

            if ((protocol > 0 || (!requireProtocol && IsAsciiDomainChar(text[i]))) && MayStartAt(text, i, protocol > 0))
            {
                var end = Match(text, i, protocol);
                if (end > 0)
                {
                    found.Add(new TextSpan(i, end - i));
                    i = end;
                    continue;
                }

                if (end < 0)
                {
                    i = -end;
                    continue;
                }
            }

            i++;
        }

        return found;
    }

    /// <summary>The end of the URL at <paramref name="start"/>; 0 when none; minus the end of a rejected candidate.</summary>
    private static int Match(string text, int start, int protocol)
    {
        var hostStart = start + protocol;
        var labels = UrlHost.ReadLabels(text, hostStart, ascii: protocol == 0);
        var hostEnd = UrlHost.EndOfDomain(text, labels);
        if (hostEnd < 0)
        {
            return labels.Count > 0 && protocol > 0 ? -(labels[^1].Start + labels[^1].Length) : 0;
        }

        var end = UrlPath.ReadPortPathAndQuery(text, hostEnd);
        var host = text[hostStart..hostEnd];
        if (!IsValidHost(host))
        {
            return -end;
        }

        if (protocol == 0 && end == hostEnd && IsShortCountryDomain(host))
        {
            return 0;
        }

        return end;
    }

    private static bool IsValidHost(string host)
    {
        try
        {
            Idn.GetAscii(host);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // twitter-text leaves "example.de" alone unless written with a protocol or a path; .co and .tv are the exceptions.
    private static bool IsShortCountryDomain(string host)
    {
        var parts = host.Split('.');
        return parts.Length == 2 && TopLevelDomains.IsCountry(parts[1])
            && !parts[1].Equals("co", StringComparison.OrdinalIgnoreCase) && !parts[1].Equals("tv", StringComparison.OrdinalIgnoreCase);
    }

    private static int ProtocolLength(string text, int i)
    {
        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (string.Compare(text, i, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return scheme.Length;
            }
        }

        return 0;
    }

    private static bool MayStartAt(string text, int i, bool withProtocol)
    {
        if (i == 0)
        {
            return true;
        }

        var before = text[i - 1];
        if (char.IsAsciiLetterOrDigit(before) || before is '@' or '＠' or '$' or '#' or '＃')
        {
            return false;
        }

        return withProtocol || before is not ('.' or '-' or '_' or '/');
    }

    internal static bool IsAsciiDomainChar(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>True when the run of label characters at <paramref name="i"/> ends in a dot; otherwise moves past it.</summary>
    private static bool IsFollowedByDot(string text, ref int i)
    {
        var end = i;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_'))
        {
            end++;
        }

        if (end < text.Length && text[end] == '.')
        {
            return true;
        }

        i = end;
        return false;
    }
}
