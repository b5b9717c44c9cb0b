using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialScheduler.Platforms.Tests.Fakes.Meta;

/// <summary>
/// An Instagram or Threads account on loopback, under a versioned path, with its token as Bearer and Graph error
/// bodies: a container is made from a form (Instagram's <c>image_url</c>, <c>caption</c>, <c>alt_text</c>; Threads'
/// <c>media_type</c>, <c>image_url</c>, <c>text</c>, <c>alt_text</c>) after the fake fetched the image itself
/// (<see cref="MetaCrawler"/>); it is IN_PROGRESS for <see cref="ReadsInProgress"/> status reads, then FINISHED;
/// publishing it before that is refused with code 9007; the publishing quota is counted over 24 hours.
/// </summary>
public sealed class ContainerFake(ContainerFlavour flavour, string version, string userId, string accessToken) : LoopbackFake
{
    private long _next = 17_900_000_000;

    public ConcurrentDictionary<string, FakeContainer> Containers { get; } = new();

    /// <summary>Published posts, oldest first.</summary>
    public ConcurrentQueue<FakeContainer> Posts { get; } = new();

    public int ReadsInProgress { get; set; } = 1;

    /// <summary>Posts counted as published in the last 24 hours before any made here.</summary>
    public int EarlierPosts { get; set; }

    public string CreatePath => $"/{version}/{userId}/{flavour.Create}";

    public string PublishPath => $"/{version}/{userId}/{flavour.Publish}";

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
        var user = $"/{version}/{userId}";
        app.MapPost(user + "/" + flavour.Create, CreateAsync);
        app.MapPost(user + "/" + flavour.Publish, PublishAsync);
        app.MapGet(user + "/" + flavour.Limit, context => context.Response.WriteAsJsonAsync(new
        {
            data = new[] { new { quota_usage = EarlierPosts + Posts.Count, config = new { quota_total = flavour.QuotaTotal, quota_duration = 86400 } } },
        }, context.RequestAborted));
        app.MapGet(user + "/" + flavour.Recent, context => context.Response.WriteAsJsonAsync(new
        {
            data = Posts.Reverse().Select(p => new Dictionary<string, string>
            {
                ["id"] = p.MediaId!, [flavour.TextField] = p.Text, ["timestamp"] = "2026-12-01T08:30:00+0000", ["permalink"] = Permalink(p),
            }),
        }, context.RequestAborted));
        app.MapGet($"/{version}/{{id}}", ReadAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var text = form[flavour.TextField].ToString();
        var type = form["media_type"].ToString();
        var imageUrl = form["image_url"].ToString();
        if (flavour == ContainerFlavour.Threads && type is not ("IMAGE" or "TEXT"))
        {
            await Error(context, 400, 100, "Param media_type must be one of {TEXT, IMAGE, VIDEO, CAROUSEL}");
            return;
        }

        if (imageUrl.Length == 0 && (flavour == ContainerFlavour.Instagram || type == "IMAGE"))
        {
            await Error(context, 400, 100, "The parameter image_url is required");
            return;
        }

        if (flavour.CountText(text) > flavour.MaxText)
        {
            await Error(context, 400, 100, $"Param {flavour.TextField} must be at most {flavour.MaxText} characters long");
            return;
        }

        (string? Type, byte[]? Bytes, string? Refusal) image = (null, null, null);
        if (imageUrl.Length > 0)
        {
            image = await MetaCrawler.FetchAsync(new Uri(imageUrl), flavour.ImageTypes, context.RequestAborted);
            if (image.Refusal is { } refusal)
            {
                await Error(context, 400, 9004, refusal, 2207052);
                return;
            }
        }

        var id = Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Containers[id] = new FakeContainer(id, text, form["alt_text"].FirstOrDefault(), imageUrl.Length > 0 ? new Uri(imageUrl) : null, image.Type, image.Bytes)
        {
            ReadsInProgress = ReadsInProgress,
        };
        await context.Response.WriteAsJsonAsync(new { id }, context.RequestAborted);
    }

    private async Task PublishAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!Containers.TryGetValue(form["creation_id"].ToString(), out var container))
        {
            await Error(context, 400, 100, "Unsupported post request. Object with ID does not exist");
            return;
        }

        lock (container)
        {
            if (container.Status != "FINISHED")
            {
                context.Response.StatusCode = 400;
            }
            else
            {
                container.Status = "PUBLISHED";
                container.MediaId = Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Posts.Enqueue(container);
            }
        }

        if (context.Response.StatusCode == 400)
        {
            await Error(context, 400, 9007, "Media ID is not available", 2207027);
            return;
        }

        await context.Response.WriteAsJsonAsync(new { id = container.MediaId }, context.RequestAborted);
    }

    private Task ReadAsync(string id, HttpContext context)
    {
        if (Posts.FirstOrDefault(p => p.MediaId == id) is { } post)
        {
            return context.Response.WriteAsJsonAsync(new { id, permalink = Permalink(post) }, context.RequestAborted);
        }

        if (!Containers.TryGetValue(id, out var container))
        {
            return Error(context, 400, 100, "Unsupported get request. Object does not exist");
        }

        lock (container)
        {
            if (container.Status == "IN_PROGRESS" && container.ReadsInProgress-- <= 0)
            {
                container.Status = "FINISHED";
            }
        }

        return context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = id, [flavour.StatusField] = container.Status }, context.RequestAborted);
    }

    private string Permalink(FakeContainer post) => $"https://www.{flavour.Name.ToLowerInvariant()}.com/p/{post.MediaId}/";

    protected override Task WriteFaultAsync(HttpContext context, Fault fault) => fault switch
    {
        Fault.RateLimited => Throttled(context),
        Fault.Unauthorized => Error(context, 400, 190, "Error validating access token: Session has expired"),
        _ => Error(context, 500, 2, "An unexpected error has occurred. Please retry your request later."),
    };

    private static Task Throttled(HttpContext context)
    {
        context.Response.Headers["X-App-Usage"] = JsonSerializer.Serialize(new { call_count = 100, total_cputime = 20, total_time = 30, estimated_time_to_regain_access = 12 });
        return Error(context, 400, 4, "Application request limit reached");
    }

    private static async Task Error(HttpContext context, int status, int code, string message, int? subcode = null)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = new { message, type = "OAuthException", code, error_subcode = subcode, fbtrace_id = "AbCdEf" } }, context.RequestAborted);
    }
}
