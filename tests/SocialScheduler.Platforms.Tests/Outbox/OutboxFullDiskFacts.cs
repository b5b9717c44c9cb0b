using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Core.Storage;
using SocialScheduler.Platforms.Outbox;
using SocialScheduler.Platforms.Tests.Support;
using SocialScheduler.Testing;

namespace SocialScheduler.Platforms.Tests.Outbox;

/// <summary>The outbox folder on a small tmpfs that fills up, then has space again.</summary>
public sealed class OutboxFullDiskFacts
{
    [Fact]
    public async Task A_full_outbox_disk_puts_the_post_off_without_spending_an_attempt_leaves_no_part_of_it_and_writes_it_once_space_returns()
    {
        using var disk = SmallDisk.Mount(megabytes: 1);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var disks = new FullDisks(time);
        using var publisher = new OutboxPublisher(Options.Create(new OutboxOptions { Path = disk.Path }), disks, time, NullLogger<OutboxPublisher>.Instance);
        var post = Some.Post("outbox", "en");
        disk.Fill();

        var refused = await publisher.PublishAsync(post, TestContext.Current.CancellationToken);
        var whileFull = disks.Current;
        var found = await publisher.FindAsync(post, TestContext.Current.CancellationToken);
        disk.Free();
        var written = await publisher.PublishAsync(post, TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.RateLimited, refused.Failure);
        Assert.Contains($"disk is full at {disk.Path}", refused.Message);
        Assert.Equal(time.GetUtcNow() + OutboxPublisher.FullDiskWait, refused.RetryAfter);
        Assert.Equal(disk.Path, Assert.Single(whileFull).Where);
        Assert.Null(found);
        Assert.True(written.Succeeded, written.ToString());
        Assert.Empty(disks.Current);
        Assert.Empty(Directory.EnumerateFiles(disk.Path, "*.tmp", SearchOption.AllDirectories));
    }
}
