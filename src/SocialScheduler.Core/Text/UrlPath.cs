namespace SocialScheduler.Core.Text;

/// <summary>Reads what may follow a host: a port, a path and a query, without trailing sentence punctuation.</summary>
internal static class UrlPath
{
    public static int ReadPortPathAndQuery(string text, int i)
    {
        if (i + 1 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i >= text.Length || text[i] is not ('/' or '?'))
        {
            return i;
        }

        var start = i;
        var depth = 0;
        while (i < text.Length && IsPathChar(text[i]))
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth < 0)
            {
                break;
            }

            i++;
        }

        // A sentence's full stop, comma or closing quote is not part of the link.
        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*' or '(')
        {
            i--;
        }

        return i;
    }

    private static bool IsPathChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || "!*';:=+,.$/%#[]-_~|&@()?".Contains(c, StringComparison.Ordinal)
        || c is >= '\u00C0' and <= '\u024F' or >= '\u0400' and <= '\u04FF' or '\u2013';
}
