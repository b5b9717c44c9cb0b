namespace SocialScheduler.Platforms.Http;

/// <summary>
/// Retries a request only when its connection could not be opened, so it never reached the platform and a retry
/// cannot post twice. Every other failure goes back to the adapter, which classifies it for the job layer.
/// </summary>
internal sealed class ConnectRetryHandler(TimeProvider time) : DelegatingHandler
{
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(800)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e) when (attempt < Delays.Length && HttpFailure.NothingSent(e))
            {
                await Task.Delay(Delays[attempt], time, cancellationToken);
            }
        }
    }
}
