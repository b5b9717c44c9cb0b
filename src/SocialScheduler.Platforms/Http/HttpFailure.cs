using System.Net.Sockets;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Http;

/// <summary>Classifies network failures by whether the request could have reached the platform.</summary>
internal static class HttpFailure
{
    /// <summary>True for exceptions this class classifies; the caller's own cancellation is never one.</summary>
    public static bool IsNetwork(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e is HttpRequestException or TaskCanceledException or TimeoutException;

    /// <summary>True when the connection was never made, so nothing was sent.</summary>
    public static bool NothingSent(Exception e) =>
        e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError }
        || e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable };

    /// <param name="platform">The platform, for the message.</param>
    /// <param name="step">What was being done, for the message.</param>
    /// <param name="createsPost">Whether the request creates the post, so an interrupted one may have succeeded.</param>
    public static PublishResult Classify(Exception e, string platform, string step, bool createsPost)
    {
        if (NothingSent(e))
        {
            return PublishResult.Failed(FailureKind.Transient, $"{platform} could not be reached while {step}: {e.Message}");
        }

        var what = e is TaskCanceledException or TimeoutException ? "timed out" : $"was interrupted ({e.Message})";
        return createsPost
            ? PublishResult.Failed(FailureKind.Unknown, $"{platform} {what} after the post was sent while {step}: it may exist; look it up before trying again.")
            : PublishResult.Failed(FailureKind.Transient, $"{platform} {what} while {step}; nothing was posted.");
    }
}
