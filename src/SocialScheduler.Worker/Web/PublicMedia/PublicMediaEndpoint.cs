using Microsoft.AspNetCore.Diagnostics;
using SocialScheduler.Platforms.PublicMedia;

namespace SocialScheduler.Worker.Web.PublicMedia;

/// <summary>
/// <c>/media/&lt;token&gt;.&lt;ext&gt;</c>: the renditions platforms fetch themselves (Instagram, Threads), for anyone
/// and without cookies or redirects, as Meta's crawler asks for them. Any other name, or one whose lifetime is
/// over, is a bare 404 (never the sign-in page or the status page, which could set a cookie).
/// </summary>
public static class PublicMediaEndpoint
{
    public static IEndpointConventionBuilder MapPublicMedia(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/media/{name}", [HttpMethods.Get, HttpMethods.Head], (string name, HttpContext context, PublicMediaStore store) =>
            {
                if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false;
                }

                if (store.TryOpen(name) is not { } file)
                {
                    context.Response.Headers.CacheControl = "no-store";
                    return Results.NotFound();
                }

                // A cache in front may keep it an hour at most, and never past its lifetime.
                var seconds = (long)Math.Clamp(file.Remaining.TotalSeconds, 0, 3600);
                context.Response.Headers.CacheControl = $"public, max-age={seconds}";
                return Results.File(file.Path, file.ContentType, enableRangeProcessing: false);
            })
            .AllowAnonymous()
            .DisableAntiforgery();
}
