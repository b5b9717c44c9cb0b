using System.Text.Json;
using SocialScheduler.Core.Publishing;
using SocialScheduler.Platforms.Http;

namespace SocialScheduler.Platforms.Graph;

/// <summary>
/// What a Graph API error means for the job layer. Meta speaks in <c>error.code</c>, not in status codes: 190 and
/// 10/200–299 need a person, 4/17/32/341/613 are throttling (the wait read from <c>X-Business-Use-Case-Usage</c>),
/// 368 is a temporary block, 1/2 are transient.
/// </summary>
internal static class GraphFailures
{
    public const int Duplicate = 506;

    private static readonly int[] Throttled = [4, 17, 32, 341, 613];

    public static int? Code(ApiReply reply)
    {
        try
        {
            return reply.Json() is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var code) && code.TryGetInt32(out var value)
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static PublishResult Classify(string platform, ApiReply reply, TimeProvider time, string authHint) => new FailureRules(platform, (r, t) => ResetAt(r, t), authHint)
    {
        IsRateLimited = r => Code(r) is { } code && Throttled.Contains(code),
        IsAuth = r => Code(r) is 190 or 10 or (>= 200 and <= 299),
        Special = (r, message) => Code(r) switch
        {
            368 => PublishResult.Failed(FailureKind.RateLimited, message + " The account is temporarily blocked; it is tried again in a day.", time.GetUtcNow().AddDays(1)),
            1 or 2 => PublishResult.Failed(FailureKind.Transient, message),
            _ => null,
        },
    }.Classify(reply, time);

    /// <summary>The longest <c>estimated_time_to_regain_access</c> (minutes) in the usage headers; an hour when none says.</summary>
    private static DateTimeOffset ResetAt(ApiReply reply, TimeProvider time)
    {
        var minutes = new List<int>();
        foreach (var header in new[] { "X-Business-Use-Case-Usage", "X-App-Usage", "X-Ad-Account-Usage" })
        {
            try
            {
                if (reply.Header(header) is { } value)
                {
                    using var document = JsonDocument.Parse(value);
                    Collect(document.RootElement, minutes);
                }
            }
            catch (JsonException)
            {
            }
        }

        var wait = minutes.Count > 0 && minutes.Max() > 0 ? TimeSpan.FromMinutes(minutes.Max()) : TimeSpan.FromHours(1);
        return time.GetUtcNow() + wait;
    }

    private static void Collect(JsonElement element, List<int> minutes)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "estimated_time_to_regain_access" && property.Value.TryGetInt32(out var value))
                    {
                        minutes.Add(value);
                    }
                    else
                    {
                        Collect(property.Value, minutes);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, minutes);
                }

                break;
        }
    }
}
