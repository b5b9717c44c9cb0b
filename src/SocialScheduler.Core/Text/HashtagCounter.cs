namespace SocialScheduler.Core.Text;

/// <summary>
/// Counts hashtags as platforms that cap them do (Instagram: 30): a <c>#</c> at the start or after a character that
/// is not a letter, digit or <c>&amp;</c>, followed by letters, digits, marks or underscores with at least one letter.
/// </summary>
public static class HashtagCounter
{
    public static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('#' or '＃') || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '&')))
            {
                continue;
            }

            var end = i + 1;
            var letters = false;
            while (end < text.Length && IsTagCharacter(text[end]))
            {
                letters |= char.IsLetter(text[end]);
                end++;
            }

            if (letters)
            {
                count++;
            }

            i = end - 1;
        }

        return count;
    }

    private static bool IsTagCharacter(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
