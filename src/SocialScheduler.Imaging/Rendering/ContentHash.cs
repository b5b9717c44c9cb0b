using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SocialScheduler.Core.Cards;

namespace SocialScheduler.Imaging.Rendering;

/// <summary>
/// Names a card by everything that decides its pixels: renderer version, assets (template, theme, fonts, logo),
/// the partner (its id and the fingerprint of its file and logo), the texts printed, the headline size shared across
/// locales, the locale and the size. Equal hashes mean equal bytes; editing one partner changes only its cards' hashes.
/// </summary>
internal static class ContentHash
{
    /// <summary>Raise when a change in drawing or encoding code changes the bytes, so caches stop serving old images.</summary>
    public const string RendererVersion = "statistic-card/4";

    public static string Of(string assetsFingerprint, CardContent content, CardSize size, string? partner, string? partnerFingerprint, int numberSize)
    {
        var parts = new[]
        {
            RendererVersion, assetsFingerprint, size.Name, content.Locale, content.Number, content.Caption,
            content.Source, content.Hashtag, content.Brand, partner ?? "", partnerFingerprint ?? "", content.PartnerName ?? "",
            numberSize.ToString(CultureInfo.InvariantCulture),
        };
        var bytes = Encoding.UTF8.GetBytes(string.Join('\u001F', parts));
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
    }
}
