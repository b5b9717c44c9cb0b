using SocialScheduler.Core.Schedules;
using SocialScheduler.Jobs.Ledger;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Ledger;

public abstract class HistoryOfFactsBase : LedgerFacts
{
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    private static PublicationKey Key(string postId, string locale) => new("child-safety-online-now", postId, "outbox", locale);

    [Fact]
    public async Task Only_the_history_of_the_asked_publications_comes_back_in_the_export_order()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a"), Some.Post("b"), Some.Post("c", due: Due.AddDays(1)));
        await h.SyncAsync();
        await h.RunDueAsync(Due);
        // Ids that match nothing, sorting before, between and after the asked ones: more than one query's worth.
        var asked = Enumerable.Range(0, 700).Select(i => Key($"{(char)('a' + (i % 4))}-{i:D3}", "en"))
            .Append(Key("a", "fr")).Append(Key("b", "en")).Append(Key("c", "en")).ToList();

        var history = await h.Ledger.HistoryOfAsync(asked);
        var export = await h.Ledger.ExportHistoryAsync(PublicationFilter.All);

        Assert.Equal(
            [Key("a", "fr"), Key("b", "en"), Key("c", "en")],
            history.Select(e => e.Key).Distinct());
        Assert.Contains(history, e => e.Key == Key("b", "en") && e.To == PublicationState.Published);
        Assert.Equal(export.Where(e => e.Key == Key("a", "fr") || e.Key == Key("b", "en") || e.Key == Key("c", "en")), history);
    }

    [Fact]
    public async Task Asking_for_no_publication_gives_no_history()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a"));
        await h.SyncAsync();

        Assert.Empty(await h.Ledger.HistoryOfAsync([]));
    }
}

public sealed class HistoryOfFacts : HistoryOfFactsBase;

public sealed class PostgresHistoryOfFacts : HistoryOfFactsBase
{
    protected override bool OnPostgres => true;
}
