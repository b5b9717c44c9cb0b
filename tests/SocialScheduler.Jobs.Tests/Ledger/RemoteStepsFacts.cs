using SocialScheduler.Core.Publishing;
using SocialScheduler.Jobs.Tests.Support;

namespace SocialScheduler.Jobs.Tests.Ledger;

/// <summary>
/// The ledger's memory of remote steps (a container id): kept per publication across its attempts, so an attempt
/// after a crash publishes the container the first one made instead of making a second.
/// </summary>
public abstract class RemoteStepsFactsBase : LedgerFacts
{
    private static readonly DateTimeOffset Due = Some.Now.AddMinutes(10);

    [Fact]
    public async Task Every_attempt_of_a_publication_names_it_the_same_way_while_its_idempotency_key_changes()
    {
        await using var h = await StartAsync();
        h.Source.Set(Some.Post("a", locales: ["en"]));
        await h.SyncAsync();
        h.Publisher.Answer(PublishResult.Failed(FailureKind.Transient, "503"));

        await h.RunDueAsync(Due);
        await h.RunDueAsync(Due.AddHours(1));

        var attempts = h.Publisher.Received.ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Publication, attempts[1].Publication);
        Assert.NotEqual(attempts[0].IdempotencyKey, attempts[1].IdempotencyKey);
        Assert.Equal((await h.RecordAsync("a"))!.Key.ToString(), attempts[0].Publication);
    }

    [Fact]
    public async Task A_remembered_container_is_recalled_by_a_later_attempt_and_a_new_one_replaces_it()
    {
        await using var h = await StartAsync();
        var steps = h.Get<IPublishSteps>();
        var ct = TestContext.Current.CancellationToken;

        await steps.RememberAsync("c/a/instagram/en", "container", "17900000001 fingerprint-1", ct);
        var first = await steps.RecallAsync("c/a/instagram/en", "container", ct);
        await steps.RememberAsync("c/a/instagram/en", "container", "17900000002 fingerprint-2", ct);

        Assert.Equal("17900000001 fingerprint-1", first);
        Assert.Equal("17900000002 fingerprint-2", await steps.RecallAsync("c/a/instagram/en", "container", ct));
        Assert.Null(await steps.RecallAsync("c/a/instagram/fr", "container", ct));
        Assert.Null(await steps.RecallAsync("c/a/instagram/en", "other-step", ct));
    }
}

public sealed class RemoteStepsFacts : RemoteStepsFactsBase;

public sealed class PostgresRemoteStepsFacts : RemoteStepsFactsBase
{
    protected override bool OnPostgres => true;
}
