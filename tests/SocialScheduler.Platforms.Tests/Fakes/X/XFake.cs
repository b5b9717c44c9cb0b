using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Platforms.Tests.Fakes.X;

/// <summary>
/// X API v2 on loopback: verifies every OAuth 1.0a signature, requires the multipart upload fields, checks alt text
/// and post length, refuses duplicate text and unknown keys, and counts the 15-minute post window.
/// </summary>
public sealed class XFake(string consumerKey, string consumerSecret, string token, string tokenSecret) : LoopbackFake
{
    public const string UserId = "1500000000000000001";
    private readonly XOAuthVerifier _verifier = new(consumerKey, consumerSecret, token, tokenSecret);
    private long _nextId = 1_800_000_000_000_000_000;
    private int _postsInWindow;

    public ConcurrentDictionary<string, XMedia> Media { get; } = new();

    public ConcurrentQueue<XPost> Posts { get; } = new();

    public int PostsPerWindow { get; set; } = 100;

    public DateTimeOffset WindowReset { get; } = TimeProvider.System.GetUtcNow().AddMinutes(15);

    /// <summary>When set, the user's 24-hour cap is used up until then (headers X sends but does not document).</summary>
    public DateTimeOffset? UserDayCapReset { get; set; }

    protected override void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (_verifier.Problem(context.Request) is { } problem)
            {
                context.Response.Headers["x-oauth-problem"] = problem;
                await Problem(context, 401, "about:blank", "Unauthorized", "Unauthorized");
                return;
            }

            await next(context);
        });
        app.MapPost("/2/media/upload", UploadAsync);
        app.MapPost("/2/media/metadata", MetadataAsync);
        app.MapPost("/2/tweets", TweetAsync);
        app.MapGet("/2/users/me", () => Results.Json(new { data = new { id = UserId, name = "Campaign", username = "campaign" } }));
        app.MapGet("/2/users/{id}/tweets", (string id) => Results.Json(new
        {
            data = Posts.Reverse().Where(_ => id == UserId).Take(20).Select(p => new { id = p.Id, text = p.Text }).ToArray(),
        }));
    }

    private async Task UploadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType || !context.Request.ContentType!.StartsWith("multipart/form-data", StringComparison.Ordinal))
        {
            await Invalid(context, "media", "The request body must be multipart/form-data.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files["media"];
        if (file is null || form["media_category"] != "tweet_image")
        {
            await Invalid(context, file is null ? "media" : "media_category", "The `media` and `media_category` (tweet_image) fields are required.");
            return;
        }

        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, context.RequestAborted);
        if (bytes.Length > 5 * 1024 * 1024 || PngInfo.Read(bytes.ToArray()) is not { } size)
        {
            await Invalid(context, "media", "The image must be a PNG or JPEG of at most 5 MB.");
            return;
        }

        var id = NextId();
        Media[id] = new XMedia(id, bytes.ToArray(), size.Width, size.Height);
        await context.Response.WriteAsJsonAsync(new
        {
            data = new { id, media_key = "3_" + id, size = bytes.Length, expires_after_secs = 86400, image = new { image_type = "image/png", w = size.Width, h = size.Height } },
        });
    }

    private async Task MetadataAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var id = body?["id"]?.GetValue<string>();
        var alt = body?["metadata"]?["alt_text"]?["text"]?.GetValue<string>();
        if (id is null || !Media.TryGetValue(id, out var media) || alt is null || alt.Length > 1000)
        {
            await Invalid(context, "metadata.alt_text.text", "The media id must be known and the alt text at most 1000 characters.");
            return;
        }

        Media[id] = media with { AltText = alt };
        await context.Response.WriteAsJsonAsync(new { data = new { id, associated_metadata = new { alt_text = new { text = alt } } } });
    }

    private async Task TweetAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
        var unknown = body.Select(p => p.Key).Except(["text", "media", "reply", "quote_tweet_id", "poll", "reply_settings"]).FirstOrDefault();
        var text = body["text"]?.GetValue<string>() ?? "";
        var mediaIds = body["media"]?["media_ids"]?.AsArray().Select(m => m!.GetValue<string>()).ToList() ?? [];
        if (Interlocked.Increment(ref _postsInWindow) > PostsPerWindow || UserDayCapReset is not null)
        {
            await RateLimitedAsync(context);
            return;
        }

        context.Response.Headers["x-rate-limit-limit"] = PostsPerWindow.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["x-rate-limit-remaining"] = Math.Max(0, PostsPerWindow - _postsInWindow).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["x-rate-limit-reset"] = WindowReset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (unknown is not null || WeightedLength(text) > 280 || mediaIds.Count > 4 || mediaIds.Any(m => !Media.ContainsKey(m)))
        {
            await Invalid(context, unknown ?? "text", unknown is not null ? $"The property '{unknown}' is not allowed." : "The text is too long or a media id is unknown.");
            return;
        }

        if (Posts.Any(p => p.Text == text))
        {
            await Problem(context, 403, "about:blank", "Forbidden", "You are not allowed to create a Tweet with duplicate content.");
            return;
        }

        var id = NextId();
        Posts.Enqueue(new XPost(id, text, mediaIds));
        context.Response.StatusCode = 201;
        await context.Response.WriteAsJsonAsync(new { data = new { id, text } });
    }

    protected override Task WriteFaultAsync(HttpContext context, Fault fault) => fault switch
    {
        Fault.RateLimited => RateLimitedAsync(context),
        Fault.Unauthorized => Problem(context, 401, "about:blank", "Unauthorized", "Unauthorized"),
        _ => Problem(context, 503, "about:blank", "Service Unavailable", "Service Unavailable"),
    };

    private async Task RateLimitedAsync(HttpContext context)
    {
        context.Response.StatusCode = 429;
        context.Response.Headers["x-rate-limit-limit"] = PostsPerWindow.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["x-rate-limit-remaining"] = UserDayCapReset is null ? "0" : "97";
        if (UserDayCapReset is { } dayReset)
        {
            context.Response.Headers["x-user-limit-24hour-limit"] = "17";
            context.Response.Headers["x-user-limit-24hour-remaining"] = "0";
            context.Response.Headers["x-user-limit-24hour-reset"] = dayReset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        context.Response.Headers["x-rate-limit-reset"] = WindowReset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await context.Response.WriteAsJsonAsync(new { errors = new[] { new { code = 88, message = "Rate limit exceeded" } } });
    }

    private static Task Invalid(HttpContext context, string parameter, string message)
    {
        context.Response.StatusCode = 400;
        return context.Response.WriteAsJsonAsync(new
        {
            errors = new[] { new { parameters = new Dictionary<string, string[]> { [parameter] = [] }, message } },
            title = "Invalid Request",
            detail = "One or more parameters to your request was invalid.",
            type = "https://api.twitter.com/2/problems/invalid-request",
        });
    }

    private static Task Problem(HttpContext context, int status, string type, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { title, detail, type, status }));
    }

    /// <summary>twitter-text v3 weighting: Latin and common punctuation count 1, everything else 2 (NFC first).</summary>
    public static int WeightedLength(string text)
    {
        var weight = 0;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            weight += rune.Value is <= 4351 or (>= 8192 and <= 8205) or (>= 8208 and <= 8223) or (>= 8242 and <= 8247) ? 1 : 2;
        }

        return weight;
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}

public sealed record XMedia(string Id, byte[] Bytes, int Width, int Height, string? AltText = null);

public sealed record XPost(string Id, string Text, IReadOnlyList<string> MediaIds);
