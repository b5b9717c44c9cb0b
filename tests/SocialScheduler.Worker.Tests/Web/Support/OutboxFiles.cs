using System.Text.Json;

namespace SocialScheduler.Worker.Tests.Web.Support;

/// <summary>What the dry-run outbox wrote, read as a platform would have received it.</summary>
public static class OutboxFiles
{
    /// <summary>The outbox entry <paramref name="file"/> once it is written; fails when it is not within <paramref name="timeout"/>.</summary>
    public static async Task<JsonDocument> WaitForAsync(string file, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (!File.Exists(file))
        {
            Assert.True(TimeProvider.System.GetUtcNow() < until, $"{file} was not written within {timeout}.");
            await Task.Delay(1000, TestContext.Current.CancellationToken);
        }

        return JsonDocument.Parse(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
    }
}
