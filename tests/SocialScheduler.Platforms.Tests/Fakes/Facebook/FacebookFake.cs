using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Platforms.Tests.Fakes.Facebook;

/// <summary>A Facebook Page post as the fake holds it.</summary>
public sealed record FacebookPost(string Id, string Message, string? AltText, byte[]? Photo);

/// <summary>
/// One Facebook Page on loopback, under a versioned path: the Page token as Bearer, Graph error bodies
/// (<c>{"error":{"code":…}}</c>), <c>/photos</c> taking a multipart <c>source</c> file of at most 4 MB with
/// <c>message</c>, <c>/feed</c> taking a <c>message</c>, the same message twice in a row refused with code 506, and
/// <c>/published_posts</c> listing the newest first.
/// </summary>
public sealed class FacebookFake(string version, string pageId, string accessToken) : LoopbackFake
{
    private long _next = 1_000_000;

    public ConcurrentQueue<FacebookPost> Posts { get; } = new();

    protected override void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization.ToString() != "Bearer " + accessToken)
            {
                await Error(context, 400, 190, "Invalid OAuth access token - Cannot parse access token");
                return;
            }

            await next(context);
        });
        var page = $"/{version}/{pageId}";
        app.MapPost(page + "/photos", async context =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form.Files.GetFile("source") is not { } file)
            {
                await Error(context, 400, 324, "Requires upload file");
                return;
            }

            if (file.Length > 4 * 1024 * 1024)
            {
                await Error(context, 400, 1, "The photo file is too large");
                return;
            }

            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes, context.RequestAborted);
            await CreateAsync(context, form["message"].ToString(), form["alt_text_custom"].ToString(), bytes.ToArray(), isPhoto: true);
        });
        app.MapPost(page + "/feed", async context =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            await CreateAsync(context, form["message"].ToString(), null, null, isPhoto: false);
        });
        app.MapGet(page + "/published_posts", context =>
            context.Response.WriteAsJsonAsync(new
            {
                data = Posts.Reverse().Select(p => new { id = p.Id, message = p.Message, permalink_url = $"https://www.facebook.com/{p.Id}" }),
            }, context.RequestAborted));
    }

    private async Task CreateAsync(HttpContext context, string message, string? altText, byte[]? photo, bool isPhoto)
    {
        if (message.Length == 0 && photo is null)
        {
            await Error(context, 400, 100, "(#100) The post is empty");
            return;
        }

        if (Posts.LastOrDefault() is { } last && last.Message == message)
        {
            await Error(context, 400, 506, "Duplicate status message");
            return;
        }

        var id = $"{pageId}_{Interlocked.Increment(ref _next)}";
        Posts.Enqueue(new FacebookPost(id, message, altText, photo));
        await context.Response.WriteAsJsonAsync(isPhoto ? new { id = "photo" + id, post_id = (string?)id } : new { id, post_id = (string?)null }, context.RequestAborted);
    }

    protected override Task WriteFaultAsync(HttpContext context, Fault fault) => fault switch
    {
        Fault.RateLimited => Throttled(context),
        Fault.Unauthorized => Error(context, 400, 190, "Error validating access token: Session has expired"),
        _ => Error(context, 500, 2, "An unexpected error has occurred. Please retry your request later."),
    };

    private static Task Throttled(HttpContext context)
    {
        context.Response.Headers["X-Business-Use-Case-Usage"] = JsonSerializer.Serialize(new Dictionary<string, object[]>
        {
            ["1"] = [new { type = "pages", call_count = 100, total_cputime = 20, total_time = 30, estimated_time_to_regain_access = 17 }],
        });
        return Error(context, 400, 32, "Page request limit reached");
    }

    private static async Task Error(HttpContext context, int status, int code, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = new { message, type = "OAuthException", code, fbtrace_id = "AbCdEf" } }, context.RequestAborted);
    }
}
