using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Jobs.FaultHarness;

/// <summary>
/// A publisher for the loopback fake platform, classifying failures as a real adapter must: refused connection →
/// transient; 401/403 → auth; 429 → rate-limited until Retry-After; other 4xx → permanent; 5xx → transient;
/// a reset or timeout after the request left → unknown. When told to, it dies right after the platform's 2xx.
/// </summary>
internal sealed class HttpPlatformPublisher(HttpClient http, double crashAfterSendPercent) : IPlatformPublisher, IPublicationFinder, IPublisherResolver
{
    public string Platform => "Fake";

    public IPlatformPublisher ForAccount(string account) => this;

    public async Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "posts")
            {
                Content = JsonContent.Create(new { publication = $"{request.PostId}/{request.Account}/{request.Locale}", text = request.Text }),
            };
            message.Headers.Add("Idempotency-Key", request.IdempotencyKey);
            response = await http.SendAsync(message, cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return PublishResult.Failed(FailureKind.Transient, "connection refused");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
        {
            return PublishResult.Failed(FailureKind.Unknown, "no answer after sending: " + ex.Message);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode && crashAfterSendPercent > 0 && Random.Shared.NextDouble() * 100 < crashAfterSendPercent)
            {
                // The platform has the post; this process dies before the ledger hears of it.
                System.Diagnostics.Process.GetCurrentProcess().Kill();
            }

            return await ResultAsync(response, cancellationToken);
        }
    }

    public async Task<PublishResult?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"posts?key={Uri.EscapeDataString(request.IdempotencyKey)}", cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ResultAsync(response, cancellationToken);
    }

    private static async Task<PublishResult> ResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                var id = json.RootElement.GetProperty("id").GetString()!;
                return PublishResult.Published(id, new Uri(json.RootElement.GetProperty("url").GetString()!));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UriFormatException)
            {
                return PublishResult.Failed(FailureKind.Unknown, "2xx without a readable post id: " + ex.Message);
            }
        }

        var status = (int)response.StatusCode;
        return status switch
        {
            401 or 403 => PublishResult.Failed(FailureKind.Auth, body),
            429 => PublishResult.Failed(FailureKind.RateLimited, body, TimeProvider.System.GetUtcNow() + (response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5))),
            >= 500 => PublishResult.Failed(FailureKind.Transient, body),
            _ => PublishResult.Failed(FailureKind.Permanent, body),
        };
    }

    public static HttpClient Client(Uri platform, string token) => new()
    {
        BaseAddress = platform,
        Timeout = TimeSpan.FromSeconds(5),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };
}
