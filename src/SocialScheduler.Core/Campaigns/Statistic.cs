namespace SocialScheduler.Core.Campaigns;

/// <summary>One campaign statistic with its source and its wording in every campaign locale.</summary>
public sealed record Statistic(
    string Id,
    decimal Value,
    string Unit,
    int Year,
    StatisticSource Source,
    IReadOnlyDictionary<string, StatisticText> Text)
{
    /// <summary>The wording for <paramref name="locale"/>; throws when the statistic has none.</summary>
    public StatisticText For(string locale) =>
        Text.TryGetValue(locale, out var text)
            ? text
            : throw new KeyNotFoundException($"Statistic '{Id}' has no text for locale '{locale}'.");
}

/// <summary>Where a statistic comes from, as the press release's footnote gives it.</summary>
public sealed record StatisticSource(string Publisher, string Title, string Date, int Footnote);

/// <summary>
/// A statistic's wording in one locale. <see cref="Number"/> is written per locale by people, not formatted by the
/// machine's culture data: separators, no-break spaces and number words must be exactly what translators approved.
/// </summary>
public sealed record StatisticText(string Number, string Caption, string Source);
