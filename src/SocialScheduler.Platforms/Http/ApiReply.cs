using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SocialScheduler.Core.Publishing;

namespace SocialScheduler.Platforms.Http;

/// <summary>A platform's answer, read in full, or the classified network failure that prevented one.</summary>
internal sealed record ApiReply(HttpStatusCode Status, HttpResponseHeaders Headers, string Body, PublishResult? NetworkFailure)
{
    public bool IsSuccess => NetworkFailure is null && (int)Status is >= 200 and < 300;

    public static async Task<ApiReply> SendAsync(
        HttpClient client, HttpRequestMessage request, string platform, string step, bool createsPost, CancellationToken cancellationToken)
    {
        try
        {
            // A JSON body has no length until written: buffered, it goes out with Content-Length as the platforms' own
            // clients send it, not chunked. Other bodies (bytes, forms, multipart) know their length already.
            if (request.Content is System.Net.Http.Json.JsonContent json)
            {
                await json.LoadIntoBufferAsync(cancellationToken);
            }

            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new ApiReply(response.StatusCode, response.Headers, body, null);
        }
        catch (Exception e) when (HttpFailure.IsNetwork(e, cancellationToken))
        {
            using var empty = new HttpResponseMessage();
            return new ApiReply(0, empty.Headers, "", HttpFailure.Classify(e, platform, step, createsPost));
        }
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body.Length == 0 ? "{}" : Body);
        return document.RootElement.Clone();
    }

    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>The platform's own words, from whichever error shape it used; the status when there are none.</summary>
    public string PlatformMessage()
    {
        try
        {
            var json = Json();
            if (json.ValueKind == JsonValueKind.Object)
            {
                var parts = new List<string>();
                var named = Text(json, "error") is { } errorName && Text(json, "message") is { } text ? $"{errorName}: {text}" : null;
                if (named is not null)
                {
                    // XRPC sends an error name beside a message: "AuthenticationRequired: Invalid identifier or password".
                    parts.Add(named);
                }

                foreach (var name in named is null ? ["detail", "message", "error_description", "error", "title"] : new[] { "detail", "error_description", "title" })
                {
                    if (Text(json, name) is { } value)
                    {
                        parts.Add(value);
                    }
                }

                if (json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
                {
                    parts.AddRange(errors.EnumerateArray()
                        .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) ? m.GetString() : null)
                        .OfType<string>());
                }

                if (parts.Count > 0)
                {
                    return $"HTTP {(int)Status}: {string.Join(" ", parts.Distinct())}";
                }
            }
        }
        catch (JsonException)
        {
        }

        return $"HTTP {(int)Status} {Status}";
    }
}
