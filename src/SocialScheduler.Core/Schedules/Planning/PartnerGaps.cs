using SocialScheduler.Core.Accounts;

namespace SocialScheduler.Core.Schedules.Planning;

/// <summary>A partner a post names that has no account in some of the post's languages: those go out nowhere for it.</summary>
public sealed record PartnerGap(string PostId, string Partner, IReadOnlyList<string> Locales)
{
    public override string ToString() => Locales.Count == 0
        ? $"partner {Partner} has no account for post {PostId}; add one with Accounts:<name>:Partner = {Partner}"
        : $"partner {Partner} has no account in {string.Join(", ", Locales)} for post {PostId}; add one with Accounts:<name>:Partner = {Partner} and Locales";
}

/// <summary>Finds, for each post naming partners, the partners with no account in some of its languages.</summary>
public static class PartnerGaps
{
    public static IReadOnlyList<PartnerGap> Of(IEnumerable<ScheduledPost> posts, AccountDirectory accounts) =>
    [
        .. from post in posts
           from partner in post.Partners ?? []
           let own = accounts.AccountsOf(partner)
           let missing = post.Locales.Where(l => !own.Any(a => accounts.Speaks(a, l))).ToList()
           where own.Count == 0 || missing.Count > 0
           orderby post.Id, partner
           select new PartnerGap(post.Id, partner, own.Count == 0 ? [] : missing),
    ];
}
