using SocialScheduler.Core.Accounts;

namespace SocialScheduler.Core.Text;

/// <summary>The text rules of each configured account: its platform and that platform's settings.</summary>
public sealed class PlatformTextLimits(AccountDirectory accounts, IReadOnlyDictionary<string, PlatformTextSettings> settings)
{
    /// <summary>The account's platform; null for an unknown account or a platform without text rules here.</summary>
    public TextPlatform? PlatformOf(string account) =>
        accounts.TryGet(account, out var options) && PlatformTextRules.TryParse(options.Platform, out var platform) ? platform : null;

    public PlatformTextSettings SettingsOf(string account) =>
        settings.TryGetValue(account, out var s) ? s : PlatformTextSettings.Default;

    public IReadOnlyList<TextMeasure> MeasurePost(string account, string text) =>
        PlatformOf(account) is { } platform ? PlatformTextRules.MeasurePost(platform, text, SettingsOf(account)) : [];

    public TextMeasure? MeasureAltText(string account, string altText) =>
        PlatformOf(account) is { } platform ? PlatformTextRules.MeasureAltText(platform, altText, SettingsOf(account)) : null;
}
