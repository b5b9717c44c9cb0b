namespace SocialScheduler.Core.Schedules.Validation;

/// <summary>How a post names partners: a list of partner ids, or this word for every partner.</summary>
public static class PartnerTargets
{
    /// <summary><c>partners: all</c>: every partner under <c>assets/partners</c>, as they are when the post is read.</summary>
    public const string All = "all";
}
