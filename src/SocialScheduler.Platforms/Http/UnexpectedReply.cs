using System.Text.Json;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Http;

/// <summary>
/// A success status with a body the adapter cannot read (a proxy's HTML page, a changed API). Where in the sequence
/// it happened is not known, so the post may exist: the outcome is unknown and the reconciler looks first.
/// </summary>
internal static class UnexpectedReply
{
    public static bool Is(Exception e) => e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or UriFormatException;

    /// <summary>Runs an adapter's publishing sequence, turning a reply it cannot read into an unknown outcome.</summary>
    public static async Task<PublishResult> GuardAsync(string platform, Func<Task<PublishResult>> publish)
    {
        try
        {
            return await publish();
        }
        catch (Exception e) when (Is(e))
        {
            return Result(platform, e);
        }
    }

    public static PublishResult Result(string platform, Exception e) =>
        PublishResult.Failed(FailureKind.Unknown, $"{platform} answered in a form this adapter does not understand ({e.GetType().Name}); look the post up before trying again.");
}
