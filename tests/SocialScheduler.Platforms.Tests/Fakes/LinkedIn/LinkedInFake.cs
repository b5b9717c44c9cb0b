using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Platforms.Tests.Fakes.LinkedIn;

/// <summary>
/// LinkedIn's Images and Posts APIs on loopback: Bearer token, an active <c>LinkedIn-Version</c> and
/// <c>X-Restli-Protocol-Version: 2.0.0</c> on every call, image owner equal to the author, the upload PUT before the
/// post, 3000-character commentary, 422 on duplicates naming the earlier post, and little-text parsing that cuts the
/// post at an unescaped reserved character, as LinkedIn does.
/// </summary>
public sealed class LinkedInFake(string accessToken, string author) : LoopbackFake
{
    private const string Reserved = "|{}@[]()<>#\\*_~";
    private static readonly string[] ActiveVersions = ["202511", "202512", "202601", "202602", "202603", "202604", "202605", "202606", "202607", "202608", "202609", "202610", "202611"];
    private long _nextId = 7_300_000_000_000_000_000;

    public ConcurrentDictionary<string, byte[]?> Images { get; } = new();

    public ConcurrentQueue<LinkedInPost> Posts { get; } = new();

    /// <summary>LinkedIn's upload URLs carry a token in their query; it must not reach a log line either.</summary>
    public string UploadToken { get; set; } = "upload-token";

    protected override void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var version = context.Request.Headers["LinkedIn-Version"].ToString();
            if (context.Request.Headers.Authorization.ToString() != "Bearer " + accessToken)
            {
                await Error(context, 401, "REVOKED_ACCESS_TOKEN", "The token used in the request has been revoked by the user");
            }
            else if (!ActiveVersions.Contains(version))
            {
                await Error(context, 426, "NONEXISTENT_VERSION", $"Requested version {version} is not active");
            }
            else if (context.Request.Headers["X-Restli-Protocol-Version"] != "2.0.0")
            {
                await Error(context, 400, "ILLEGAL_ARGUMENT", "X-Restli-Protocol-Version 2.0.0 is required");
            }
            else
            {
                await next(context);
            }
        });
        app.MapPost("/rest/images", InitializeAsync);
        app.MapPut("/dms-uploads/{id}", UploadAsync);
        app.MapPost("/rest/posts", PostAsync);
        app.MapGet("/rest/posts", () => Results.Json(new { elements = Posts.Reverse().Select(p => new { id = p.Urn, commentary = p.Commentary }) }));
    }

    private async Task InitializeAsync(HttpContext context)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
        if (context.Request.Query["action"] != "initializeUpload"
            || !body.TryGetProperty("initializeUploadRequest", out var init) || init.GetProperty("owner").GetString() != author)
        {
            await Error(context, 400, "INVALID_URN_ID", "initializeUploadRequest.owner must be the author");
            return;
        }

        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        Images[$"urn:li:image:{id}"] = null;
        await context.Response.WriteAsJsonAsync(new { value = new { uploadUrlExpiresAt = 1_900_000_000_000, uploadUrl = $"{BaseUrl}dms-uploads/{id}?ut={UploadToken}", image = $"urn:li:image:{id}" } });
    }

    private async Task UploadAsync(string id, HttpContext context)
    {
        using var bytes = new MemoryStream();
        await context.Request.Body.CopyToAsync(bytes, context.RequestAborted);
        if (!Images.ContainsKey($"urn:li:image:{id}") || PngInfo.Read(bytes.ToArray()) is null)
        {
            await Error(context, 400, "INVALID_UPLOAD", "Unknown upload or not an image");
            return;
        }

        Images[$"urn:li:image:{id}"] = bytes.ToArray();
        context.Response.StatusCode = 201;
    }

    private async Task PostAsync(HttpContext context)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
        var commentary = body.GetProperty("commentary").GetString() ?? "";
        if (body.TryGetProperty("content", out var content) && content.ValueKind != JsonValueKind.Object)
        {
            // Rest.li refuses a field whose value is not of its type: a text post leaves content out.
            await Error(context, 400, "INVALID_FIELD_TYPE", "/content: expected a record, found " + content.ValueKind);
            return;
        }

        var media = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("media", out var m) ? m : default;
        var imageId = media.ValueKind == JsonValueKind.Object ? media.GetProperty("id").GetString()! : null;
        if (body.GetProperty("author").GetString() != author || body.GetProperty("lifecycleState").GetString() != "PUBLISHED"
            || body.GetProperty("visibility").GetString() is not ("PUBLIC" or "CONNECTIONS" or "LOGGED_IN"))
        {
            await Error(context, 400, "INVALID_URN_ID", "author, lifecycleState and visibility are required");
            return;
        }

        if (commentary.Length > 3000)
        {
            await Error(context, 400, "COMMENTARY_LENGTH_TOO_LONG", "commentary is longer than 3000 characters");
            return;
        }

        if (imageId is not null && (!Images.TryGetValue(imageId, out var uploaded) || uploaded is null))
        {
            await Error(context, 400, "INVALID_CONTENT", $"{imageId} has not been uploaded");
            return;
        }

        if (Posts.FirstOrDefault(p => p.Commentary == commentary) is { } earlier)
        {
            await Error(context, 422, "UNPROCESSABLE_ENTITY", $"Content is a duplicate of {earlier.Urn}");
            return;
        }

        var urn = $"urn:li:share:{Interlocked.Increment(ref _nextId)}";
        Posts.Enqueue(new LinkedInPost(urn, commentary, Render(commentary), imageId, media.ValueKind == JsonValueKind.Object ? media.GetProperty("altText").GetString() : null));
        context.Response.StatusCode = 201;
        context.Response.Headers["x-restli-id"] = urn;
    }

    /// <summary>What members see: escapes removed, hashtags kept, and the text cut at the first unescaped reserved character.</summary>
    public static string Render(string commentary)
    {
        var shown = new StringBuilder();
        for (var i = 0; i < commentary.Length; i++)
        {
            var c = commentary[i];
            if (c == '\\' && i + 1 < commentary.Length)
            {
                shown.Append(commentary[++i]);
            }
            else if (c == '#' && i + 1 < commentary.Length && char.IsLetterOrDigit(commentary[i + 1]))
            {
                shown.Append(c);
            }
            else if (Reserved.Contains(c, StringComparison.Ordinal))
            {
                break;
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    protected override Task WriteFaultAsync(HttpContext context, Fault fault) => fault switch
    {
        Fault.RateLimited => Error(context, 429, "TOO_MANY_REQUESTS", "Resource level throttle APPLICATION DAY limit for calls to this resource is reached."),
        Fault.Unauthorized => Error(context, 401, "EXPIRED_ACCESS_TOKEN", "The token used in the request has expired"),
        _ => Error(context, 503, "SERVICE_UNAVAILABLE", "Service Unavailable"),
    };

    private static Task Error(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { status, serviceErrorCode = 100, code, message });
    }
}

public sealed record LinkedInPost(string Urn, string Commentary, string Shown, string? ImageId, string? AltText);
