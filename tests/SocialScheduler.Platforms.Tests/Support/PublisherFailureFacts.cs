using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Tests.Fakes;

namespace SocialScheduler.Platforms.Tests.Support;

/// <summary>
/// What every adapter does with each kind of failure on the request that creates the post, against its platform's
/// loopback fake: an unreadable success is unknown, a 503 transient, a timeout after the post was sent unknown (and
/// the finder then finds the post), an unreachable platform transient. A platform's own cases stay in its class.
/// </summary>
public abstract class PublisherFailureFacts<TFake> : IAsyncLifetime
    where TFake : LoopbackFake
{
    /// <summary>The correctly configured account, made by <see cref="CreateHarness"/>.</summary>
    protected PlatformHarness Configured { get; private set; } = null!;

    protected abstract TFake Fake { get; }

    /// <summary>The path of the request that creates the post.</summary>
    protected abstract string PostPath { get; }

    /// <summary>The remote ids of the posts the fake holds.</summary>
    protected abstract IEnumerable<string> PostedIds { get; }

    /// <summary>The harness of a correctly configured account.</summary>
    protected abstract PlatformHarness CreateHarness();

    public async ValueTask InitializeAsync()
    {
        await StartAsync();
        Configured = CreateHarness();
    }

    /// <summary>Starts the fake, and whatever else the platform fetches from, before the harness is made.</summary>
    protected virtual Task StartAsync() => Fake.StartAsync();

    /// <summary>Stops what <see cref="StartAsync"/> started besides the fake.</summary>
    protected virtual ValueTask StopAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_success_status_with_an_unreadable_body_is_unknown()
    {
        Fake.FailNext(PostPath, Fault.GarbledSuccess);

        Assert.Equal(FailureKind.Unknown, (await Configured.PublishAsync()).Failure);
    }

    [Fact]
    public async Task A_503_is_transient()
    {
        Fake.FailNext(PostPath, Fault.ServerError);

        Assert.Equal(FailureKind.Transient, (await Configured.PublishAsync()).Failure);
    }

    [Fact]
    public async Task A_timeout_after_the_post_was_sent_is_unknown_and_the_finder_finds_it()
    {
        Fake.FailNext(PostPath, Fault.HangAfterHandling);

        var result = await Configured.PublishAsync();
        var found = await Configured.Finder.FindAsync(Some.Post(Configured.Account), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Unknown, result.Failure);
        Assert.Equal(Assert.Single(PostedIds), found!.RemoteId);
    }

    [Fact]
    public async Task The_finder_reports_nothing_when_no_post_has_the_text()
    {
        Assert.Null(await Configured.Finder.FindAsync(Some.Post(Configured.Account), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unreachable_platform_is_transient()
    {
        await Fake.DisposeAsync();

        Assert.Equal(FailureKind.Transient, (await Configured.PublishAsync()).Failure);
    }

    /// <summary>Publishes once through every fault of the post request, for a check that no secret leaks.</summary>
    protected async Task<List<PublishResult>> PublishThroughEveryFaultAsync(Func<Fault, Task<PublishResult>> publish)
    {
        var results = new List<PublishResult>();
        foreach (var fault in Enum.GetValues<Fault>())
        {
            Fake.FailNext(PostPath, fault);
            results.Add(await publish(fault));
        }

        return results;
    }

    public async ValueTask DisposeAsync()
    {
        Configured.Dispose();
        await Fake.DisposeAsync();
        await StopAsync();
        GC.SuppressFinalize(this);
    }
}
