using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Platforms.Tests.Fakes.Mastodon;

/// <summary>
/// A Mastodon instance on loopback: Bearer token, multipart media with a MIME type and a description of at most
/// 1500 characters, 202-then-206-then-200 processing when asked, 500-grapheme statuses, ISO 639-1 languages,
/// media that must be processed before attaching, Idempotency-Key per account, the 30-per-30-minutes media limit,
/// and each endpoint's scope (403 outside it). The OAuth side (app registration, authorize, token, revoke) is in
/// the other part of this class.
/// </summary>
public sealed partial class MastodonFake(string accessToken) : LoopbackFake
{
    private long _nextId = 110_000_000_000_000_000;
    private int _uploadsInWindow;
    private readonly ConcurrentDictionary<string, MastodonStatus> _byIdempotencyKey = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, MastodonMedia> Media { get; } = new();

    public ConcurrentQueue<MastodonStatus> Statuses { get; } = new();

    /// <summary>When set, uploads answer 202 and the media answers 206 this many times before 200.</summary>
    public int ProcessingPolls { get; set; }

    public int UploadsPerWindow { get; set; } = 30;

    public DateTimeOffset WindowReset { get; } = TimeProvider.System.GetUtcNow().AddMinutes(30);

    protected override void Map(WebApplication app)
    {
        _tokens[accessToken] = FullScopes;
        MapOAuth(app);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path.StartsWith("/oauth/", StringComparison.Ordinal) || path.StartsWith("/.well-known/", StringComparison.Ordinal) || path == "/api/v1/apps")
            {
                await next(context);
                return;
            }

            var header = context.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.TryGetValue(header["Bearer ".Length..], out var scopes))
            {
                await Error(context, 401, "The access token is invalid");
                return;
            }

            if (!Allows(scopes, ScopeFor(context.Request.Method, path)))
            {
                await Error(context, 403, "This action is outside the authorized scopes");
                return;
            }

            await next(context);
        });
        app.MapPost("/api/v2/media", UploadAsync);
        app.MapGet("/api/v1/media/{id}", (string id, HttpContext context) => Poll(id, context));
        app.MapPost("/api/v1/statuses", PostAsync);
        app.MapGet("/api/v1/accounts/verify_credentials", () => Results.Json(new { id = "1", username = "campaign", acct = "campaign" }));
        app.MapGet("/api/v1/accounts/{id}/statuses", (string id) => Results.Json(Statuses.Reverse().Take(20).Select(Json).ToArray()));
    }

    private async Task UploadAsync(HttpContext context)
    {
        if (Interlocked.Increment(ref _uploadsInWindow) > UploadsPerWindow)
        {
            await WriteFaultAsync(context, Fault.RateLimited);
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await Error(context, 422, "Validation failed: File content type is invalid, File is invalid");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files["file"];
        var description = form["description"].ToString();
        if (file is null || file.ContentType is not ("image/png" or "image/jpeg"))
        {
            await Error(context, 422, "Validation failed: File content type is invalid, File is invalid");
            return;
        }

        if (description.Length > 1500)
        {
            await Error(context, 422, "Validation failed: Description is too long (maximum is 1500 characters)");
            return;
        }

        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, context.RequestAborted);
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        Media[id] = new MastodonMedia(id, bytes.ToArray(), description, ProcessingPolls);
        context.Response.StatusCode = ProcessingPolls > 0 ? 202 : 200;
        await context.Response.WriteAsJsonAsync(new { id, type = "image", url = ProcessingPolls > 0 ? null : $"{BaseUrl}media/{id}.png", description });
    }

    private IResult Poll(string id, HttpContext context)
    {
        if (!Media.TryGetValue(id, out var media))
        {
            return Results.Json(new { error = "Record not found" }, statusCode: 404);
        }

        if (media.PollsLeft > 0)
        {
            Media[id] = media with { PollsLeft = media.PollsLeft - 1 };
            return Results.Json(new { id, type = "image", url = (string?)null }, statusCode: 206);
        }

        return Results.Json(new { id, type = "image", url = $"{BaseUrl}media/{id}.png", description = media.Description });
    }

    private async Task PostAsync(HttpContext context)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 0 && _byIdempotencyKey.TryGetValue(key, out var earlier))
        {
            await context.Response.WriteAsJsonAsync(Json(earlier));
            return;
        }

        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
        var text = body.TryGetProperty("status", out var s) ? s.GetString() ?? "" : "";
        var language = body.TryGetProperty("language", out var l) ? l.GetString() : null;
        var visibility = body.TryGetProperty("visibility", out var v) ? v.GetString() : "public";
        var mediaIds = body.TryGetProperty("media_ids", out var m) ? m.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        var problem =
            text.Length == 0 && mediaIds.Count == 0 ? "Validation failed: Text can't be blank"
            : new StringInfo(text).LengthInTextElements > 500 ? "Validation failed: Text character limit of 500 exceeded"
            : language is not null && !Iso639().IsMatch(language) ? "Validation failed: Language is not a valid ISO 639 code"
            : visibility is not ("public" or "unlisted" or "private" or "direct") ? "Validation failed: Visibility is not included in the list"
            : mediaIds.Count > 4 || mediaIds.Any(id => !Media.ContainsKey(id)) ? "Validation failed: Media attachments are invalid"
            : mediaIds.Any(id => Media[id].PollsLeft > 0) ? "Cannot attach files that have not finished processing. Try again in a moment!"
            : null;
        if (problem is not null)
        {
            await Error(context, 422, problem);
            return;
        }

        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var status = new MastodonStatus(id, text, language, visibility!, mediaIds, $"{BaseUrl}@campaign/{id}");
        Statuses.Enqueue(status);
        if (key.Length > 0)
        {
            _byIdempotencyKey[key] = status;
        }

        await context.Response.WriteAsJsonAsync(Json(status));
    }

    private object Json(MastodonStatus status) => new
    {
        id = status.Id,
        url = status.Url,
        language = status.Language,
        visibility = status.Visibility,
        content = "<p>" + Hashtag().Replace(WebUtility.HtmlEncode(status.Text), t => $"<a href=\"{BaseUrl}tags/{t.Groups[1].Value}\" class=\"mention hashtag\" rel=\"tag\">#<span>{t.Groups[1].Value}</span></a>") + "</p>",
        media_attachments = status.MediaIds.Select(id => new { id, type = "image", description = Media[id].Description }),
    };

    protected override Task WriteFaultAsync(HttpContext context, Fault fault)
    {
        if (fault == Fault.RateLimited)
        {
            context.Response.Headers["X-RateLimit-Limit"] = UploadsPerWindow.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Remaining"] = "0";
            context.Response.Headers["X-RateLimit-Reset"] = WindowReset.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
            return Error(context, 429, "Too many requests");
        }

        return fault == Fault.Unauthorized ? Error(context, 401, "The access token is invalid") : Error(context, 503, "Service Unavailable");
    }

    private static Task Error(HttpContext context, int status, string error)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error });
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex Iso639();

    [GeneratedRegex("#(\\w+)")]
    private static partial Regex Hashtag();
}

public sealed record MastodonMedia(string Id, byte[] Bytes, string Description, int PollsLeft);

public sealed record MastodonStatus(string Id, string Text, string? Language, string Visibility, IReadOnlyList<string> MediaIds, string Url);
