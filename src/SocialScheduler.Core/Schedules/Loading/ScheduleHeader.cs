using System.Text.RegularExpressions;
using SocialScheduler.Core.Campaigns;
using SocialScheduler.Core.Schedules.Parsing;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Core.Schedules.Validation;

namespace SocialScheduler.Core.Schedules.Loading;

/// <summary>The rules of a schedule's first lines: campaign, hashtag and default zone.</summary>
internal static partial class ScheduleHeader
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CampaignPattern();

    /// <summary>The scope its posts are checked in, or null when the header is too broken to check them.</summary>
    public static PostScope? Check(ScheduleDocument document, CampaignCatalog catalog, List<FieldDiagnostic> findings)
    {
        if (document.Campaign is null)
        {
            if (!document.Unreadable.Contains("campaign"))
            {
                findings.Add(FieldDiagnostic.Error("campaign", DiagnosticCodes.MissingField,
                    $"campaign is missing; start the file with 'campaign: {catalog.Campaign}'"));
            }

            return null;
        }

        if (!CampaignPattern().IsMatch(document.Campaign))
        {
            findings.Add(FieldDiagnostic.Error("campaign", DiagnosticCodes.Campaign,
                $"campaign '{document.Campaign}' is not a valid name; use lower-case letters, digits and dashes, e.g. '{catalog.Campaign}'"));
            return null;
        }

        var hashtag = CheckHashtag(document, catalog, findings);
        if (document.TimeZone is not null && !LocalTimeResolver.TryFindZone(document.TimeZone, out _))
        {
            findings.Add(FieldDiagnostic.Error("timeZone", DiagnosticCodes.UnknownZone,
                $"timeZone '{document.TimeZone}' is not an IANA time zone; use a name such as Europe/Brussels or Europe/London"));
        }

        if (document.Posts.Count == 0 && !document.Unreadable.Contains("posts"))
        {
            findings.Add(FieldDiagnostic.Warning("posts", DiagnosticCodes.MissingField, "posts is empty or missing; the file schedules nothing"));
        }

        return hashtag is null ? null : new PostScope(document.Campaign, hashtag, document.TimeZone);
    }

    private static string? CheckHashtag(ScheduleDocument document, CampaignCatalog catalog, List<FieldDiagnostic> findings)
    {
        var isCatalogCampaign = document.Campaign == catalog.Campaign;
        if (document.Hashtag is null)
        {
            if (isCatalogCampaign)
            {
                return catalog.Hashtag;
            }

            findings.Add(FieldDiagnostic.Error("hashtag", DiagnosticCodes.MissingField, document.IsWritten("hashtag")
                ? "hashtag is empty; a '#' outside quotes starts a YAML comment, so write it quoted: hashtag: \"#YourCampaign\""
                : "hashtag is missing; every post of a campaign carries its hashtag: add 'hashtag: \"#YourCampaign\"'"));
            return null;
        }

        if (!Hashtags.IsValid(document.Hashtag))
        {
            findings.Add(FieldDiagnostic.Error("hashtag", DiagnosticCodes.Hashtag,
                $"hashtag '{document.Hashtag}' is not a hashtag; write '#' and letters, digits or '_', quoted: \"#{catalog.Hashtag.TrimStart('#')}\""));
            return null;
        }

        if (isCatalogCampaign && !string.Equals(document.Hashtag, catalog.Hashtag, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(FieldDiagnostic.Error("hashtag", DiagnosticCodes.Hashtag,
                $"hashtag '{document.Hashtag}' is not the hashtag of {catalog.Campaign}; write \"{catalog.Hashtag}\""));
            return null;
        }

        return document.Hashtag;
    }
}
