using SocialScheduler.Core.Cards;

namespace SocialScheduler.Core.Partners;

/// <summary>
/// A coalition partner read from <c>assets/partners/&lt;id&gt;/partner.json</c>: who it is, its logo, the colours its
/// cards use and the languages it works in.
/// </summary>
/// <param name="Colors">
/// Colour names to <c>#RRGGBB</c>: <c>plate</c> and <c>plateText</c> (the panel holding its logo and name) and any
/// campaign theme colour (<c>accent</c>, …) its cards use instead of the campaign's.
/// </param>
/// <param name="Fingerprint">Hash of <c>partner.json</c> and the logo file: equal fingerprints draw equal cards.</param>
public sealed record Partner(
    string Id,
    string Name,
    string ShortName,
    string Website,
    string LogoPath,
    IReadOnlyDictionary<string, RgbColor> Colors,
    IReadOnlyList<string> Locales,
    string Fingerprint);
