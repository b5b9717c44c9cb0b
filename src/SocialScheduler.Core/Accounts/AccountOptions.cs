namespace SocialScheduler.Core.Accounts;

/// <summary>
/// The part of <c>Accounts:&lt;name&gt;</c> every account has. Each platform adapter binds its own settings
/// (tokens, author URN, …) from the same section.
/// </summary>
public sealed class AccountOptions
{
    /// <summary>The platform's name as its description gives it (matched ignoring case); checked against the
    /// <see cref="Platforms.PlatformCatalog"/> when the accounts are registered.</summary>
    public string Platform { get; set; } = "";

    /// <summary>The API root; empty means the platform's public API.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The card size this account's posts use when a post names none (<c>square</c>, <c>portrait</c>,
    /// <c>landscape</c>, <c>wide</c> or <c>link</c>); empty means the platform's default.</summary>
    public string? CardSize { get; set; }

    /// <summary>The largest image this account may receive, when it is lower than its platform's limit (a self-hosted
    /// server that still takes 1,000,000 bytes or less); cards are drawn under the smaller of the two.</summary>
    public long? MaxImageBytes { get; set; }

    /// <summary>The coalition partner this account belongs to (an id under <c>assets/partners</c>); none for the campaign's own accounts.
    /// Its publications carry that partner's co-branded card, and posts naming the partner reach it.</summary>
    public string? Partner { get; set; }

    /// <summary>The campaign locales this account publishes in; empty means every locale of the campaign. A post reaches
    /// the account only in the locales it speaks, so a French account never posts six languages.</summary>
    public List<string> Locales { get; set; } = [];

    /// <summary>
    /// The least <see cref="MaxImageBytes"/> accepted. A card over the limit is sent as a JPEG, at quality 45 at the
    /// lowest; the largest campaign card then takes 73,956 bytes (1080×1350 portrait; wide 1600×900 cards take up to
    /// 68,952), measured by <c>tests/SocialScheduler.Imaging.Bench/bench.sh floor</c>. The margin above that leaves
    /// room for longer texts, so a lower limit is refused at start rather than failing at a card's first publication.
    /// </summary>
    public const long MinImageBytes = 80_000;
}
