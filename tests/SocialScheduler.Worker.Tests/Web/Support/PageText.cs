using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>What a person reads on a page in its language: text, titles, labels and placeholders, leaving out
/// content marked as another language (a card's alt text in each locale, the language picker's names).</summary>
public static class PageText
{
    private const string Script = """
        () => {
          const lang = document.documentElement.lang;
          const body = document.body.cloneNode(true);
          body.querySelectorAll('[lang]').forEach(e => { if (e.getAttribute('lang') !== lang) e.remove(); });
          const attributes = [...body.querySelectorAll('[placeholder],[aria-label],[title]')]
            .flatMap(e => ['placeholder', 'aria-label', 'title'].map(a => e.getAttribute(a) || ''));
          return [document.title, body.innerText, ...attributes].join('\n');
        }
        """;

    public static Task<string> ReadAsync(IPage page) => page.EvaluateAsync<string>(Script);

    /// <summary>
    /// The English interface words of <paramref name="groups"/> that must not appear in a page in
    /// <paramref name="language"/>: every literal part of each English text, unless that language writes it the same.
    /// </summary>
    public static IReadOnlyList<string> EnglishWords(string language, params string[] groups)
    {
        var translated = UiTextFiles.Read(language).Values.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        return UiTextFiles.Read("en")
            .Where(e => groups.Contains(e.Key.Split('.')[0]))
            .SelectMany(e => Regex.Split(e.Value.Value, @"\{\d+\}"))
            .Select(part => part.Trim(' ', '.', ',', ':', '(', ')', '←', '→', '\''))
            .Where(part => part.Length >= 3 && !translated.Any(t => Contains(t, part)))
            .Distinct()
            .ToList();
    }

    public static bool Contains(string text, string words) =>
        Regex.IsMatch(text, @"(?<!\p{L})" + Regex.Escape(words) + @"(?!\p{L})");
}
