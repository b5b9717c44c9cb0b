using SocialScheduler.Core.Accounts;
using SocialScheduler.Core.Partners;
using SocialScheduler.Core.Schedules.Time;
using SocialScheduler.Jobs.Ledger;

namespace SocialScheduler.Worker.Web.Publications;

/// <summary>One post a partner publishes on a day: when, where and in which languages, with the states.</summary>
public sealed record CoalitionPost(string Campaign, string PostId, DateTimeOffset Local, IReadOnlyList<(string Account, IReadOnlyList<string> Locales)> Accounts, IReadOnlyDictionary<PublicationState, int> States);

/// <summary>What one partner publishes on the day.</summary>
public sealed record CoalitionPartnerDay(string Partner, string Name, IReadOnlyList<CoalitionPost> Posts);

/// <summary>
/// One day of a coalition: for each partner, which posts go out on its accounts, when and in which languages; and the
/// partners that publish nothing that day. Built from the ledger, so it shows what will really be (or was) sent.
/// </summary>
public sealed record CoalitionDay(DateOnly Date, IReadOnlyList<CoalitionPartnerDay> Publishing, IReadOnlyList<Partner> Silent)
{
    public static CoalitionDay Build(DateOnly date, IEnumerable<Partner> partners, IReadOnlyList<PublicationRecord> rows, AccountDirectory accounts, TimeZoneInfo zone)
    {
        var publishing = new List<CoalitionPartnerDay>();
        var silent = new List<Partner>();
        foreach (var partner in partners)
        {
            var own = rows.Where(r => accounts.PartnerOf(r.Key.Account) == partner.Id).ToList();
            if (own.Count == 0)
            {
                silent.Add(partner);
                continue;
            }

            publishing.Add(new(partner.Id, partner.Name, [.. own
                .GroupBy(r => (r.Key.Campaign, PostId: Recurrence.PostIdOf(r.Key.PostId), r.DueUtc))
                .OrderBy(g => g.Key.DueUtc).ThenBy(g => g.Key.PostId, StringComparer.Ordinal)
                .Select(g => new CoalitionPost(
                    g.Key.Campaign, g.Key.PostId, TimeZoneInfo.ConvertTime(g.Key.DueUtc, zone),
                    [.. g.GroupBy(r => r.Key.Account).OrderBy(a => a.Key, StringComparer.Ordinal)
                        .Select(a => (a.Key, (IReadOnlyList<string>)[.. a.Select(r => r.Key.Locale).Order(StringComparer.Ordinal)]))],
                    g.GroupBy(r => r.State).ToDictionary(s => s.Key, s => s.Count())))]));
        }

        return new(date, publishing, silent);
    }
}
