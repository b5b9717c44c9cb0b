using SocialScheduler.Core.Campaigns;

namespace SocialScheduler.Core.Cards;

/// <summary>Writes a card's alt text from the same data the card shows: the number, its meaning and its source.</summary>
public static class AltText
{
    public static string For(Statistic statistic, string locale, string sourceLabel)
    {
        var text = statistic.For(locale);
        var number = text.Number.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        return $"{number} {text.Caption}. {sourceLabel}: {text.Source}.";
    }
}
