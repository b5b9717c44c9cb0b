using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Tests.Support;

/// <summary>Builders for publish requests: a card post with alt text and the campaign hashtag.</summary>
public static class Some
{
    public const string Hashtag = "#ChildSafetyOnlineNow";

    /// <summary>One sentence per locale with characters that matter: accents, apostrophes, an emoji.</summary>
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["en"] = "1 in 5 children is a victim of sexual violence 💔 Act now. " + Hashtag,
        ["fr"] = "Un enfant sur cinq est victime de violences sexuelles ; agissons aujourd’hui ! " + Hashtag,
        ["it"] = "Un bambino su cinque è vittima di violenza sessuale: è ora di agire. " + Hashtag,
        ["es"] = "Uno de cada cinco niños es víctima de violencia sexual. ¡Actúa ya! " + Hashtag,
        ["de"] = "Jedes fünfte Kind ist Opfer sexueller Gewalt – jetzt handeln! " + Hashtag,
        ["nl"] = "Eén op de vijf kinderen is slachtoffer van seksueel geweld (actie!). " + Hashtag,
    };

    public static IEnumerable<string> Locales => Texts.Keys;

    public static PublishRequest Post(string account = "main", string locale = "en", string? text = null, string postId = "reports-2021", string? key = null, int width = 120, int height = 68) =>
        new(account, postId, locale, text ?? Texts[locale],
            [new MediaAttachment(TestPng.Create(width, height), "image/png", AltText(locale), width, height)],
            key ?? $"{postId}:{account}:{locale}:1");

    public static string AltText(string locale) => $"Card ({locale}): 1 in 5 children, Council of Europe 2021.";
}
