namespace SocialScheduler.Core.Schedules;

/// <summary>Names one publication: a post of a campaign, to one account, in one locale.</summary>
public sealed record PublicationKey(string Campaign, string PostId, string Account, string Locale)
{
    /// <summary>A stable string form, <c>campaign/post/account/locale</c>, safe in URLs and job arguments.</summary>
    public override string ToString() => $"{Campaign}/{PostId}/{Account}/{Locale}";

    public static PublicationKey Parse(string value)
    {
        var parts = value.Split('/');
        return parts.Length == 4 && parts.All(p => p.Length > 0)
            ? new PublicationKey(parts[0], parts[1], parts[2], parts[3])
            : throw new FormatException($"'{value}' is not a publication key (campaign/post/account/locale).");
    }
}
