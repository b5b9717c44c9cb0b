using System.Text;
using System.Text.Json;

namespace SocialScheduler.Jobs.Alerts.Channels;

/// <summary>
/// POSTs each event to <c>Alerts:Webhooks:&lt;name&gt;:Url</c>, signed (see <see cref="WebhookSignature"/>): the event
/// as JSON, or the message Slack, Teams or Matrix incoming webhooks take. Any answer but 2xx, a refused connection or
/// a receiver that hangs past <c>Alerts:Timeout</c> is a failed delivery.
/// </summary>
internal sealed class WebhookChannel(string name, WebhookChannelOptions options, HttpClient http, TimeProvider time, TimeSpan timeout) : IAlertChannel
{
    public string Name { get; } = "webhook:" + name;

    public bool Accepts(string type) => options.Events.Count == 0 || options.Events.Contains(type, StringComparer.Ordinal);

    public async Task SendAsync(AlertEvent alert, CancellationToken cancellationToken)
    {
        var body = Body(alert, options.Format);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(WebhookSignature.Header, WebhookSignature.Sign(options.Secret!, time.GetUtcNow().ToUnixTimeSeconds(), body));
        request.Headers.TryAddWithoutValidation("SocialScheduler-Event-Id", alert.Id);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AlertDeliveryException($"{options.Url} did not answer within {timeout.TotalSeconds:0} s (Alerts:Timeout).");
        }
        catch (HttpRequestException ex)
        {
            throw new AlertDeliveryException($"{options.Url} could not be reached: {ex.Message}");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new AlertDeliveryException($"{options.Url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
        }
    }

    internal static string Body(AlertEvent alert, string format) => format.ToUpperInvariant() switch
    {
        "SLACK" => JsonSerializer.Serialize(new { text = alert.Text() }),
        "TEAMS" => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@type"] = "MessageCard", ["@context"] = "https://schema.org/extensions", ["summary"] = alert.Title,
            ["title"] = alert.Title, ["text"] = alert.Text().Replace("\n", "\n\n", StringComparison.Ordinal),
        }),
        "MATRIX" => JsonSerializer.Serialize(new { text = alert.Text(), msgtype = "m.text", body = alert.Text() }),
        _ => alert.ToJson(),
    };
}

/// <summary>A delivery failed; the message says why in words a person can act on, and holds no secret.</summary>
public sealed class AlertDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
